/**
 * The priority queue's inputs kept between calls and service-worker starts
 * (stamped-cache.ts). Building them reads every contact and every contact's
 * last give, record by record: about 2.4 s at 50,000 contacts in Chromium,
 * paid by the popup and by every reminder check. They are stored under the
 * book stamp (renewed by every write to a table the queue reads), with the
 * settings they were built under and the span of time they hold for: from
 * the time they were built for until a record read for them changes meaning
 * by itself (a give logged ahead comes to pass, an account issue opens or is
 * resolved). Ranking them (rankPriorityColumns) is left to each call: it depends
 * on the time to the minute. After writes of only some contacts' gestures,
 * follow-ups or own goals (a gesture logged, a follow-up ticked, a goal step
 * ticked), or of contacts themselves, up to the number the book stamp lists
 * (a level set, a person added from a badge, moved or deleted, a bulk action
 * of the dashboard's), the stored inputs are caught up with those contacts
 * rather than built again (queue-catch-up.ts).
 */
import type { AccountIssue } from './schema';
import type { PriorityColumns } from '../domain/priority-columns';
import type { RapportDatabase } from './database';
import { isPackedInputs, type PackedInputs } from './packed-queue-inputs';
import { readStamped, storeStamped, type StampedRead, type StampedRow } from './stamped-cache';

export interface QueueInputs {
  inputs: PriorityColumns;
  dueSoonDays: number;
}

export interface StoredQueueInputs extends StampedRow {
  key: 'queue-inputs';
  /** Stored packed (packed-queue-inputs.ts): read back several times faster than one object per contact. */
  inputs: PackedInputs;
  dueSoonDays: number;
  /** The ladder and engine settings they were built under, as JSON. */
  settings: string;
  /** They hold for times from `from` (included) to `until` (excluded). */
  from: number;
  until: number;
}

/** The stored inputs if they hold at `at` under `settings`; read in the caller's transaction, with the records. */
export function readCachedQueueInputs(
  database: RapportDatabase,
  settings: string,
  at: number,
): Promise<StampedRead<StoredQueueInputs>> {
  return readStamped<StoredQueueInputs>(
    database,
    'book-stamp',
    'queue-inputs',
    (stored) =>
      stored.settings === settings && stored.from <= at && at < stored.until && isPackedInputs(stored.inputs),
  );
}

/**
 * Stores inputs built from the records under `stamp`, unless they have been
 * written since. `pack` makes their stored form (tens of milliseconds at
 * 50,000 contacts), called only when they are stored (storeStamped).
 */
export function storeQueueInputs(
  database: RapportDatabase,
  stamp: string | null,
  { pack, ...entry }: Omit<StoredQueueInputs, 'key' | 'stamp' | 'inputs'> & { pack: () => PackedInputs },
): Promise<boolean> {
  return storeStamped<StoredQueueInputs>(database, 'book-stamp', stamp, () => ({
    key: 'queue-inputs',
    ...entry,
    inputs: pack(),
  }));
}

/**
 * Until when inputs built at `at` hold: the first moment after it when one of
 * `issues` (those not resolved by `at`) opens or is resolved, or a give
 * logged ahead (`nextGive`) comes to pass.
 */
export function queueInputsUntil(
  at: number,
  issues: readonly Pick<AccountIssue, 'openedAt' | 'resolvedAt'>[],
  nextGive: number | null,
): number {
  let until = nextGive ?? Infinity;
  for (const { openedAt, resolvedAt } of issues) {
    if (openedAt > at) until = Math.min(until, openedAt);
    if (resolvedAt !== null && resolvedAt > at) until = Math.min(until, resolvedAt);
  }
  return until;
}
