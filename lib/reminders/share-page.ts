/**
 * "Log as shared with…" from anywhere on the web: a context menu item on
 * pages and links, and a keyboard shortcut (the `share-page` command in
 * wxt.config.ts). Both write a popup intent (lib/popup/intent.ts) naming
 * the page and open the popup, which then opens on its "Shared this with…"
 * picker.
 *
 * Where the popup cannot be opened (Chrome refuses when no window has focus;
 * before Chrome 127 it refused always), the popup page opens in a small
 * window of its own instead: it reads the same intent, and it needs no user
 * gesture, unlike the sidebar, which Chrome opens only synchronously inside
 * the click, before we can know the popup was refused.
 */
import { browser, type Browser } from 'wxt/browser';
import { MAX_NAME } from '../db/schema';
import { popupIntentSchema, writePopupIntent, type PopupIntent } from '../popup/intent';
import { openToolbarPopup } from './toolbar';

export const SHARE_MENU_ID = 'rapport-share-page';
export const SHARE_COMMAND = 'share-page';
export const SHARE_MENU_TITLE = 'Log as shared with…';
const WINDOW_SIZE = { width: 420, height: 640 };

/** The page or link to log, if it is one the popup can log (an http(s) URL of sane length). */
export function sharedPage(url: string | undefined, title: string | undefined): PopupIntent['page'] {
  if (!url || !/^https?:/i.test(url)) return undefined;
  const page = { url, title: (title?.trim() || url).slice(0, MAX_NAME * 2) };
  const check = popupIntentSchema.shape.page.safeParse(page);
  return check.success ? check.data : undefined;
}

/**
 * Writes the intent and opens the popup on the picker. Call it synchronously
 * inside the menu or command handler: Firefox opens the popup only there.
 */
export function openSharePicker(page: PopupIntent['page'], now: number): Promise<void> {
  // The write starts first, so the popup, which reads it as it starts, finds it.
  const writing = writePopupIntent({ kind: 'share', page, at: now });
  const opening = openToolbarPopup();
  return Promise.all([writing, opening]).then(async ([, opened]) => {
    if (opened) return;
    await browser.windows.create({
      url: browser.runtime.getURL('/popup.html'),
      type: 'popup',
      ...WINDOW_SIZE,
    });
  });
}

export function onShareMenuClicked(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
  now: number,
): Promise<void> | undefined {
  if (info.menuItemId !== SHARE_MENU_ID) return undefined;
  const linkText = (info as { linkText?: string }).linkText;
  const page = info.linkUrl
    ? sharedPage(info.linkUrl, linkText)
    : sharedPage(info.pageUrl ?? tab?.url, tab?.title);
  return openSharePicker(page, now);
}

export function onShareCommand(
  command: string,
  tab: Browser.tabs.Tab | undefined,
  now: number,
): Promise<void> | undefined {
  if (command !== SHARE_COMMAND) return undefined;
  // Without a tab (older browsers do not pass it), the popup falls back to the active tab.
  return openSharePicker(sharedPage(tab?.url, tab?.title), now);
}

/** Creates the menu item afresh: menus may or may not survive a restart, depending on the browser. */
export async function createShareMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: SHARE_MENU_ID,
    title: SHARE_MENU_TITLE,
    contexts: ['page', 'link'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}
