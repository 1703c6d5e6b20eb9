/**
 * Extension pages tell the background that they changed the data.
 *
 * The background hears writes made in extension pages through Dexie's
 * BroadcastChannel (lib/messaging/database-mutations.ts), but only while its
 * service worker runs: a stopped worker is not woken by it, and a change made
 * in the popup after 30 s idle would leave the toolbar count stale until the
 * next periodic check. Opening a port does wake it, so each page that writes
 * calls watchChangesForReminders(db) once; after a burst of writes it opens
 * a port named REMINDERS_PORT_NAME, which the background answers with a
 * check (register.ts).
 */
import { browser } from 'wxt/browser';
import type Dexie from 'dexie';
import { onDatabaseMutated } from '../messaging/database-mutations';

export const REMINDERS_PORT_NAME = 'rapport-reminders-changed';
const BURST_MS = 500;
/** Long enough for the worker to start and receive the connection. */
const PORT_OPEN_MS = 2_000;
/** How long after a page's last write it may still wake the worker (its poke, then its open port). */
export const WAKES_UP_TO_MS_AFTER_WRITES = BURST_MS + PORT_OPEN_MS;

/** Pokes the background after every burst of database changes seen in this page; returns stop(). */
export function watchChangesForReminders(db: Dexie): () => void {
  let pending: ReturnType<typeof setTimeout> | undefined;
  const poke = () => {
    pending = undefined;
    try {
      const port = browser.runtime.connect({ name: REMINDERS_PORT_NAME });
      setTimeout(() => port.disconnect(), PORT_OPEN_MS);
    } catch {
      // The extension was reloaded under this page; its next start checks anyway.
    }
  };
  const stop = onDatabaseMutated(db, () => {
    pending ??= setTimeout(poke, BURST_MS);
  });
  return () => {
    stop();
    clearTimeout(pending);
  };
}
