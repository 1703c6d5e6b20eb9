/**
 * Tells the background when anything in the database changed, from any
 * extension context.
 *
 * How Dexie 4 (node_modules/dexie/dist/dexie.mjs) delivers this: the global
 * `Dexie.on('storagemutated')` event (not `db.on`, which has no such event)
 * fires with the mutated parts, keyed `idb://<db name>/<table>/<index>`:
 * - for writes in this context, when a read-write transaction completes;
 * - for writes in other contexts of the same origin (popup, sidebar,
 *   dashboard, other tabs), through a BroadcastChannel named
 *   'x-storagemutated-1' that Dexie opens when it loads. BroadcastChannel
 *   exists in service workers, so the background hears extension pages.
 * A stopped Chrome service worker hears nothing and BroadcastChannel does
 * not wake it; the ports to content scripts close when it stops, and they
 * reconnect and look again (subscribe-changes.ts), which covers the gap.
 * Firefox's MV2 background page is persistent (WXT omits `persistent`), so
 * it hears every change.
 */
import Dexie, { type ObservabilitySet } from 'dexie';

/** Calls `listener` after every committed change to `db`; returns the unsubscribe function. */
export function onDatabaseMutated(db: Dexie, listener: () => void): () => void {
  const prefix = `idb://${db.name}/`;
  const handler = (parts: ObservabilitySet) => {
    // 'all' is what Dexie signals when a page returns from the back/forward cache.
    if (Object.keys(parts).some((part) => part === 'all' || part.startsWith(prefix))) listener();
  };
  Dexie.on('storagemutated', handler);
  return () => Dexie.on.storagemutated.unsubscribe(handler);
}
