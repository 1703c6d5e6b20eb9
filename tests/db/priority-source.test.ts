import { liveQuery } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { listCorruptRecords } from '../../lib/db/corrupt-records';
import type { RapportDatabase } from '../../lib/db/database';
import { loadPriorityQueue, readOpen } from '../../lib/db/priority-source';
import {
  deleteContacts,
  restoreContacts,
  setContactsLevel,
  undoBulkContactChange,
} from '../../lib/db/bulk-contact-actions';
import { deleteRecord } from '../../lib/db/deletion';
import { createContact } from '../../lib/db/contacts';
import { createRecord, updateRecord } from '../../lib/db/records';
import { logTouch, undoTouch } from '../../lib/db/touch';
import type {
  Account,
  AccountIssue,
  Contact,
  FollowUp,
  Gesture,
  GestureType,
  Goal,
} from '../../lib/db/schema';
import type { StoredQueueInputs } from '../../lib/db/queue-cache';
import { unpackInputs } from '../../lib/db/packed-queue-inputs';
import { rankPriorities } from '../../lib/domain/priority';
import { inputAt } from '../../lib/domain/priority-columns';
import { bookWrite, makeWrite, newContacts, type BookWrite } from './book-writes';
import { bookArbitrary, inputsFromWholeTables, NOW as BOOK_NOW } from './priority-arbitraries';
import { freshDatabase, seedDatabase } from './test-database';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12);
const daysAgo = (days: number) => NOW - days * DAY;
const stamps = { createdAt: daysAgo(400), updatedAt: daysAgo(400) };

function account(id: string, revenue: number): Account {
  return { id, name: id, domains: [], revenue, potential: 0, ...stamps };
}

function contact(id: string, accountId: string | null, extra: Partial<Contact> = {}): Contact {
  return {
    id,
    name: id,
    linkedinSlugs: [],
    emails: [],
    accountId,
    roles: [],
    seniority: 'unknown',
    levelId: 'customer',
    interests: [],
    motivations: [],
    tags: [],
    cadenceDays: null,
    evidenceTicks: [],
    left: false,
    ...stamps,
    ...extra,
  };
}

function gesture(id: string, contactId: string, type: GestureType, at: number): Gesture {
  return { id, contactId, type, at, ...stamps };
}

function followUp(id: string, contactId: string, dueAt: number, doneAt: number | null): FollowUp {
  const source = 'manual';
  return {
    id,
    contactId,
    dueAt,
    reason: 'Call back',
    source,
    goalId: null,
    stepId: null,
    snoozedUntil: null,
    doneAt,
    ...stamps,
  };
}

/**
 * Acme is worth nearly everything (top tier), Tiny next to nothing (low tier).
 * At the Customer level the cadence is 14 days for a top-tier account and 60
 * for a low-tier one (default cadence settings). Ada's last give was 30 days
 * ago, so she is 16 days past a 14-day cadence; Ben's was 62 days ago, 2 days
 * past his 60-day cadence.
 */
async function seeded(extra: Record<string, object[]> = {}): Promise<RapportDatabase> {
  const database = freshDatabase();
  await seedDatabase(database, {
    accounts: [account('acc-acme', 1_000_000), account('acc-tiny', 1_000)],
    contacts: [contact('con-ada', 'acc-acme'), contact('con-ben', 'acc-tiny'), ...(extra.contacts ?? [])],
    gestures: [
      gesture('ges-ada', 'con-ada', 'thanks', daysAgo(30)),
      gesture('ges-ben', 'con-ben', 'article', daysAgo(62)),
      ...(extra.gestures ?? []),
    ],
    followUps: extra.followUps ?? [],
    goals: extra.goals ?? [],
    accountIssues: extra.accountIssues ?? [],
  });
  return database;
}

/** Runs `check` on a fresh database holding `book` (a property test's draw), closed afterwards. */
async function withBook(
  book: Parameters<typeof seedDatabase>[1],
  check: (database: RapportDatabase) => Promise<void>,
): Promise<void> {
  const database = freshDatabase();
  try {
    await seedDatabase(database, book);
    await check(database);
  } finally {
    database.close();
  }
}

const order = (ranking: { entries: { contactId: string }[] }) => ranking.entries.map((e) => e.contactId);

describe('loadPriorityQueue', () => {
  it('ranks an overdue top-tier contact above a slightly overdue low-tier one, with the reasons', async () => {
    const database = await seeded();
    const ranking = await loadPriorityQueue(NOW, {}, database);
    expect(ranking.total).toBe(2);
    expect(ranking.entries.map(({ contactId, reasons }) => ({ contactId, reasons }))).toEqual([
      { contactId: 'con-ada', reasons: ['2.1× overdue', 'top-tier account'] },
      { contactId: 'con-ben', reasons: ['2 days overdue'] },
    ]);
  });

  it('returns only `limit` entries but counts everyone who needs attention', async () => {
    const ranking = await loadPriorityQueue(NOW, { limit: 1 }, await seeded());
    expect(order(ranking)).toEqual(['con-ada']);
    expect(ranking.total).toBe(2);
  });

  it('does not let an ask, a future gesture or a done follow-up count', async () => {
    const database = await seeded({
      contacts: [contact('con-cy', 'acc-tiny')],
      gestures: [
        // An ask draws on the relationship; it does not reset Ada's clock.
        gesture('ges-ask', 'con-ada', 'referral-ask', daysAgo(1)),
        // Not happened yet, so Ben is still late.
        gesture('ges-future', 'con-ben', 'gift', NOW + DAY),
        gesture('ges-cy', 'con-cy', 'check-in', daysAgo(1)),
      ],
      // Cy was touched yesterday; only a follow-up still open could put him on the list.
      followUps: [followUp('fu-done', 'con-cy', daysAgo(2), daysAgo(1))],
    });
    const ranking = await loadPriorityQueue(NOW, {}, database);
    expect(order(ranking)).toEqual(['con-ada', 'con-ben']);
    expect(ranking.entries[0]!.reasons[0]).toBe('2.1× overdue');
  });

  it('puts a contact with an open follow-up on the list', async () => {
    const database = await seeded({
      contacts: [contact('con-cy', 'acc-tiny')],
      gestures: [gesture('ges-cy', 'con-cy', 'check-in', daysAgo(1))],
      followUps: [followUp('fu-open', 'con-cy', daysAgo(2), null)],
    });
    const ranking = await loadPriorityQueue(NOW, {}, database);
    const cy = ranking.entries.find((entry) => entry.contactId === 'con-cy');
    expect(cy?.reasons).toEqual(['follow-up 2 days overdue']);
  });

  it('skips damaged rows instead of throwing, and reports them', async () => {
    // Each damaged row is also warned about once; that is read.ts's concern.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const database = await seeded({
      // A give from yesterday would take Ada off the list, were it not damaged.
      gestures: [{ ...gesture('ges-bad', 'con-ada', 'gift', daysAgo(1)), createdAt: -5 }],
      contacts: [{ id: 'con-bad', name: 42 }],
    });
    const ranking = await loadPriorityQueue(NOW, {}, database);
    expect(order(ranking)).toEqual(['con-ada', 'con-ben']);
    expect(
      listCorruptRecords(database)
        .map((record) => `${record.table}/${record.id}`)
        .sort(),
    ).toEqual(['contacts/con-bad', 'gestures/ges-bad']);
  });

  it('leaves out contacts who left, and gives their account goal to someone still there', async () => {
    const goal: Goal = {
      id: 'goal-acme',
      contactId: null,
      accountId: 'acc-acme',
      title: 'Renewal',
      targetLevelId: null,
      targetRevenue: null,
      deadline: NOW + 90 * DAY,
      evidence: [],
      steps: [{ id: 'step-1', text: 'Send the proposal', dueAt: daysAgo(1), doneAt: null }],
      status: 'open',
      ...stamps,
    };
    const database = await seeded({
      // Dee is Acme's champion and long overdue, but she has left.
      contacts: [contact('con-dee', 'acc-acme', { left: true, roles: ['champion'] })],
      goals: [goal],
    });
    const ranking = await loadPriorityQueue(NOW, {}, database);
    expect(order(ranking)).toEqual(['con-ada', 'con-ben']);
    expect(ranking.entries[0]!.reasons).toEqual([
      '2.1× overdue',
      'top-tier account',
      'goal step 1 day overdue',
    ]);
  });

  it('takes the latest give at or before now when a later one is logged in advance', async () => {
    const database = await seeded({
      contacts: [contact('con-cy', 'acc-tiny')],
      gestures: [
        // Ada: a give yesterday, and another planned for next week; she is not due.
        gesture('ges-ada-new', 'con-ada', 'gift', daysAgo(1)),
        gesture('ges-ada-plan', 'con-ada', 'event-invite', NOW + 7 * DAY),
        // Cy: only a planned give, so nothing has happened yet.
        gesture('ges-cy-plan', 'con-cy', 'training', NOW + DAY),
      ],
    });
    expect((await database.latestGives.get('con-ada'))?.at).toBe(NOW + 7 * DAY);
    const ranking = await loadPriorityQueue(NOW, {}, database);
    // Cy, added 400 days ago, is long overdue on a 60-day cadence; Ben is 2 days late.
    expect(order(ranking)).toEqual(['con-cy', 'con-ben']);
    const cy = ranking.entries.find((entry) => entry.contactId === 'con-cy');
    expect(cy?.reasons).toContain('no value-adding gesture yet');
  });

  it('looks past a damaged give, and reports it, when a later give is logged in advance', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const database = await seeded({
      gestures: [
        // Ben's only gives since his article 62 days ago: a damaged one yesterday and one planned.
        { ...gesture('ges-ben-bad', 'con-ben', 'gift', daysAgo(1)), updatedAt: -1 },
        gesture('ges-ben-plan', 'con-ben', 'gift', NOW + DAY),
      ],
    });
    const ben = (await loadPriorityQueue(NOW, {}, database)).entries.find((e) => e.contactId === 'con-ben');
    expect(ben?.reasons).toEqual(['2 days overdue']);
    expect(listCorruptRecords(database).map((record) => record.id)).toEqual(['ges-ben-bad']);
  });

  it('keeps up with writes: a give takes a contact off, a reopened follow-up puts them back', async () => {
    const database = await seeded();
    await createRecord('gestures', { contactId: 'con-ada', type: 'check-in', at: daysAgo(1) }, NOW, database);
    expect(order(await loadPriorityQueue(NOW, {}, database))).toEqual(['con-ben']);
    const followUp = await createRecord(
      'followUps',
      {
        contactId: 'con-ada',
        dueAt: daysAgo(1),
        reason: 'Send the deck',
        source: 'manual',
        goalId: null,
        stepId: null,
        snoozedUntil: null,
        doneAt: daysAgo(1),
      },
      NOW,
      database,
    );
    expect(order(await loadPriorityQueue(NOW, {}, database))).toEqual(['con-ben']);
    await updateRecord('followUps', followUp.id, { doneAt: null }, NOW, database);
    expect(order(await loadPriorityQueue(NOW, {}, database))).toEqual(['con-ada', 'con-ben']);
  });

  it('runs again in a live query when a gesture written elsewhere changes the queue', async () => {
    const database = await seeded();
    const seen: string[][] = [];
    const subscription = liveQuery(() => loadPriorityQueue(NOW, {}, database)).subscribe({
      next: (ranking) => seen.push(order(ranking)),
    });
    await vi.waitFor(() => expect(seen).toEqual([['con-ada', 'con-ben']]));
    // Straight into the table, as any module may: the derived row changes in the same transaction.
    await database.gestures.add({
      id: 'ges-new',
      contactId: 'con-ben',
      type: 'gift',
      at: daysAgo(1),
      ...stamps,
    });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['con-ada']));
    subscription.unsubscribe();
  });

  it('counts an issue resolved only later as open, and leaves out achieved goals', async () => {
    const issue = (id: string, resolvedAt: number | null): AccountIssue => ({
      id,
      accountId: 'acc-tiny',
      kind: 'payment',
      description: 'Invoice unpaid',
      openedAt: daysAgo(10),
      resolvedAt,
      ...stamps,
    });
    const achieved: Goal = {
      id: 'goal-done',
      contactId: 'con-ben',
      accountId: null,
      title: 'Upsell',
      targetLevelId: null,
      targetRevenue: null,
      deadline: NOW,
      evidence: [],
      steps: [{ id: 'step-1', text: 'Call', dueAt: daysAgo(3), doneAt: null }],
      status: 'achieved',
      ...stamps,
    };
    const database = await seeded({
      accountIssues: [issue('iss-later', NOW + DAY), issue('iss-past', daysAgo(1)), issue('iss-open', null)],
      goals: [achieved],
    });
    const ben = (await loadPriorityQueue(NOW, {}, database)).entries.find((e) => e.contactId === 'con-ben');
    expect(ben?.reasons).toEqual(['2 days overdue', '2 open account issues']);
  });

  it('ranks exactly as a read of whole tables does, on random books of business', async () => {
    await fc.assert(
      fc.asyncProperty(bookArbitrary, fc.integer({ min: -3, max: 3 }), (book, shift) =>
        withBook(book, async (database) => {
          const now = BOOK_NOW + shift * DAY;
          const { inputs, dueSoonDays } = await inputsFromWholeTables(database, now);
          expect(await loadPriorityQueue(now, {}, database)).toEqual(
            rankPriorities(inputs, now, { dueSoonDays }),
          );
          expect(await loadPriorityQueue(now, { limit: 2 }, database)).toEqual(
            rankPriorities(inputs, now, { dueSoonDays, limit: 2 }),
          );
        }),
      ),
      { numRuns: 60 },
    );
    // Sixty databases filled and read: seconds, and no measure of speed.
  }, 120_000);
});

describe('the stored queue inputs', () => {
  const HOUR = 3_600_000;
  /** Waits for the inputs a call stored after answering (stored in a transaction of their own). */
  const stored = (database: RapportDatabase) => database.transaction('rw', database.caches, () => {});
  const expected = async (database: RapportDatabase, now: number) => {
    const { inputs, dueSoonDays } = await inputsFromWholeTables(database, now);
    return rankPriorities(inputs, now, { dueSoonDays });
  };

  it('rank exactly as whole tables do at any time, served or built, on random books of business', async () => {
    await fc.assert(
      fc.asyncProperty(
        bookArbitrary,
        fc.array(fc.integer({ min: -72, max: 72 }), { minLength: 2, maxLength: 6 }),
        (book, hours) =>
          withBook(book, async (database) => {
            for (const hour of hours) {
              const now = BOOK_NOW + hour * HOUR;
              expect(await loadPriorityQueue(now, {}, database)).toEqual(await expected(database, now));
              await stored(database);
            }
          }),
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('serve the next call without reading the contacts, catch up with a give, a new level, a goal step or new roles, and give way after an account’s new value', async () => {
    const database = await seeded({});
    const first = await loadPriorityQueue(NOW, {}, database);
    await stored(database);
    // A whole-table read starts with its first page (paged-read.ts).
    const reads = vi.spyOn(database.contacts, 'limit');
    expect(await loadPriorityQueue(NOW + HOUR, {}, database)).toEqual(await expected(database, NOW + HOUR));
    expect(reads).not.toHaveBeenCalled();
    expect(first.entries.length).toBeGreaterThan(0);

    // A give logged for the first person on the list takes them off it, caught up without reading everyone.
    const top = first.entries[0]!.contactId;
    const undone = await logTouch({ contactId: top, type: 'article' }, NOW, database);
    expect(await loadPriorityQueue(NOW + HOUR, {}, database)).not.toEqual(first);
    await stored(database);
    // Taken back with Undo, which puts back records of every table (none but the give's): caught up too.
    await undoTouch(undone, database);
    expect(await loadPriorityQueue(NOW + HOUR, {}, database)).toEqual(await expected(database, NOW + HOUR));
    expect(reads).not.toHaveBeenCalled();
    await stored(database);
    await logTouch({ contactId: top, type: 'article' }, NOW, database);
    const after = await loadPriorityQueue(NOW + HOUR, {}, database);
    expect(reads).not.toHaveBeenCalled();
    expect(after).toEqual(await expected(database, NOW + HOUR));
    expect(after.entries.map((e) => e.contactId)).not.toContain(top);
    await stored(database);

    // A new level and cadence change only that contact's entry: caught up too.
    const second = after.entries[0]!.contactId;
    await updateRecord('contacts', second, { levelId: 'advocate', cadenceDays: 2 }, NOW, database);
    const afterEdit = await loadPriorityQueue(NOW + HOUR, {}, database);
    expect(reads).not.toHaveBeenCalled();
    expect(afterEdit).toEqual(await expected(database, NOW + HOUR));
    expect(afterEdit).not.toEqual(after);
    await stored(database);

    // A step of that contact's own goal, ticked: caught up too.
    const goal = await createRecord(
      'goals',
      {
        contactId: second,
        accountId: null,
        title: 'Renewal',
        targetLevelId: null,
        targetRevenue: null,
        deadline: NOW + 30 * DAY,
        evidence: [],
        steps: [{ id: 'step-1', text: 'Call', dueAt: NOW - DAY, doneAt: null }],
        status: 'open',
      },
      NOW,
      database,
    );
    const withGoal = await loadPriorityQueue(NOW + HOUR, {}, database);
    expect(reads).not.toHaveBeenCalled();
    expect(withGoal).toEqual(await expected(database, NOW + HOUR));
    expect(withGoal).not.toEqual(afterEdit);
    await stored(database);
    await updateRecord('goals', goal.id, { steps: [{ ...goal.steps[0]!, doneAt: NOW }] }, NOW, database);
    expect(await loadPriorityQueue(NOW + HOUR, {}, database)).toEqual(afterEdit);
    expect(reads).not.toHaveBeenCalled();
    await stored(database);

    // New roles may hand an account's goal to someone else: caught up with everyone at the account.
    await updateRecord('contacts', second, { roles: ['champion'] }, NOW, database);
    expect(await loadPriorityQueue(NOW + HOUR, {}, database)).toEqual(await expected(database, NOW + HOUR));
    expect(reads).not.toHaveBeenCalled();
    await stored(database);

    // An account's value changed: every tier may move, so the inputs are built again.
    await updateRecord('accounts', 'acc-tiny', { revenue: 2_000 }, NOW, database);
    expect(await loadPriorityQueue(NOW + HOUR, {}, database)).toEqual(await expected(database, NOW + HOUR));
    expect(reads).toHaveBeenCalled();
    reads.mockRestore();
  });

  it('catch up with people added, moved, deleted or gone, and their accounts’ goals, without reading everyone', async () => {
    // Ids as Rapport makes them (UUIDs), which the stored inputs keep as bytes.
    const database = freshDatabase();
    const newAccount = (name: string, revenue: number) =>
      createRecord('accounts', { name, domains: [], revenue, potential: 0 }, NOW, database);
    const acme = await newAccount('Acme', 1_000_000);
    const empty = await newAccount('Empty Co', 5_000);
    const people = ['Ada', 'Ben', 'Cy'].map((name, i) =>
      createContact({ name, levelId: 'customer', accountId: acme.id }, daysAgo(400 - i), database),
    );
    const ada = await people[0]!;
    await Promise.all(people);
    const step = (id: string) => ({ id, text: 'Call', dueAt: NOW - DAY, doneAt: null });
    const accountGoal = (accountId: string) => ({
      contactId: null,
      accountId,
      title: 'Expand',
      targetLevelId: null,
      targetRevenue: null,
      deadline: NOW + 30 * DAY,
      evidence: [],
      steps: [step('s1')],
      status: 'open' as const,
    });
    await createRecord('goals', accountGoal(acme.id), NOW, database);
    await createRecord('goals', accountGoal(empty.id), NOW, database);
    // Whoever is at Empty Co counts its open issue.
    const issue = {
      kind: 'billing' as const,
      description: 'Late invoice',
      openedAt: daysAgo(3),
      resolvedAt: null,
    };
    await createRecord('accountIssues', { accountId: empty.id, ...issue }, NOW, database);
    await loadPriorityQueue(NOW, {}, database);
    await stored(database);
    const reads = vi.spyOn(database.contacts, 'limit');
    // Whether the call read the accounts' stored 80/20 ranking (tier-cache.ts).
    const cacheReads = vi.spyOn(database.caches, 'bulkGet');
    let readTheRanking = false;
    const check = async () => {
      cacheReads.mockClear();
      const ranking = await loadPriorityQueue(NOW + HOUR, {}, database);
      readTheRanking = cacheReads.mock.calls.some(([keys]) => keys.includes('ranking'));
      expect(ranking).toEqual(await expected(database, NOW + HOUR));
      await stored(database);
      return ranking;
    };

    // Added at Acme, long ago and never touched: overdue at once, with Acme's tier; Ada keeps Acme's goal.
    const dee = await createContact(
      { name: 'Dee', levelId: 'customer', accountId: acme.id },
      daysAgo(90),
      database,
    );
    const withDee = await check();
    expect(reads).not.toHaveBeenCalled();
    // Acme's place is copied from Ada, Ben or Cy, whom the write left alone.
    expect(readTheRanking).toBe(false);
    expect(withDee.entries.find((e) => e.contactId === dee.id)?.reasons).toContain('top-tier account');

    // The first at an account with a goal of its own: the goal's step falls to them, nobody else loses it.
    const eve = await createContact({ name: 'Eve', levelId: 'prospect', accountId: empty.id }, NOW, database);
    const withEve = await check();
    expect(reads).not.toHaveBeenCalled();
    // Nobody at Empty Co to copy its place from.
    expect(readTheRanking).toBe(true);
    expect(withEve.entries.map((e) => e.contactId)).toContain(eve.id);

    // Two at once, one without an account, one who has left: caught up too.
    await database.contacts.bulkAdd([
      { ...contact(crypto.randomUUID(), null), createdAt: daysAgo(200) },
      { ...contact(crypto.randomUUID(), acme.id), left: true },
    ]);
    await check();
    expect(reads).not.toHaveBeenCalled();

    // A champion added at Acme takes its goal from Ada, the first there: Ada's entry is caught up too.
    const goalOf = (ranking: { entries: { contactId: string; reasons: string[] }[] }, contactId: string) =>
      ranking.entries
        .find((e) => e.contactId === contactId)
        ?.reasons.some((r) => r.startsWith('goal step')) ?? false;
    expect(goalOf(withEve, ada.id)).toBe(true);
    const fay = await createContact(
      { name: 'Fay', levelId: 'client', accountId: acme.id, roles: ['champion'] },
      NOW,
      database,
    );
    const withFay = await check();
    expect(goalOf(withFay, ada.id)).toBe(false);
    expect(goalOf(withFay, fay.id)).toBe(true);

    // Fay moves to Empty Co, where she outranks Eve for its goal; Acme's goes back to Ada.
    await updateRecord('contacts', fay.id, { accountId: empty.id }, NOW, database);
    const moved = await check();
    expect(goalOf(moved, ada.id)).toBe(true);
    expect(goalOf(moved, eve.id)).toBe(false);
    expect(goalOf(moved, fay.id)).toBe(true);

    // Deleted, and gone from their account: Eve has its goal again.
    await deleteRecord('contacts', fay.id, database);
    expect(goalOf(await check(), eve.id)).toBe(true);
    // Dee leaves Acme: off the queue.
    await updateRecord('contacts', dee.id, { left: true }, NOW, database);
    expect((await check()).entries.map((e) => e.contactId)).not.toContain(dee.id);
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();
  });

  /** The stored inputs, an object per contact. */
  const storedInputs = async (database: RapportDatabase) => {
    const row = (await database.caches.get('queue-inputs')) as StoredQueueInputs;
    const columns = unpackInputs(row.inputs);
    return Array.from({ length: columns.count }, (_, i) => inputAt(columns, i));
  };

  /**
   * After each of up to `maxLength` writes drawn by `write`, the queue ranks
   * as whole tables do, and the inputs it stored (caught up or built) are
   * what whole tables give for every contact, those off the list included.
   */
  const caughtUpAsWholeTables = (write: fc.Arbitrary<BookWrite>, maxLength: number) =>
    fc.asyncProperty(
      bookArbitrary,
      fc.array(fc.record({ write, hours: fc.integer({ min: 0, max: 48 }) }), { minLength: 1, maxLength }),
      (book, steps) =>
        withBook(book, async (database) => {
          await loadPriorityQueue(BOOK_NOW, {}, database);
          await stored(database);
          for (const { write, hours } of steps) {
            const now = BOOK_NOW + hours * HOUR;
            await makeWrite(database, write, now);
            expect(await loadPriorityQueue(now, {}, database)).toEqual(await expected(database, now));
            await stored(database);
            expect(await storedInputs(database)).toEqual((await inputsFromWholeTables(database, now)).inputs);
          }
        }),
    );

  it('caught up after writes of gestures, follow-ups, goals and contacts, rank exactly as whole tables do', async () => {
    await fc.assert(caughtUpAsWholeTables(bookWrite, 6), { numRuns: 60 });
  }, 120_000);

  it('caught up after contacts are added, hold what whole tables give, for everyone', async () => {
    const mostlyAdded = fc.oneof({ weight: 3, arbitrary: newContacts }, { weight: 1, arbitrary: bookWrite });
    await fc.assert(caughtUpAsWholeTables(mostlyAdded, 5), { numRuns: 60 });
  }, 120_000);

  it('drop a contact whose row an edit damaged, and take them back once it is mended', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const database = await seeded({});
    const first = await loadPriorityQueue(NOW, {}, database);
    await stored(database);
    const top = first.entries[0]!.contactId;
    // Written straight into the table, as a broken import or an old bug could: the same place, a bad name.
    await database.contacts.update(top, { name: 7 as unknown as string });
    const damaged = await loadPriorityQueue(NOW, {}, database);
    expect(damaged).toEqual(await expected(database, NOW));
    expect(damaged.entries.map((e) => e.contactId)).not.toContain(top);
    await stored(database);
    await database.contacts.update(top, { name: 'Mended' });
    expect(await loadPriorityQueue(NOW, {}, database)).toEqual(first);
  });

  it('are built reading each setting once', async () => {
    const database = await seeded({});
    const reads = vi.spyOn(database.settings, 'get');
    await loadPriorityQueue(NOW, {}, database);
    const keys = reads.mock.calls.map(([key]) => String(key));
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
    reads.mockRestore();
  });

  it('catch up with bulk actions on hundreds of contacts, and their undo, without reading everyone', async () => {
    const many = Array.from({ length: 300 }, (_, i) =>
      contact(`con-${String(i).padStart(3, '0')}`, 'acc-acme'),
    );
    const ids = many.map(({ id }) => id);
    const database = await seeded({
      contacts: many,
      gestures: ids.slice(0, 150).map((id) => gesture(`ges-${id}`, id, 'gift', daysAgo(20))),
      followUps: ids.slice(100, 200).map((id) => followUp(`fu-${id}`, id, daysAgo(1), null)),
    });
    await loadPriorityQueue(NOW, {}, database);
    await stored(database);
    const reads = vi.spyOn(database.contacts, 'limit');
    const check = async (at: number) => {
      const ranked = await loadPriorityQueue(at, { limit: 400 }, database);
      expect(reads).not.toHaveBeenCalled();
      const { inputs, dueSoonDays } = await inputsFromWholeTables(database, at);
      expect(ranked).toEqual(rankPriorities(inputs, at, { dueSoonDays, limit: 400 }));
      await stored(database);
      return ranked;
    };

    const leveled = await setContactsLevel(ids.slice(0, 250), 'advocate', NOW, database);
    await check(NOW + HOUR);
    await undoBulkContactChange(leveled, database);
    await check(NOW + HOUR);
    // Taken off the queue with their gestures and follow-ups, and put back.
    const deleted = await deleteContacts(ids.slice(0, 200), database);
    expect(order(await check(NOW + HOUR))).not.toContain(ids[0]);
    await restoreContacts(deleted, database);
    expect(order(await check(NOW + HOUR))).toContain(ids[0]);
    reads.mockRestore();
  });

  it('hold only until a give logged ahead comes to pass', async () => {
    const database = await seeded({});
    const first = await loadPriorityQueue(NOW, {}, database);
    const top = first.entries[0]!.contactId;
    await createRecord('gestures', { contactId: top, type: 'article', at: NOW + 2 * HOUR }, NOW, database);
    expect((await loadPriorityQueue(NOW + HOUR, {}, database)).entries.map((e) => e.contactId)).toContain(
      top,
    );
    await stored(database);
    const later = await loadPriorityQueue(NOW + 3 * HOUR, {}, database);
    expect(later).toEqual(await expected(database, NOW + 3 * HOUR));
    expect(later.entries.map((e) => e.contactId)).not.toContain(top);
  });
});

describe('readOpen', () => {
  /** Follow-ups f-0… of which those with an index in `open` are not done; one open one is damaged. */
  async function followUpsDatabase(count: number, open: (index: number) => boolean) {
    const database = freshDatabase();
    const followUps = Array.from({ length: count }, (_, i) =>
      followUp(`f-${i}`, 'con-ada', daysAgo(1), open(i) ? null : daysAgo(2)),
    );
    await seedDatabase(database, { contacts: [contact('con-ada', null)], followUps });
    // Damaged after the write (as a broken backup or an old bug would leave it): its open mark stays.
    await database.followUps.update('f-1', { reason: 7 as unknown as string });
    return database;
  }

  it.each([
    ['a few of many are open: reads them by key', 40, (i: number) => i === 1 || i % 10 === 3],
    ['most are open: reads the table and keeps them', 12, (i: number) => i !== 5],
  ])('%s, skipping and reporting a damaged one', async (_, count, open) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const database = await followUpsDatabase(count, open);
    const read = await readOpen(database, 'followUps', database.openFollowUps, NOW);
    const expected = Array.from({ length: count }, (_, i) => i)
      .filter((i) => open(i) && i !== 1)
      .map((i) => `f-${i}`);
    expect(read.map((row) => row.id).sort()).toEqual(expected.sort());
    expect(listCorruptRecords(database).map((record) => `${record.table}/${record.id}`)).toEqual([
      'followUps/f-1',
    ]);
  });
});
