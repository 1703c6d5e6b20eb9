import type { Browser } from 'wxt/browser';
import { describe, expect, it } from 'vitest';
import { matchesPattern } from '../../lib/messaging/match-pattern';
import { classifySender } from '../../lib/messaging/sender';
import { contentSender, environment, pageSender } from './test-data';

describe('matchesPattern', () => {
  it.each([
    ['https://www.linkedin.com/in/someone/', 'https://www.linkedin.com/*', true],
    ['https://www.linkedin.com/', 'https://www.linkedin.com/*', true],
    ['http://www.linkedin.com/in/someone/', 'https://www.linkedin.com/*', false],
    ['https://www.linkedin.com.evil.example/in/x', 'https://www.linkedin.com/*', false],
    ['https://evil.example/https://www.linkedin.com/', 'https://www.linkedin.com/*', false],
    ['https://user:pw@www.linkedin.com/', 'https://www.linkedin.com/*', false],
    ['https://www.linkedin.com:8443/', 'https://www.linkedin.com/*', false],
    ['https://se.linkedin.com/in/x', 'https://*.linkedin.com/*', true],
    ['https://linkedin.com/in/x', 'https://*.linkedin.com/*', true],
    ['https://notlinkedin.com/in/x', 'https://*.linkedin.com/*', false],
    ['https://mail.google.com/mail/u/0/', 'https://mail.google.com/mail/*', true],
    ['https://mail.google.com/chat/', 'https://mail.google.com/mail/*', false],
    ['not a url', 'https://www.linkedin.com/*', false],
    ['https://www.linkedin.com/', 'not a pattern', false],
  ])('%s against %s is %s', (url, pattern, expected) => {
    expect(matchesPattern(url, pattern)).toBe(expected);
  });
});

describe('classifySender', () => {
  it('recognises a content script on each supported site', () => {
    for (const url of [
      'https://www.linkedin.com/in/someone/',
      'https://mail.google.com/mail/u/0/#inbox',
      'https://outlook.office.com/mail/',
      'https://outlook.office365.com/mail/',
      'https://outlook.live.com/mail/0/',
    ]) {
      expect(classifySender(contentSender(url), environment)).toBe('content');
    }
  });

  it('recognises the extension’s own pages, in a tab or not', () => {
    expect(classifySender(pageSender('/sidepanel.html'), environment)).toBe('extension-page');
    expect(
      classifySender({ ...pageSender('/dashboard.html'), tab: { id: 3 } as Browser.tabs.Tab }, environment),
    ).toBe('extension-page');
    // Firefox reports no origin.
    expect(classifySender({ ...pageSender('/popup.html'), origin: undefined }, environment)).toBe(
      'extension-page',
    );
  });

  it('refuses another extension, even on a supported site', () => {
    expect(classifySender({ ...contentSender(), id: 'other-extension' }, environment)).toBeNull();
    expect(classifySender({ ...pageSender(), id: 'other-extension' }, environment)).toBeNull();
    expect(classifySender({ ...contentSender(), id: undefined }, environment)).toBeNull();
  });

  it('refuses pages Rapport does not run on', () => {
    expect(classifySender(contentSender('https://example.com/'), environment)).toBeNull();
    expect(
      classifySender(contentSender('https://www.linkedin.com.example.com/in/x'), environment),
    ).toBeNull();
  });

  it('refuses a content-script sender without a tab or with a mismatched origin', () => {
    expect(classifySender({ ...contentSender(), tab: undefined }, environment)).toBeNull();
    expect(classifySender({ ...contentSender(), origin: 'https://example.com' }, environment)).toBeNull();
    expect(classifySender({ ...contentSender(), url: undefined }, environment)).toBeNull();
  });

  it('refuses an extension URL reported with a web origin', () => {
    expect(classifySender({ ...pageSender(), origin: 'https://www.linkedin.com' }, environment)).toBeNull();
  });
});
