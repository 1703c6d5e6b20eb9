/**
 * The toolbar button: its badge shows how many follow-ups are overdue.
 *
 * Chrome's MV3 manifest has `action`; Firefox's MV2 build has
 * `browser_action`, so there `browser.action` is undefined and the same
 * calls live on `browser.browserAction`.
 */
import { browser } from 'wxt/browser';

export interface ToolbarAction {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
  openPopup?(): Promise<void>;
}

export function toolbarAction(): ToolbarAction | undefined {
  const apis = browser as unknown as { action?: ToolbarAction; browserAction?: ToolbarAction };
  return apis.action ?? apis.browserAction;
}

/** A badge fits about four characters. */
const MAX_SHOWN = 999;
/** A dark red: white badge text on it passes WCAG AA contrast. */
export const BADGE_COLOR = '#b3261e';

/** What the badge says for `count` overdue follow-ups: nothing at all when there are none. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > MAX_SHOWN ? `${MAX_SHOWN}+` : String(count);
}

export function toolbarTitle(count: number): string {
  if (count <= 0) return 'Rapport';
  return `Rapport: ${count} overdue follow-up${count === 1 ? '' : 's'}`;
}

export async function showOverdueCount(count: number): Promise<void> {
  const action = toolbarAction();
  if (!action) return;
  await Promise.all([
    action.setBadgeBackgroundColor({ color: BADGE_COLOR }),
    action.setBadgeText({ text: badgeText(count) }),
    // The title is what screen readers announce for the button; the badge alone is not read.
    action.setTitle({ title: toolbarTitle(count) }),
  ]);
}

/**
 * Opens the popup where the browser allows it from here: Chrome 127+ from
 * any extension event (it fails when no browser window has focus), Firefox
 * only inside a user action such as a menu click or a keyboard shortcut.
 * Call it before any `await` in such a handler. Resolves to whether it opened.
 */
export function openToolbarPopup(): Promise<boolean> {
  const action = toolbarAction();
  try {
    const opening = action?.openPopup?.();
    return opening
      ? opening.then(
          () => true,
          () => false,
        )
      : Promise.resolve(false);
  } catch {
    return Promise.resolve(false);
  }
}
