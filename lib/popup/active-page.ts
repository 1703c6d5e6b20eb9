/**
 * "The page being read": what "Shared this with…" logs.
 *
 * 1. The page the opener named: the context menu and the keyboard shortcut
 *    write a popup intent (intent.ts) with the page, taken on start.
 * 2. Otherwise the active tab of the last focused window, which is the page
 *    under the toolbar popup.
 * 3. When that tab is the popup itself (popup.html opened in a tab, as the
 *    e2e tests and some users do) or another of Rapport's own pages, the
 *    most recently used other tab (tabs.Tab.lastAccessed), so the popup as a
 *    tab still offers the article the user was reading just before.
 *
 * The browser shows a tab's URL and title only for the sites Rapport has
 * host permissions for, or for the tab the user invoked the extension on
 * (the activeTab permission). A tab whose URL Rapport cannot see is
 * returned without one, and the popup says it cannot log it.
 */
import { browser, type Browser } from 'wxt/browser';
import { MAX_NAME, MAX_URL } from '../db/schema';
import type { PopupIntent } from './intent';

export interface PageBeingRead {
  /** The tab, when known (the sidebar opens on it); null for a page named by an intent without its tab. */
  tabId: number | null;
  url: string | null;
  title: string;
}

export type Shareability =
  | { ok: true; url: string; title: string }
  | { ok: false; reason: 'no-page' | 'unreadable' | 'not-a-web-page' | 'own-page' | 'too-long' };

type Tab = Browser.tabs.Tab;

function isOwnPage(url: string | undefined): boolean {
  return url !== undefined && url.startsWith(browser.runtime.getURL('/'));
}

function pageOf(tab: Tab): PageBeingRead {
  return { tabId: tab.id ?? null, url: tab.url ?? null, title: tab.title ?? '' };
}

/** The tab the popup acts on (see the module comment), or null when there is none. */
export async function findPageTab(): Promise<Tab | null> {
  const self = await browser.tabs.getCurrent();
  const notUs = (tab: Tab) => tab.id !== undefined && tab.id !== self?.id && !isOwnPage(tab.url);
  const [active] = (await browser.tabs.query({ active: true, lastFocusedWindow: true })).filter(notUs);
  if (active) return active;
  const others = (await browser.tabs.query({})).filter(notUs);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0] ?? null;
}

export async function findPageBeingRead(intent: PopupIntent | null): Promise<PageBeingRead | null> {
  const tab = await findPageTab();
  if (intent?.page) {
    const sameTab = tab !== null && tab.url === intent.page.url;
    return { tabId: sameTab ? (tab.id ?? null) : null, url: intent.page.url, title: intent.page.title };
  }
  return tab ? pageOf(tab) : null;
}

/** Whether a page can be logged as shared: only web pages (http, https) that are not Rapport's own. */
export function shareability(page: PageBeingRead | null): Shareability {
  if (page === null) return { ok: false, reason: 'no-page' };
  if (page.url === null || page.url === '') return { ok: false, reason: 'unreadable' };
  if (isOwnPage(page.url)) return { ok: false, reason: 'own-page' };
  let protocol: string;
  try {
    protocol = new URL(page.url).protocol;
  } catch {
    return { ok: false, reason: 'not-a-web-page' };
  }
  if (protocol !== 'http:' && protocol !== 'https:') return { ok: false, reason: 'not-a-web-page' };
  if (page.url.length > MAX_URL) return { ok: false, reason: 'too-long' };
  // A gesture keeps up to 400 characters of title (lib/db/schema.ts).
  const title = (page.title.trim() || page.url).slice(0, MAX_NAME * 2);
  return { ok: true, url: page.url, title };
}

export const unshareableMessages: Record<Exclude<Shareability, { ok: true }>['reason'], string> = {
  'no-page': 'There is no open page to log. Open the article you want to share, then open Rapport again.',
  unreadable:
    'Rapport cannot see this tab’s address. Right-click the page and choose “Log as shared with…”, or open Rapport from the toolbar while the article is in front.',
  'not-a-web-page':
    'This is a browser page, not an article: only web pages (http or https) can be logged as shared.',
  'too-long': 'This page’s address is too long to keep (over 2,048 characters).',
  'own-page': 'This is one of Rapport’s own pages: open the article you want to share first.',
};
