/**
 * The accounts' 80/20 ranking kept between service-worker starts
 * (stamped-cache.ts). Ranking needs every account, and reading records one
 * by one is what IndexedDB is slowest at (about 17 µs a record in Chromium:
 * some 80 ms for 5,000 accounts), paid by the first badge after the service
 * worker starts and by every sidebar that opens. The stored ranking is used
 * while the accounts' stamp is the one it was made under and the 80/20
 * settings are the same.
 */
import type { ParetoResult } from '../domain/pareto';
import type { RapportDatabase } from './database';
import { readStamped, storeStamped, type StampedRow } from './stamped-cache';

interface StoredRanking extends StampedRow {
  key: 'ranking';
  /** The 80/20 settings the accounts were ranked under, as JSON. */
  pareto: string;
  ranking: ParetoResult;
}

export interface CachedRanking {
  /** The accounts' current stamp, to store a new ranking under (null before any account was written). */
  stamp: string | null;
  /** The stored ranking, when it is current for these settings. */
  ranking: ParetoResult | null;
}

/** The stored ranking if it is current; read in the caller's transaction, with the accounts (chained, see readStamped). */
export function readCachedRanking(database: RapportDatabase, pareto: string): Promise<CachedRanking> {
  return readStamped<StoredRanking>(
    database,
    'accounts-stamp',
    'ranking',
    (stored) => stored.pareto === pareto && Array.isArray(stored.ranking?.rows),
  ).then(({ stamp, value }) => ({ stamp, ranking: value?.ranking ?? null }));
}

/** Stores `ranking`, made from the accounts under `stamp`, unless they have been written since. */
export function storeRanking(
  database: RapportDatabase,
  stamp: string | null,
  pareto: string,
  ranking: ParetoResult,
): Promise<boolean> {
  return storeStamped<StoredRanking>(database, 'accounts-stamp', stamp, () => ({
    key: 'ranking',
    pareto,
    ranking,
  }));
}
