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
import { cacheStores } from '../db/derived';

/**
 * Tables that hold only worked-out values stored by readers (the 80/20
 * ranking, the priority queue's inputs, lib/db/stamped-cache.ts). Storing one
 * changes nothing anyone sees; announcing it would make every open page look
 * its people up again after each read that worked one out.
 */
const WORKED_OUT_TABLES = Object.keys(cacheStores);

/** Calls `listener` after every committed change to `db`'s data; returns the unsubscribe function. */
export function onDatabaseMutated(db: Dexie, listener: () => void): () => void {
  const prefix = `idb://${db.name}/`;
  const ignored = WORKED_OUT_TABLES.map((table) => `${prefix}${table}/`);
  const isDataChange = (part: string) =>
    // 'all' is what Dexie signals when a page returns from the back/forward cache.
    part === 'all' || (part.startsWith(prefix) && !ignored.some((cache) => part.startsWith(cache)));
  const handler = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some(isDataChange)) listener();
  };
  Dexie.on('storagemutated', handler);
  return () => Dexie.on.storagemutated.unsubscribe(handler);
}
