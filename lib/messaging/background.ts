/**
 * Wires messaging into the background: the message router, the change
 * notification ports, and cleanup of per-tab sidebar state. Called once from
 * entrypoints/background.ts; every listener is registered synchronously, as
 * a service worker must do to receive the event that woke it.
 */
import { browser } from 'wxt/browser';
import type { RapportDatabase } from '../db/database';
import { hostPermissions } from '../sites/hosts';
import { createChangeBroadcaster } from './change-broadcaster';
import { CHANGES_PORT_NAME } from './change-port';
import { onDatabaseMutated } from './database-mutations';
import { createHandlers } from './handlers';
import { openSidebarForTab } from './open-sidebar';
import { createRouter } from './router';
import { classifySender, type SenderEnvironment } from './sender';
import { forgetSidebarSubject } from './sidebar-subject';

/** Long enough to fold one burst of transactions into one notice, short enough to feel live. */
export const CHANGE_NOTICE_DELAY_MS = 250;

export function registerBackgroundMessaging(db: RapportDatabase): void {
  const environment: SenderEnvironment = {
    extensionId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
    contentUrlPatterns: hostPermissions,
  };
  const changes = createChangeBroadcaster(CHANGE_NOTICE_DELAY_MS);
  onDatabaseMutated(db, changes.notify);

  const route = createRouter({
    handlers: createHandlers({ db, openSidebar: openSidebarForTab, changeSubscribers: () => changes.size }),
    environment,
    now: Date.now,
  });
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    // Answer asynchronously; sendResponse works in both Chrome and Firefox, a returned promise does not.
    return true;
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CHANGES_PORT_NAME) return;
    if (port.sender && classifySender(port.sender, environment)) changes.add(port);
    else port.disconnect();
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetSidebarSubject(tabId));
}
