/**
 * Opens the extension's sidebar for a tab, where the browser allows it.
 *
 * Chrome (116+) lets chrome.sidePanel.open() run in response to a user
 * gesture in a content script, carried through runtime.sendMessage, but only
 * if it is called synchronously in the onMessage call chain: call this before
 * any `await`. Firefox never treats a content-script message as a user action
 * (MDN, "User actions"), so sidebarAction.open() is refused there; the
 * promise then says false and the user opens the sidebar themselves.
 */
import { browser } from 'wxt/browser';

interface SidebarApis {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  /** Firefox only; absent from Chrome's types. */
  sidebarAction?: { open(): Promise<void> };
}

/** Resolves to whether the sidebar was opened. */
export function openSidebarForTab(tabId: number): Promise<boolean> {
  const { sidePanel, sidebarAction } = browser as unknown as SidebarApis;
  try {
    const opening = sidePanel ? sidePanel.open({ tabId }) : sidebarAction?.open();
    return opening
      ? opening.then(
          () => true,
          () => false,
        )
      : Promise.resolve(false);
  } catch {
    // Some versions throw synchronously instead of rejecting when the gesture is missing.
    return Promise.resolve(false);
  }
}
