/**
 * Firefox smoke test: the Firefox build installs into Debian's firefox-esr
 * (driven over WebDriver BiDi by puppeteer-core) and its background answers.
 * Extension pages cannot be opened over BiDi, so the proof goes through the
 * page: the content script on a routed LinkedIn profile asks the background
 * who the person is, and only a running background can answer with the
 * "+ Rapport" badge for an unknown person.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from './harness';
import { firefoxBuildDir, firefoxPath, fixturesDir } from './paths';

const PROFILE_URL = 'https://www.linkedin.com/in/eduardo-alvarez-nowak/';

describe('the Firefox build in firefox-esr', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
  });
  afterAll(() => browser?.close());

  it('installs, and its background answers the content script on a LinkedIn profile', async () => {
    expect(await browser.installExtension(firefoxBuildDir)).toBe('rapport@rapport.invalid');
    const page = await browser.newPage();
    const profileHtml = readFixture(`${fixturesDir}/sites/linkedin-profile-loggedin-2024.html`);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url() === PROFILE_URL) {
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: profileHtml });
      } else {
        void request.abort();
      }
    });
    await page.goto(PROFILE_URL);
    // The saved name heading sits in a link, followed by a <div>. The badge's host is the one element
    // Rapport puts right after that link; its shadow root is closed, so the page sees a bare,
    // attribute-less <span> — whose arrival is the answer.
    const hostSelector = 'main a:has(> h1) + span';
    await page.waitForFunction(
      (selector) => document.querySelector(selector) !== null,
      { timeout: 15_000 },
      hostSelector,
    );
    const host = await page.evaluate((selector) => {
      const spans = document.querySelectorAll(selector);
      return {
        count: spans.length,
        attributes: spans[0]!.attributes.length,
        openShadow: spans[0]!.shadowRoot,
        // The badge's own styles reached it (the page's shared sheet, or a <style> where a browser
        // refuses that sheet to a content script): its `:host` rule makes it an inline block, a bare
        // span is inline.
        display: getComputedStyle(spans[0]!).display,
      };
    }, hostSelector);
    expect(host).toEqual({ count: 1, attributes: 0, openShadow: null, display: 'inline-block' });
  });
});
