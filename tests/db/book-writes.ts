/**
 * Random writes to a book of business (priority-arbitraries.ts), as the user
 * makes them: gestures, follow-ups, goals and contacts edited, moved, added
 * and deleted. Values kept from the records and caught up with such writes
 * (the queue's stored inputs, the dashboard's contacts table) are tested
 * against a fresh read after each.
 */
import fc from 'fast-check';
import type { RapportDatabase } from '../../lib/db/database';
import { newContactDefaults } from '../../lib/db/contacts';
import { deleteRecord } from '../../lib/db/deletion';
import { createRecord, updateRecord } from '../../lib/db/records';
import { gestureTypes, type Goal } from '../../lib/db/schema';
import { logTouch } from '../../lib/db/touch';
import { bookArbitrary, NOW as BOOK_NOW } from './priority-arbitraries';
import { freshDatabase, seedDatabase } from './test-database';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Contacts added (a write drawn by bookWrite), one or two at once. */
export const newContacts = fc.record({
  kind: fc.constant('new-contacts' as const),
  /** Ids that land before, among and after the book's (con-0…), or made as createRecord makes them (null). */
  ids: fc.uniqueArray(fc.option(fc.constantFrom('a-first', 'con-1b', 'con-3', 'zz-last'), { nil: null }), {
    minLength: 1,
    maxLength: 2,
  }),
  /** At the nth account, or at none (null). */
  account: fc.option(fc.nat(2), { nil: null }),
  roles: fc.subarray(['champion', 'decision-maker'] as const),
  left: fc.boolean(),
  levelId: fc.constantFrom('prospect', 'customer', 'advocate'),
  /** Added this many hours before the write: some are overdue at once, as an import's are. */
  hours: fc.integer({ min: 0, max: 24 * 400 }),
});

/** A write of gestures, follow-ups, goals or contacts (edited, moved, added, deleted), as the user makes them. */
export const bookWrite = fc.oneof(
  fc.record({
    kind: fc.constant('edit-goal' as const),
    pick: fc.nat(),
    step: fc.nat(2),
    done: fc.boolean(),
    status: fc.option(fc.constantFrom('open', 'achieved', 'abandoned') as fc.Arbitrary<Goal['status']>, {
      nil: null,
    }),
  }),
  fc.record({
    kind: fc.constant('new-goal' as const),
    /** A contact's own goal, or (null) one of their account's. */
    contact: fc.option(fc.nat(5), { nil: null }),
    account: fc.nat(2),
    stepHours: fc.array(fc.integer({ min: -100, max: 100 }), { maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('edit-contact' as const),
    contact: fc.nat(5),
    changes: fc.record(
      {
        levelId: fc.constantFrom('prospect', 'customer', 'client', 'supporter', 'advocate'),
        cadenceDays: fc.option(fc.integer({ min: 3, max: 40 }), { nil: null }),
        name: fc.constantFrom('Ada Renamed', 'Ben Renamed'),
        roles: fc.subarray(['champion', 'decision-maker'] as const),
        left: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    /** Moved to the nth account, or to none (null); undefined: not moved. */
    move: fc.option(fc.option(fc.nat(2), { nil: null }), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('touch' as const),
    contact: fc.nat(5),
    type: fc.constantFrom(...gestureTypes),
    hours: fc.integer({ min: -100, max: 100 }),
  }),
  newContacts,
  fc.record({ kind: fc.constant('delete-gesture' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('delete-contact' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('follow-up' as const),
    contact: fc.nat(5),
    hours: fc.integer({ min: -100, max: 100 }),
  }),
  fc.record({
    kind: fc.constant('edit-follow-up' as const),
    pick: fc.nat(),
    done: fc.boolean(),
    snoozeHours: fc.option(fc.integer({ min: -50, max: 150 }), { nil: null }),
  }),
);

/**
 * A write of what the queue does not read but the dashboard's tables do
 * (deals, which count toward level checks and an account's pipeline), of an
 * account issue, or of an account's value (its 80/20 tier).
 */
export const ledgerWrite = fc.oneof(
  fc.record({
    kind: fc.constant('new-deal' as const),
    account: fc.nat(2),
    /** Won with the nth contact, or with the account alone (null). */
    contact: fc.option(fc.nat(5), { nil: null }),
  }),
  fc.record({ kind: fc.constant('delete-deal' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('resolve-issue' as const),
    pick: fc.nat(),
    /** Resolved this many hours from the write (ahead: still open until then), or reopened (null). */
    hours: fc.option(fc.integer({ min: -48, max: 48 }), { nil: null }),
  }),
  fc.record({
    kind: fc.constant('account-value' as const),
    account: fc.nat(2),
    revenue: fc.integer({ min: 0, max: 100_000 }),
  }),
);

export type BookWrite =
  | (typeof bookWrite extends fc.Arbitrary<infer W> ? W : never)
  | (typeof ledgerWrite extends fc.Arbitrary<infer W> ? W : never);

/** Makes `write` at `now`, as the user would; a write that names nothing there (no contacts yet) does nothing. */
export async function makeWrite(database: RapportDatabase, write: BookWrite, now: number) {
  const pick = async (
    table: 'contacts' | 'accounts' | 'gestures' | 'followUps' | 'goals' | 'deals' | 'accountIssues',
    n: number,
  ) => {
    const ids = (await database.table(table).toCollection().primaryKeys()).sort() as string[];
    return ids.length > 0 ? ids[n % ids.length]! : null;
  };
  if (write.kind === 'edit-goal') {
    const id = await pick('goals', write.pick);
    const goal = id ? await database.goals.get(id) : undefined;
    if (!goal) return;
    const steps = goal.steps.map((step, i) =>
      i === write.step % Math.max(goal.steps.length, 1) ? { ...step, doneAt: write.done ? now : null } : step,
    );
    await updateRecord('goals', goal.id, { steps, status: write.status ?? goal.status }, now, database);
  } else if (write.kind === 'new-goal') {
    const contactId = write.contact === null ? null : await pick('contacts', write.contact);
    const accountId = write.contact === null ? await pick('accounts', write.account) : null;
    if (contactId === null && accountId === null) return;
    const steps = write.stepHours.map((hours, i) => ({
      id: `step-${i}`,
      text: 'Call',
      dueAt: now + hours * HOUR,
      doneAt: null,
    }));
    const fields = { contactId, accountId, title: 'Renewal', targetLevelId: null, targetRevenue: null };
    await createRecord(
      'goals',
      { ...fields, deadline: now + 30 * DAY, evidence: [], steps, status: 'open' },
      now,
      database,
    );
  } else if (write.kind === 'edit-contact') {
    const contactId = await pick('contacts', write.contact);
    if (contactId === null) return;
    const { move } = write;
    const changes =
      move === undefined
        ? write.changes
        : { ...write.changes, accountId: move === null ? null : await pick('accounts', move) };
    await updateRecord('contacts', contactId, changes, now, database);
  } else if (write.kind === 'new-contacts') {
    const accountId = write.account === null ? null : await pick('accounts', write.account);
    const at = now - write.hours * HOUR;
    const fields = { roles: write.roles, left: write.left, levelId: write.levelId, accountId };
    const rows = write.ids.map((id, i) => ({
      ...newContactDefaults,
      ...fields,
      name: `New ${i}`,
      // createRecord's own id, or one chosen to land at a given place among the book's.
      id: id ?? crypto.randomUUID(),
      createdAt: at,
      updatedAt: at,
    }));
    // An id already in the book: the write fails and nothing changes.
    await database.contacts.bulkAdd(rows).catch(() => {});
  } else if (write.kind === 'touch') {
    const contactId = await pick('contacts', write.contact);
    if (contactId === null) return;
    await logTouch({ contactId, type: write.type, at: now + write.hours * HOUR }, now, database);
  } else if (write.kind === 'delete-contact') {
    const id = await pick('contacts', write.pick);
    if (id) await deleteRecord('contacts', id, database);
  } else if (write.kind === 'delete-gesture') {
    const id = await pick('gestures', write.pick);
    if (id) await deleteRecord('gestures', id, database);
  } else if (write.kind === 'follow-up') {
    const contactId = await pick('contacts', write.contact);
    if (contactId === null) return;
    const dueAt = now + write.hours * HOUR;
    const fields = { contactId, dueAt, reason: 'Check in', source: 'manual' as const };
    await createRecord(
      'followUps',
      { ...fields, goalId: null, stepId: null, snoozedUntil: null, doneAt: null },
      now,
      database,
    );
  } else if (write.kind === 'new-deal') {
    const accountId = await pick('accounts', write.account);
    const contactId = write.contact === null ? null : await pick('contacts', write.contact);
    if (accountId === null) return;
    await createRecord('deals', { accountId, contactId, amount: 5_000, closedAt: now - DAY }, now, database);
  } else if (write.kind === 'delete-deal') {
    const id = await pick('deals', write.pick);
    if (id) await deleteRecord('deals', id, database);
  } else if (write.kind === 'resolve-issue') {
    const id = await pick('accountIssues', write.pick);
    const resolvedAt = write.hours === null ? null : now + write.hours * HOUR;
    if (id) await updateRecord('accountIssues', id, { resolvedAt }, now, database);
  } else if (write.kind === 'account-value') {
    const id = await pick('accounts', write.account);
    if (id) await updateRecord('accounts', id, { revenue: write.revenue }, now, database);
  } else {
    const id = await pick('followUps', write.pick);
    const snoozedUntil = write.snoozeHours === null ? null : now + write.snoozeHours * HOUR;
    if (id)
      await updateRecord('followUps', id, { doneAt: write.done ? now : null, snoozedUntil }, now, database);
  }
}

/**
 * A property over a random book (priority-arbitraries.ts) written up to six
 * times at random (bookWrite, ledgerWrite), each write up to `maxHours`
 * after the book's now, in any order: `start` sets up on the fresh database
 * and returns the check run after each write, at the write's time, with a
 * draw of `extra` for that step.
 */
export function afterRandomWrites<E = undefined>(
  start: (database: RapportDatabase) => Promise<(now: number, extra: E) => Promise<void>>,
  { maxHours = 72, extra = fc.constant(undefined) as fc.Arbitrary<E> } = {},
) {
  return fc.asyncProperty(
    bookArbitrary,
    fc.array(
      fc.record({
        write: fc.oneof(bookWrite, ledgerWrite),
        hours: fc.integer({ min: 0, max: maxHours }),
        extra,
      }),
      { minLength: 1, maxLength: 6 },
    ),
    async (draft, steps) => {
      const database = freshDatabase();
      try {
        await seedDatabase(database, draft);
        const check = await start(database);
        for (const { write, hours, extra } of steps) {
          const now = BOOK_NOW + hours * HOUR;
          await makeWrite(database, write, now);
          await check(now, extra);
        }
      } finally {
        database.close();
      }
    },
  );
}
