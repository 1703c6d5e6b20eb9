/**
 * The accounts' 80/20 ranking kept between service-worker starts.
 *
 * Ranking needs every account, and reading records one by one is what
 * IndexedDB is slowest at (about 17 µs a record in Chromium: some 80 ms for
 * 5,000 accounts). That was paid by the first badge after the service worker
 * starts and by every sidebar that opens. So the ranking is stored, as one
 * row of `accountTierCache`, beside the accounts' stamp, which the
 * derived-tables middleware renews in every transaction that writes accounts
 * (derived.ts). A stored ranking is used only while it carries the current
 * stamp and was made under the same 80/20 settings.
 *
 * A reader that had to rank stores its ranking afterwards, in a transaction
 * of its own that first checks the stamp is still the one it read the
 * accounts under: an account written in between has renewed the stamp, and
 * the ranking, already out of date, is not stored.
 */
import type { ParetoResult } from '../domain/pareto';
import type { RapportDatabase } from './database';
import { ACCOUNTS_STAMP, type AccountsStamp } from './derived';
import { newId } from './ids';

const RANKING = 'ranking';

export interface StoredRanking {
  key: typeof RANKING;
  /** The accounts' stamp when they were ranked. */
  stamp: string;
  /** The 80/20 settings they were ranked under, as JSON. */
  pareto: string;
  ranking: ParetoResult;
}

export type TierCacheRow = AccountsStamp | StoredRanking;

export interface CachedRanking {
  /** The accounts' current stamp; null until accounts are first written at this database version. */
  stamp: string | null;
  /** The stored ranking, when it is current for these settings. */
  ranking: ParetoResult | null;
}

/** The stored ranking if it is current; read in the caller's transaction, with the accounts it stands for. */
export async function readCachedRanking(database: RapportDatabase, pareto: string): Promise<CachedRanking> {
  const [stampRow, rankingRow] = await database.accountTierCache.bulkGet([ACCOUNTS_STAMP, RANKING]);
  const stamp = stampRow?.key === ACCOUNTS_STAMP ? stampRow.stamp : null;
  const stored = rankingRow?.key === RANKING ? rankingRow : undefined;
  const current =
    stored !== undefined &&
    stamp !== null &&
    stored.stamp === stamp &&
    stored.pareto === pareto &&
    Array.isArray(stored.ranking?.rows);
  return { stamp, ranking: current ? stored.ranking : null };
}

/**
 * Stores `ranking`, made from the accounts as they were under `stamp`, unless
 * they have been written since. Resolves to whether it was stored. Its own
 * transaction: call it outside the one the accounts were read in.
 */
export function storeRanking(
  database: RapportDatabase,
  stamp: string | null,
  pareto: string,
  ranking: ParetoResult,
): Promise<boolean> {
  return database.transaction('rw', database.accountTierCache, async () => {
    const row = await database.accountTierCache.get(ACCOUNTS_STAMP);
    const now = row?.key === ACCOUNTS_STAMP ? row.stamp : null;
    if (now !== stamp) return false;
    // No accounts written yet at this version: this ranking is the first state, stamped here.
    const current = now ?? newId();
    const rows: TierCacheRow[] = [{ key: RANKING, stamp: current, pareto, ranking }];
    if (now === null) rows.push({ key: ACCOUNTS_STAMP, stamp: current });
    await database.accountTierCache.bulkPut(rows);
    return true;
  });
}
