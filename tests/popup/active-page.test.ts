import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findPageBeingRead, findPageTab, shareability } from '../../lib/popup/active-page';

type Tab = Browser.tabs.Tab;
const own = (path: string) => browser.runtime.getURL(path as '/popup.html');

function tab(id: number, url: string | undefined, extra: Partial<Tab> = {}): Tab {
  return {
    id,
    url,
    title: `Tab ${id}`,
    index: id,
    windowId: 1,
    active: false,
    pinned: false,
    highlighted: false,
    incognito: false,
    selected: false,
    discarded: false,
    autoDiscardable: true,
    groupId: -1,
    frozen: false,
    ...extra,
  } as Tab;
}

/** Tabs as the browser would answer: the active one of the last focused window, or all. */
function browserWith(tabs: Tab[], current: Tab | undefined) {
  // getCurrent's typings resolve to void (the callback overload); the popup-as-a-tab gets its tab.
  vi.spyOn(browser.tabs, 'getCurrent').mockResolvedValue(current as never);
  vi.spyOn(browser.tabs, 'query').mockImplementation(async (info: Browser.tabs.QueryInfo) =>
    info.active ? tabs.filter((t) => t.active) : tabs,
  );
}

beforeEach(() => fakeBrowser.reset());

describe('the page being read', () => {
  it('is the active tab under the toolbar popup', async () => {
    browserWith([tab(1, 'https://a.example/', { active: true }), tab(2, 'https://b.example/')], undefined);
    await expect(findPageBeingRead(null)).resolves.toEqual({
      tabId: 1,
      url: 'https://a.example/',
      title: 'Tab 1',
    });
  });

  it('is the most recently used other tab when the popup is itself the active tab', async () => {
    const popupTab = tab(3, own('/popup.html'), { active: true, lastAccessed: 300 });
    browserWith(
      [
        tab(1, 'https://older.example/', { lastAccessed: 100 }),
        tab(2, 'https://article.example/', { lastAccessed: 200 }),
        tab(4, own('/dashboard.html'), { lastAccessed: 250 }),
        popupTab,
      ],
      popupTab,
    );
    expect((await findPageTab())?.id).toBe(2);
  });

  it('is the page the context menu named, on its tab when that tab is the one in front', async () => {
    browserWith([tab(7, 'https://news.example/x', { active: true })], undefined);
    const intent = { kind: 'share' as const, page: { url: 'https://news.example/x', title: 'X' }, at: 1 };
    await expect(findPageBeingRead(intent)).resolves.toEqual({
      tabId: 7,
      url: 'https://news.example/x',
      title: 'X',
    });
    const link = {
      kind: 'share' as const,
      page: { url: 'https://elsewhere.example/', title: 'A link' },
      at: 1,
    };
    await expect(findPageBeingRead(link)).resolves.toEqual({
      tabId: null,
      url: 'https://elsewhere.example/',
      title: 'A link',
    });
  });

  it('is nothing when there is no other tab', async () => {
    const popupTab = tab(3, own('/popup.html'), { active: true });
    browserWith([popupTab], popupTab);
    await expect(findPageBeingRead(null)).resolves.toBeNull();
  });
});

describe('whether a page can be logged as shared', () => {
  const page = (url: string | null, title = 'Title') => ({ tabId: 1, url, title });

  it('accepts web pages, using the address when there is no title', () => {
    expect(shareability(page('https://example.com/a'))).toEqual({
      ok: true,
      url: 'https://example.com/a',
      title: 'Title',
    });
    expect(shareability(page('http://example.com/a', '  '))).toMatchObject({
      ok: true,
      title: 'http://example.com/a',
    });
  });

  it('cuts a title to what a gesture keeps', () => {
    const result = shareability(page('https://example.com/', 'x'.repeat(1_000)));
    expect(result.ok && result.title.length).toBe(400);
  });

  it.each([
    ['chrome://settings/', 'not-a-web-page'],
    ['about:blank', 'not-a-web-page'],
    ['file:///home/me/a.pdf', 'not-a-web-page'],
    ['moz-extension://abc/page.html', 'not-a-web-page'],
    [null, 'unreadable'],
    [`https://example.com/${'a'.repeat(2_100)}`, 'too-long'],
  ])('refuses %s', (url, reason) => {
    expect(shareability(page(url))).toEqual({ ok: false, reason });
  });

  it('refuses Rapport’s own pages and no page at all', () => {
    expect(shareability(page(own('/dashboard.html')))).toEqual({ ok: false, reason: 'own-page' });
    expect(shareability(null)).toEqual({ ok: false, reason: 'no-page' });
  });
});
