/**
 * The reminder list's data, live: the list the last popup ranked at once
 * (lib/popup/queue-snapshot.ts), then the first page of the queue ranked
 * afresh, the rest right after; and the details of the people whose entries
 * are rendered. Both re-run whenever the tables they read change
 * (useLiveQuery), in this popup or elsewhere.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { RapportDatabase } from '../../../lib/db/database';
import type { FollowUp } from '../../../lib/db/schema';
import type { PriorityRanking } from '../../../lib/domain/priority';
import {
  FIRST_PAGE,
  FULL_QUEUE_LIMIT,
  hasAnyContact,
  loadOpenFollowUps,
  loadReminderPeople,
  loadReminderQueue,
  type ReminderPerson,
} from '../../../lib/popup/reminder-data';
import { readQueueSnapshot, writeQueueSnapshot, type QueueSnapshot } from '../../../lib/popup/queue-snapshot';

export interface ReminderQueue extends PriorityRanking {
  /** The time the queue was ranked at (phrases are computed against it). */
  at: number;
  anyContact: boolean;
  /** The last popup's list, shown while this one ranks afresh. */
  stale?: true;
  /** Who the last popup's entries are, shown until this popup has read them. */
  savedPeople?: ReadonlyMap<string, ReminderPerson>;
}

function staleQueue(saved: QueueSnapshot): ReminderQueue {
  const { people, ...queue } = saved;
  return { ...queue, stale: true, savedPeople: new Map(people.map((person) => [person.contactId, person])) };
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; error: string };

function failure(error: unknown): { ok: false; error: string } {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}

/**
 * `saved` is the last popup's list when the caller has already read it
 * (popup/main.ts reads it for the first paint); undefined means read it here.
 */
export function useReminderQueue(
  database: RapportDatabase,
  now: () => number,
  saved?: QueueSnapshot | null,
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
  const [snapshot, setSnapshot] = useState<ReminderQueue | null>(() => (saved ? staleQueue(saved) : null));
  useEffect(() => {
    if (saved !== undefined) return;
    let wanted = true;
    void readQueueSnapshot()
      .then((read) => {
        if (wanted && read) setSnapshot(staleQueue(read));
      })
      .catch(() => {});
    return () => {
      wanted = false;
    };
  }, [saved]);
  useEffect(() => {
    if (!queue?.ok) return;
    const ranked = queue.value;
    const firstPage = ranked.entries.slice(0, FIRST_PAGE).map((entry) => entry.contactId);
    let current = true;
    // Saved at once (a popup closed right after its list arrived still leaves
    // it for the next one), then again with who every entry is.
    void writeQueueSnapshot(ranked, FIRST_PAGE, snapshot?.savedPeople ?? new Map()).catch(() => {});
    void loadReminderPeople(firstPage, database)
      .then((people) => (current ? writeQueueSnapshot(ranked, FIRST_PAGE, people) : undefined))
      .catch(() => {});
    // A newer list (or a closed popup) makes this one not worth saving.
    return () => {
      current = false;
    };
  }, [queue, database, snapshot]);
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
  /** Shown while the first read is under way (the saved list's people). */
  meanwhile: ReadonlyMap<string, ReminderPerson> = noPeople,
): ReadonlyMap<string, ReminderPerson> {
  const key = contactIds.join('\n');
  const people = useLiveQuery(
    () => loadReminderPeople(key === '' ? [] : key.split('\n'), database).catch(() => noPeople),
    [key, database],
  );
  // Read details win; the saved ones fill in for the contacts not read yet.
  return useMemo(() => {
    if (people === undefined || meanwhile.size === 0) return people ?? meanwhile;
    const merged = new Map(meanwhile);
    for (const [id, person] of people) merged.set(id, person);
    return merged;
  }, [people, meanwhile]);
}

/** The opened entry's open follow-ups, live; undefined while they load or when no entry is open. */
export function useOpenFollowUps(
  contactId: string | null,
  database: RapportDatabase,
): FollowUp[] | undefined {
  return useLiveQuery(
    () => (contactId === null ? undefined : loadOpenFollowUps(contactId, database).catch(() => undefined)),
    [contactId, database],
  );
}
