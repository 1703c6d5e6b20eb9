/**
 * Figure 3: from a person's element entering the DOM to their badge being in
 * the DOM, after an in-app navigation (history.pushState, then the profile's
 * <main> swapped in, as LinkedIn's single-page app does), with the service
 * worker running and with it stopped just before.
 */
import type { CDPSession, Page } from 'playwright-core';
import { cdpFor, extensionUrl, fixture, route, type BenchBrowser } from '../lib/browser';
import { contentWorld } from '../lib/content-world';
import { PROFILE_SLUG } from '../lib/seed';
import { summarise, type Summary } from '../lib/stats';
import { feedHtml } from './page-cost';

const FEED_URL = 'https://www.linkedin.com/feed/';

/**
 * Runs in the page's main world. The badge host is a bare <span> (no
 * attributes) whose closed shadow root holds the badge (lib/dom/badge-host.ts);
 * the only nodes added after the swap are the extension's, so the first such
 * span added anywhere is the first badge placed.
 *
 * Also notes the floor: when the page can first run a task after the frame
 * that renders the swapped-in <main> (a timeout set from that frame's
 * animation-frame callback). Until then the page's main thread is busy with
 * its own style and layout, and no script, the content script included, can
 * put anything in the DOM.
 */
// No named functions inside: it is sent to the page as its transpiled source, and tsx names
// functions through a helper that exists only in Node.
async function navigateAndWait({
  html,
  path,
}: {
  html: string;
  path: string;
}): Promise<{ badge: number; pageFree: number }> {
  const incoming = new DOMParser().parseFromString(html, 'text/html').querySelector('main');
  if (!incoming) throw new Error('no <main> in the profile page');
  const node = document.importNode(incoming, true);
  return new Promise((resolve, reject) => {
    let started = 0;
    let badge: number | undefined;
    let pageFree: number | undefined;
    const observer = new MutationObserver((records) => {
      const at = performance.now();
      for (const record of records) {
        for (const added of record.addedNodes) {
          if (added instanceof HTMLSpanElement && added.attributes.length === 0 && started > 0) {
            observer.disconnect();
            badge = at - started;
            if (pageFree !== undefined) resolve({ badge, pageFree });
            return;
          }
        }
      }
    });
    observer.observe(document, { childList: true, subtree: true });
    setTimeout(() => {
      observer.disconnect();
      reject(new Error('no badge within 15 s'));
    }, 15_000);
    history.pushState({}, '', path);
    started = performance.now();
    document.querySelector('main')!.replaceWith(node);
    requestAnimationFrame(() =>
      setTimeout(() => {
        pageFree = performance.now() - started;
        if (badge !== undefined) resolve({ badge, pageFree });
      }, 0),
    );
  });
}

async function waitForWorker(statuses: string[], status: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (statuses.at(-1) !== status) {
    if (Date.now() > deadline) throw new Error(`service worker never ${status} (saw ${statuses.join(', ')})`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function measureBadgeLatency(
  browser: BenchBrowser,
  runs: number,
): Promise<{ warm: Summary; cold: Summary; pageFree: Summary }> {
  await route(browser.context, FEED_URL, feedHtml);
  const profileHtml = fixture('linkedin-profile-loggedin-2024.html');
  // An extension page's DevTools session reaches the extension's service worker (CDP ServiceWorker domain).
  const control = await browser.context.newPage();
  await control.goto(extensionUrl(browser, 'manifest.json'));
  const controlCdp: CDPSession = await cdpFor(control);
  const statuses: string[] = [];
  controlCdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions) {
      if (version.scriptURL.endsWith('/background.js')) statuses.push(version.runningStatus);
    }
  });
  await controlCdp.send('ServiceWorker.enable');

  const pageFree: number[] = [];
  const once = async (cold: boolean): Promise<number> => {
    const page: Page = await browser.context.newPage();
    try {
      await page.goto(FEED_URL);
      // The content script is running once its isolated world exists; give it a moment to start observing.
      const world = await contentWorld(page, browser.extensionId!);
      await world.cdp.detach();
      await page.waitForTimeout(300);
      if (cold) {
        await controlCdp.send('ServiceWorker.stopAllWorkers');
        await waitForWorker(statuses, 'stopped');
      } else {
        // Make sure the worker is up (it may have been stopped by a previous cold run).
        await browser.context.serviceWorkers()[0]?.evaluate(() => 0);
        await waitForWorker(statuses, 'running');
      }
      const times = await page.evaluate(navigateAndWait, { html: profileHtml, path: `/in/${PROFILE_SLUG}/` });
      pageFree.push(times.pageFree);
      return times.badge;
    } finally {
      await page.close();
    }
  };

  try {
    await once(false);
    pageFree.length = 0;
    const warm: number[] = [];
    const cold: number[] = [];
    for (let i = 0; i < runs; i++) {
      warm.push(await once(false));
      cold.push(await once(true));
    }
    return { warm: summarise(warm), cold: summarise(cold), pageFree: summarise(pageFree) };
  } finally {
    await controlCdp.detach();
    await control.close();
  }
}
