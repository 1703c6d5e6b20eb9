/**
 * The reminder list's data, live: the list the last popup ranked at once
 * (lib/popup/queue-snapshot.ts), then the first page of the queue ranked
 * afresh, the rest right after; and the details of the people whose entries
 * are rendered. Both re-run whenever the tables they read change
 * (useLiveQuery), in this popup or elsewhere.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { RapportDatabase } from '../../../lib/db/database';
import type { PriorityRanking } from '../../../lib/domain/priority';
import {
  FIRST_PAGE,
  FULL_QUEUE_LIMIT,
  hasAnyContact,
  loadReminderPeople,
  loadReminderQueue,
  type ReminderPerson,
} from '../../../lib/popup/reminder-data';
import { readQueueSnapshot, writeQueueSnapshot } from '../../../lib/popup/queue-snapshot';

export interface ReminderQueue extends PriorityRanking {
  /** The time the queue was ranked at (phrases are computed against it). */
  at: number;
  anyContact: boolean;
  /** The last popup's list, shown while this one ranks afresh. */
  stale?: true;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; error: string };

function failure(error: unknown): { ok: false; error: string } {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

export function useReminderQueue(
  database: RapportDatabase,
  now: () => number,
): Loaded<ReminderQueue> | undefined {
  const [limit, setLimit] = useState(FIRST_PAGE);
  const queue = useLiveQuery(async (): Promise<Loaded<ReminderQueue>> => {
    try {
      const at = now();
      const [ranking, anyContact] = await Promise.all([
        loadReminderQueue(at, limit, database),
        hasAnyContact(database),
      ]);
      return { ok: true, value: { ...ranking, at, anyContact } };
    } catch (error) {
      return failure(error);
    }
  }, [limit, database, now]);
  const [snapshot, setSnapshot] = useState<ReminderQueue | null>(null);
  useEffect(() => {
    let wanted = true;
    void readQueueSnapshot()
      .then((saved) => {
        if (wanted && saved) setSnapshot({ ...saved, stale: true });
      })
      .catch(() => {});
    return () => {
      wanted = false;
    };
  }, []);
  useEffect(() => {
    if (queue?.ok) void writeQueueSnapshot(queue.value, FIRST_PAGE).catch(() => {});
  }, [queue]);
  const more =
    queue?.ok === true && limit < FULL_QUEUE_LIMIT && queue.value.total > queue.value.entries.length;
  useEffect(() => {
    if (!more) return;
    // After the first page has painted: a task, not a microtask, so the browser paints in between.
    const timer = setTimeout(() => setLimit(FULL_QUEUE_LIMIT), 0);
    return () => clearTimeout(timer);
  }, [more]);
  return queue ?? (snapshot ? { ok: true, value: snapshot } : undefined);
}

const noPeople: ReadonlyMap<string, ReminderPerson> = new Map();

/** Name, account and level of the given contacts (the rendered entries), by bulkGet. */
export function useReminderPeople(
  contactIds: readonly string[],
  database: RapportDatabase,
): ReadonlyMap<string, ReminderPerson> {
  const key = contactIds.join('\n');
  const people = useLiveQuery(
    () => loadReminderPeople(key === '' ? [] : key.split('\n'), database).catch(() => noPeople),
    [key, database],
  );
  return people ?? noPeople;
}
