/**
 * Wires the reminders into the background. Called once from
 * entrypoints/background.ts. Every listener is registered synchronously, as
 * a service worker must to receive the event that woke it (an alarm, a
 * notification click, a menu click, the browser starting).
 */
import { browser } from 'wxt/browser';
import type { RapportDatabase } from '../db/database';
import { onDatabaseMutated } from '../messaging/database-mutations';
import { databaseSources } from './database-sources';
import { createReminderScheduler, type ReminderScheduler, type ReminderSources } from './scheduler';
import { createShareMenu, onShareCommand, onShareMenuClicked } from './share-page';
import { REMINDERS_PORT_NAME } from './wake-on-change';

export function registerReminders(
  db: RapportDatabase,
  sources: ReminderSources = databaseSources(db),
  now: () => number = Date.now,
): ReminderScheduler {
  const scheduler = createReminderScheduler(sources, { now });

  browser.alarms.onAlarm.addListener((alarm) => void scheduler.onAlarm(alarm));
  browser.notifications.onClicked.addListener((id) => void scheduler.onNotificationClicked(id));
  // Firefox has no notification buttons; its event exists but never fires. Optional all the same, so
  // that a browser without it still gets every listener after this one.
  browser.notifications.onButtonClicked?.addListener(
    (id, index) => void scheduler.onNotificationButtonClicked(id, index),
  );
  browser.notifications.onClosed.addListener((id) => void scheduler.onNotificationClosed(id));
  // A check when the browser starts and when Rapport is installed or updated. A worker that merely
  // wakes (for a page's badge lookup, every 30 s of browsing) does not check: a check reads every
  // contact, seconds with tens of thousands, and the lookup would wait behind it. Nothing is missed:
  // alarms outlive the worker, and extension pages wake it with a port after they change data.
  browser.runtime.onStartup.addListener(() => void scheduler.check());
  browser.runtime.onInstalled.addListener(() => void scheduler.check());

  onDatabaseMutated(db, scheduler.checkSoon);
  const extensionBaseUrl = browser.runtime.getURL('/');
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== REMINDERS_PORT_NAME) return;
    // Only the extension's own pages write to the database.
    if (port.sender?.id === browser.runtime.id && port.sender.url?.startsWith(extensionBaseUrl)) {
      scheduler.checkSoon();
    }
    port.disconnect();
  });

  browser.contextMenus.onClicked.addListener((info, tab) => void onShareMenuClicked(info, tab, now()));
  browser.commands.onCommand.addListener((command, tab) => void onShareCommand(command, tab, now()));

  void createShareMenu();
  void scheduler.ensurePeriodicCheck();
  return scheduler;
}
