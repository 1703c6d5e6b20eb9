/**
 * The tab the sidebar is about. Normally the active tab of the sidebar's
 * window, followed as the user switches tabs (tabs.onActivated) and as the
 * tab navigates (tabs.onUpdated: url and title). A sidebar page opened with
 * `?tab=<id>` (tests, or a page opened in a tab of its own, where "the
 * active tab" would be the sidebar itself) stays on that tab instead.
 */
import { browser, type Browser } from 'wxt/browser';

export interface FollowedTab {
  id: number;
  windowId: number;
  url: string | null;
  title: string | null;
  /**
   * When the sidebar saw this tab arrive at its current URL (0 when it was
   * already there as the sidebar started): a subject stored for the tab
   * before then is about a page the tab has left.
   */
  urlSince: number;
}

/** The tab id a sidebar URL asks for (`?tab=123`), or null. */
export function pinnedTabId(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}

function describe(tab: Browser.tabs.Tab, urlSince: number): FollowedTab | null {
  if (tab.id === undefined) return null;
  return { id: tab.id, windowId: tab.windowId, url: tab.url ?? null, title: tab.title ?? null, urlSince };
}

/**
 * Calls `listener` with the followed tab now and on every change (null when
 * there is none). `clock` stamps URL changes. Returns stop().
 */
export function watchActiveTab(
  listener: (tab: FollowedTab | null) => void,
  { pinned = null, clock = Date.now }: { pinned?: number | null; clock?: () => number } = {},
): () => void {
  let stopped = false;
  let current: FollowedTab | null = null;
  let windowId: number | null = null;

  const tell = (tab: FollowedTab | null) => {
    if (stopped) return;
    current = tab;
    listener(tab);
  };

  const show = async (tabId: number, urlSince: number) => {
    try {
      const tab = await browser.tabs.get(tabId);
      tell(describe(tab, urlSince));
    } catch {
      tell(null);
    }
  };

  const start = async () => {
    if (pinned !== null) {
      await show(pinned, 0);
      return;
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    windowId = tab?.windowId ?? null;
    tell(tab ? describe(tab, 0) : null);
  };

  const onActivated = (info: Browser.tabs.OnActivatedInfo) => {
    if (pinned !== null) return;
    // The sidebar belongs to one window; another window's tab switch is not ours.
    if (windowId !== null && info.windowId !== windowId) return;
    if (current !== null && info.tabId === current.id) return;
    windowId = info.windowId;
    void show(info.tabId, 0);
  };

  const onUpdated = (tabId: number, change: Browser.tabs.OnUpdatedInfo, tab: Browser.tabs.Tab) => {
    if (current === null || tabId !== current.id) return;
    if (change.url === undefined && change.title === undefined) return;
    const urlSince = change.url !== undefined && change.url !== current.url ? clock() : current.urlSince;
    tell(describe(tab, urlSince));
  };

  const onRemoved = (tabId: number) => {
    if (current !== null && tabId === current.id && pinned !== null) tell(null);
  };

  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);
  void start();
  return () => {
    stopped = true;
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onRemoved.removeListener(onRemoved);
  };
}
