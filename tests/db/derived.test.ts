/**
 * The derived tables (lib/db/derived.ts) stay equal to what a full scan of
 * the records computes, whatever writes the records: every write path of
 * lib/db and lib/io, Dexie's own table methods inside a transaction that
 * does not name the derived tables, a failed transaction, and random
 * sequences of writes.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { listCorruptRecords } from '../../lib/db/corrupt-records';
import type { RapportDatabase } from '../../lib/db/database';
import { deleteRecord, restoreDeleted } from '../../lib/db/deletion';
import {
  contactsChangedSince,
  MAX_LISTED_CONTACTS,
  MAX_STAMP_CHANGES,
  rebuildDerivedTables,
  type CacheStamp,
} from '../../lib/db/derived';
import { createRecord, putRecords, updateRecord } from '../../lib/db/records';
import type { Contact, FollowUp, Gesture, GestureType } from '../../lib/db/schema';
import { schemaVersions } from '../../lib/db/versions';
import { readBackupFile } from '../../lib/io/backup-read';
import { restoreBackup } from '../../lib/io/backup-restore';
import { fileWith, validBackupJson } from '../io/backup-file';
import { readDerived, scanDerived } from './derived-scan';
import { freshDatabase, readEverything, seedDatabase } from './test-database';

const DAY = 86_400_000;
const T = Date.UTC(2026, 0, 10, 12);
const stamps = { createdAt: T - 400 * DAY, updatedAt: T - 400 * DAY };

function contact(id: string): Contact {
  return {
    id,
    name: id,
    linkedinSlugs: [],
    emails: [],
    accountId: 'acc',
    roles: [],
    seniority: 'unknown',
    levelId: 'prospect',
    interests: [],
    motivations: [],
    tags: [],
    cadenceDays: null,
    evidenceTicks: [],
    left: false,
    ...stamps,
  };
}

function gesture(id: string, contactId: string, type: GestureType, at: number): Gesture {
  return { id, contactId, type, at, ...stamps };
}

function followUp(id: string, contactId: string, doneAt: number | null): FollowUp {
  return {
    id,
    contactId,
    dueAt: T,
    reason: 'Call',
    source: 'manual',
    goalId: null,
    stepId: null,
    snoozedUntil: null,
    doneAt,
    ...stamps,
  };
}

const CONTACTS = ['con-a', 'con-b', 'con-c'];

/** The fields of an open goal without steps, a contact's own or an account's. */
const openGoal = (contactId: string | null, accountId: string | null) => ({
  contactId,
  accountId,
  title: 'Renewal',
  targetLevelId: null,
  targetRevenue: null,
  deadline: T + 30 * DAY,
  evidence: [],
  steps: [],
  status: 'open' as const,
});

async function withContacts(): Promise<RapportDatabase> {
  const database = freshDatabase();
  await seedDatabase(database, {
    accounts: [{ id: 'acc', name: 'Acme', domains: [], revenue: 0, potential: 0, ...stamps }],
    contacts: CONTACTS.map(contact),
  });
  return database;
}

async function expectInStep(database: RapportDatabase): Promise<void> {
  expect(await readDerived(database)).toEqual(await scanDerived(database));
}

const latestOf = async (database: RapportDatabase, contactId: string) =>
  (await database.latestGives.get(contactId))?.at ?? null;

describe('each contact’s latest give', () => {
  it('moves with new gives, later or in the future, and not with asks, signals or older gives', async () => {
    const database = await withContacts();
    await createRecord('gestures', { contactId: 'con-a', type: 'gift', at: T - 5 * DAY }, T, database);
    expect(await latestOf(database, 'con-a')).toBe(T - 5 * DAY);
    await createRecord('gestures', { contactId: 'con-a', type: 'referral-ask', at: T - DAY }, T, database);
    await createRecord('gestures', { contactId: 'con-a', type: 'shared-strategy', at: T }, T, database);
    await createRecord('gestures', { contactId: 'con-a', type: 'article', at: T - 9 * DAY }, T, database);
    expect(await latestOf(database, 'con-a')).toBe(T - 5 * DAY);
    await createRecord('gestures', { contactId: 'con-a', type: 'thanks', at: T + 3 * DAY }, T, database);
    expect(await latestOf(database, 'con-a')).toBe(T + 3 * DAY);
    expect(await latestOf(database, 'con-b')).toBeNull();
    await expectInStep(database);
  });

  it('follows an update that changes the type, the time or the contact', async () => {
    const database = await withContacts();
    const older = await createRecord(
      'gestures',
      { contactId: 'con-a', type: 'gift', at: T - 9 * DAY },
      T,
      database,
    );
    const latest = await createRecord(
      'gestures',
      { contactId: 'con-a', type: 'gift', at: T - DAY },
      T,
      database,
    );

    await updateRecord('gestures', latest.id, { note: 'Wrapped' }, T, database);
    expect(await latestOf(database, 'con-a')).toBe(T - DAY);
    await updateRecord('gestures', latest.id, { type: 'referral-ask' }, T, database);
    expect(await latestOf(database, 'con-a')).toBe(T - 9 * DAY);
    await updateRecord('gestures', latest.id, { type: 'introduction' }, T, database);
    expect(await latestOf(database, 'con-a')).toBe(T - DAY);
    await updateRecord('gestures', latest.id, { at: T - 20 * DAY }, T, database);
    expect(await latestOf(database, 'con-a')).toBe(T - 9 * DAY);
    await updateRecord('gestures', older.id, { contactId: 'con-b' }, T, database);
    expect(await latestOf(database, 'con-a')).toBe(T - 20 * DAY);
    expect(await latestOf(database, 'con-b')).toBe(T - 9 * DAY);
    await updateRecord('gestures', latest.id, { contactId: 'con-b' }, T, database);
    expect(await latestOf(database, 'con-a')).toBeNull();
    await expectInStep(database);
  });

  it('falls back when the latest give is deleted, and comes back with undo', async () => {
    const database = await withContacts();
    await createRecord('gestures', { contactId: 'con-a', type: 'gift', at: T - 9 * DAY }, T, database);
    const latest = await createRecord(
      'gestures',
      { contactId: 'con-a', type: 'gift', at: T - DAY },
      T,
      database,
    );
    // A second give at the very same time keeps the latest where it is.
    const twin = await createRecord(
      'gestures',
      { contactId: 'con-a', type: 'thanks', at: T - DAY },
      T,
      database,
    );
    const before = await readEverything(database);

    const deleted = await deleteRecord('gestures', latest.id, database);
    expect(await latestOf(database, 'con-a')).toBe(T - DAY);
    await deleteRecord('gestures', twin.id, database);
    expect(await latestOf(database, 'con-a')).toBe(T - 9 * DAY);
    await expectInStep(database);

    await restoreDeleted(deleted!, database);
    await putRecords({ gestures: [twin] }, database);
    expect(await readEverything(database)).toEqual(before);
  });

  it('goes with a deleted contact’s gestures, and comes back when the deletion is undone', async () => {
    const database = await withContacts();
    await createRecord('gestures', { contactId: 'con-a', type: 'gift', at: T - DAY }, T, database);
    await createRecord('gestures', { contactId: 'con-b', type: 'gift', at: T - 2 * DAY }, T, database);
    await createRecord(
      'followUps',
      {
        contactId: 'con-a',
        dueAt: T,
        reason: 'Call',
        source: 'manual',
        goalId: null,
        stepId: null,
        snoozedUntil: null,
        doneAt: null,
      },
      T,
      database,
    );
    await createRecord(
      'goals',
      {
        contactId: 'con-a',
        accountId: null,
        title: 'Reference',
        targetLevelId: null,
        targetRevenue: null,
        deadline: T + 30 * DAY,
        evidence: [],
        steps: [],
        status: 'open',
      },
      T,
      database,
    );
    const before = await readEverything(database);

    const snapshot = await deleteRecord('contacts', 'con-a', database);
    const derived = await readDerived(database);
    expect(derived.latestGives).toEqual([{ contactId: 'con-b', at: T - 2 * DAY }]);
    expect(derived.openFollowUps).toEqual([]);
    expect(derived.openGoals).toEqual([]);
    await expectInStep(database);

    await restoreDeleted(snapshot!, database);
    expect(await readEverything(database)).toEqual(before);
  });

  it('takes a deleted contact’s gestures as the deletion read them, and reads none of them again', async () => {
    // Below Rapport's middlewares (level 10): sees every read they make, and the deletion's own.
    const reads: string[] = [];
    const database = freshDatabase();
    database.use({
      stack: 'dbcore',
      name: 'GestureReads',
      level: 5,
      create: (down) => ({
        ...down,
        table(name) {
          const table = down.table(name);
          if (name !== 'gestures') return table;
          return {
            ...table,
            getMany: (request) => (reads.push('getMany'), table.getMany(request)),
            query: (request) => (reads.push('query'), table.query(request)),
            mutate: (request) => (reads.push(request.type), table.mutate(request)),
          };
        },
      }),
    });
    await seedDatabase(database, {
      accounts: [{ id: 'acc', name: 'Acme', domains: [], revenue: 0, potential: 0, ...stamps }],
      contacts: CONTACTS.map(contact),
      gestures: [
        gesture('g1', 'con-a', 'gift', T - DAY),
        gesture('g2', 'con-a', 'article', T - 3 * DAY),
        gesture('g3', 'con-b', 'gift', T - 2 * DAY),
      ],
    });
    await rebuildDerivedTables(database);
    reads.length = 0;

    const snapshot = await deleteRecord('contacts', 'con-a', database);
    // One query finds con-a's gestures; the delete needs neither a read of them nor of what is left.
    expect(reads).toEqual(['query', 'delete']);
    expect(await latestOf(database, 'con-a')).toBeNull();
    await expectInStep(database);

    await restoreDeleted(snapshot!, database);
    expect(await latestOf(database, 'con-a')).toBe(T - DAY);
    await expectInStep(database);
  });

  it('is recomputed when a backup is restored, and again when the restore is undone', async () => {
    const database = await withContacts();
    await createRecord('gestures', { contactId: 'con-c', type: 'gift', at: T - DAY }, T, database);
    const before = await readEverything(database);

    const backup = await readBackupFile(fileWith(validBackupJson()));
    const { previous } = await restoreBackup(backup, { database });
    expect((await readDerived(database)).latestGives).toEqual([{ contactId: 'con-ada', at: 1700000200000 }]);
    await expectInStep(database);

    await restoreBackup(previous, { database });
    expect(await readEverything(database)).toEqual(before);
  });

  it('is written a contact at a time when a backup holding their gestures apart is restored', async () => {
    const database = await withContacts();
    // In id order, as a backup holds them: each contact's gestures apart from each other.
    const gestures = [
      gesture('g1', 'con-a', 'gift', T - 5 * DAY),
      gesture('g2', 'con-b', 'gift', T - 4 * DAY),
      gesture('g3', 'con-a', 'article', T - 3 * DAY),
      gesture('g4', 'con-c', 'gift', T - 2 * DAY),
      gesture('g5', 'con-b', 'referral-ask', T - DAY),
      gesture('g6', 'con-a', 'gift', T),
    ];
    await putRecords({ gestures }, database);
    const { previous } = await restoreBackup(await readBackupFile(fileWith(validBackupJson())), {
      database,
    });
    expect(previous.tables.gestures.map((row) => row.id)).toEqual(['g1', 'g2', 'g3', 'g4', 'g5', 'g6']);

    const added = vi.spyOn(database.table<Gesture, string>('gestures'), 'bulkAdd');
    await restoreBackup(previous, { database });
    const written = added.mock.calls.flatMap(([rows]) => rows.map((row) => row.contactId));
    expect(written).toEqual(['con-a', 'con-a', 'con-a', 'con-b', 'con-b', 'con-c']);
    expect(await latestOf(database, 'con-a')).toBe(T);
    await expectInStep(database);
  });

  it('is kept by Dexie’s own methods in a transaction that names only the gestures', async () => {
    const database = await withContacts();
    const gestures = database.gestures;
    await database.transaction('rw', [gestures], async () => {
      await gestures.add(gesture('g1', 'con-a', 'gift', T - 3 * DAY));
      await gestures.bulkAdd([gesture('g2', 'con-a', 'gift', T - DAY), gesture('g3', 'con-b', 'article', T)]);
      // One key twice in one bulkPut: the last one is what stays.
      await gestures.bulkPut([
        gesture('g4', 'con-c', 'gift', T + DAY),
        gesture('g4', 'con-c', 'gift', T - 7 * DAY),
      ]);
    });
    expect(await latestOf(database, 'con-c')).toBe(T - 7 * DAY);
    await expectInStep(database);

    await gestures.where('contactId').equals('con-a').modify({ type: 'testimonial-ask' });
    expect(await latestOf(database, 'con-a')).toBeNull();
    await gestures.update('g1', { type: 'gift' });
    expect(await latestOf(database, 'con-a')).toBe(T - 3 * DAY);
    await expectInStep(database);

    await gestures
      .where('at')
      .above(T - 2 * DAY)
      .delete();
    await gestures.bulkDelete(['g4']);
    expect(await latestOf(database, 'con-b')).toBeNull();
    await expectInStep(database);

    await gestures.clear();
    expect(await database.latestGives.count()).toBe(0);
    await gestures.put(gesture('g5', 'con-b', 'gift', T));
    await database.gestures.where(':id').between('g5', 'g6').delete(); // a primary-key range
    expect(await database.latestGives.count()).toBe(0);
  });

  it('is rolled back with the write when the transaction fails', async () => {
    const database = await withContacts();
    await createRecord('gestures', { contactId: 'con-a', type: 'gift', at: T - 9 * DAY }, T, database);
    await expect(
      database.transaction('rw', [database.gestures], async () => {
        await database.gestures.add(gesture('g-new', 'con-a', 'gift', T));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await latestOf(database, 'con-a')).toBe(T - 9 * DAY);
    await expectInStep(database);
  });

  it('never counts a damaged give, and reports it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const database = await withContacts();
    await seedDatabase(database, {
      gestures: [
        gesture('g-ok', 'con-a', 'gift', T - 9 * DAY),
        { ...gesture('g-bad', 'con-a', 'gift', T - DAY), createdAt: -5 },
      ],
    });
    expect(await latestOf(database, 'con-a')).toBe(T - 9 * DAY);
    expect(listCorruptRecords(database).map((record) => record.id)).toEqual(['g-bad']);
    await expectInStep(database);
  });

  it('stays out of the way of a database opened at version 1', async () => {
    const database = freshDatabase(schemaVersions.slice(0, 1));
    await seedDatabase(database, { accounts: [], contacts: [contact('con-a')] });
    // Straight into the table: the validated writes span today's tables, which version 1 lacks.
    await database.gestures.add(gesture('g-1', 'con-a', 'gift', T));
    expect(database.tables.map((table) => table.name)).not.toContain('latestGives');
    expect(await database.gestures.count()).toBe(1);
  });

  it('can be rebuilt from the records', async () => {
    const database = await withContacts();
    await createRecord('gestures', { contactId: 'con-a', type: 'gift', at: T }, T, database);
    await database.latestGives.put({ contactId: 'con-a', at: 1 });
    await database.openGoals.put({ id: 'nothing', until: Infinity });
    await rebuildDerivedTables(database);
    await expectInStep(database);
  });
});

describe('open follow-ups, goals and issues', () => {
  it('lists a record while it is open, until when, and drops it when it is closed or deleted', async () => {
    const database = await withContacts();
    const open = await createRecord(
      'followUps',
      {
        contactId: 'con-a',
        dueAt: T,
        reason: 'Call',
        source: 'manual',
        goalId: null,
        stepId: null,
        snoozedUntil: null,
        doneAt: null,
      },
      T,
      database,
    );
    const goal = await createRecord('goals', openGoal(null, 'acc'), T, database);
    const issue = await createRecord(
      'accountIssues',
      { accountId: 'acc', kind: 'billing', description: 'Wrong rate', openedAt: T - DAY, resolvedAt: null },
      T,
      database,
    );
    expect(await database.openFollowUps.toArray()).toEqual([{ id: open.id, until: Infinity }]);
    expect(await database.openGoals.toArray()).toEqual([{ id: goal.id, until: Infinity }]);
    expect(await database.openIssues.toArray()).toEqual([{ id: issue.id, until: Infinity }]);

    await updateRecord('followUps', open.id, { doneAt: T }, T, database);
    await updateRecord('goals', goal.id, { status: 'achieved' }, T, database);
    await updateRecord('accountIssues', issue.id, { resolvedAt: T + DAY }, T, database);
    expect(await database.openFollowUps.count()).toBe(0);
    expect(await database.openGoals.count()).toBe(0);
    expect(await database.openIssues.toArray()).toEqual([{ id: issue.id, until: T + DAY }]);
    await expectInStep(database);

    await updateRecord('followUps', open.id, { doneAt: null }, T, database);
    await updateRecord('goals', goal.id, { status: 'open' }, T, database);
    expect(await database.openFollowUps.count()).toBe(1);
    expect(await database.openGoals.count()).toBe(1);
    await deleteRecord('accounts', 'acc', database);
    expect(await readDerived(database)).toEqual({
      latestGives: [],
      openFollowUps: [{ id: open.id, until: Infinity }],
      openGoals: [],
      openIssues: [],
    });
    await expectInStep(database);
  });
});

describe('the book stamp’s list of writes of some contacts’ rows', () => {
  const bookStamp = async (database: RapportDatabase) =>
    (await database.caches.get('book-stamp')) as CacheStamp | undefined;

  it('lists each such write with the stamp before it and its contacts, and empties after any other', async () => {
    const database = await withContacts();
    const start = (await bookStamp(database))!;
    // The contacts themselves were added after the account, in the same transaction: listed, and placed.
    expect(start.changes).toHaveLength(1);
    expect(start.changes![0]!.contactIds).toEqual(CONTACTS);
    expect(start.changes![0]!.placed).toEqual({ contactIds: CONTACTS, accountIds: ['acc'] });
    await createRecord('gestures', { contactId: 'con-a', type: 'gift', at: T }, T, database);
    const afterGive = (await bookStamp(database))!;
    expect(afterGive.stamp).not.toBe(start.stamp);
    expect(afterGive.changes!.at(-1)).toEqual({ after: start.stamp, contactIds: ['con-a'] });

    // A follow-up moved to another contact: both are listed.
    await database.followUps.add(followUp('f1', 'con-b', null));
    const [added] = (await bookStamp(database))!.changes!.slice(-1);
    expect(added!.contactIds).toEqual(['con-b']);
    await database.followUps.update('f1', { contactId: 'con-c' });
    const moved = (await bookStamp(database))!;
    expect(moved.changes!.at(-1)!.contactIds.sort()).toEqual(['con-b', 'con-c']);
    expect(contactsChangedSince(moved, start.stamp)).toEqual({
      contactIds: ['con-a', 'con-b', 'con-c'],
      placed: { contactIds: [], accountIds: [] },
    });
    expect(contactsChangedSince(moved, afterGive.stamp)!.contactIds.sort()).toEqual(['con-b', 'con-c']);
    expect(contactsChangedSince(moved, 'a stamp never seen')).toBeNull();

    // Any other table the queue reads: nothing before can be caught up with.
    await updateRecord('accounts', 'acc', { revenue: 5_000 }, T, database);
    const afterAccount = (await bookStamp(database))!;
    expect(afterAccount.changes ?? []).toEqual([]);
    expect(contactsChangedSince(afterAccount, moved.stamp)).toBeNull();
    await database.gestures.clear();
    expect((await bookStamp(database))!.changes ?? []).toEqual([]);
  });

  it('lists a write of a few contacts, with those it added, removed or moved and their accounts; empties when it clears them', async () => {
    const database = await withContacts();
    const start = (await bookStamp(database))!;
    await updateRecord('contacts', 'con-a', { levelId: 'client', cadenceDays: 9 }, T, database);
    await database.contacts.bulkPut([
      { ...contact('con-b'), name: 'Bea Renamed', tags: ['vip'] },
      { ...contact('con-c'), emails: ['c@example.com'] },
    ]);
    // Edits in place: listed, nobody placed.
    expect((await bookStamp(database))!.changes!.slice(1)).toEqual([
      { after: expect.any(String), contactIds: ['con-a'] },
      { after: expect.any(String), contactIds: ['con-b', 'con-c'] },
    ]);
    expect(contactsChangedSince(await bookStamp(database), start.stamp)!.contactIds.sort()).toEqual(CONTACTS);

    await seedDatabase(database, {
      accounts: [{ id: 'acc-2', name: 'Beta', domains: [], revenue: 0, potential: 0, ...stamps }],
    });
    // Each of these can change who else is where on the queue: listed with the accounts it touched.
    const placedWrites: Array<[string, () => Promise<unknown>, string[], string[], string[]]> = [
      // what, write, contacts listed, of which placed, their accounts
      ['added', () => database.contacts.add(contact('con-new')), ['con-new'], ['con-new'], ['acc']],
      ['put anew', () => database.contacts.put(contact('con-newer')), ['con-newer'], ['con-newer'], ['acc']],
      [
        'edited and added',
        () => database.contacts.bulkPut([contact('con-c'), contact('con-newest')]),
        ['con-c', 'con-newest'],
        ['con-newest'],
        ['acc'],
      ],
      [
        'roles',
        () => updateRecord('contacts', 'con-a', { roles: ['champion'] }, T, database),
        ['con-a'],
        ['con-a'],
        ['acc'],
      ],
      [
        'moved',
        () => updateRecord('contacts', 'con-a', { accountId: 'acc-2' }, T, database),
        ['con-a'],
        ['con-a'],
        ['acc', 'acc-2'],
      ],
      [
        'left',
        () => updateRecord('contacts', 'con-b', { left: true }, T, database),
        ['con-b'],
        ['con-b'],
        ['acc'],
      ],
      [
        'to no account',
        () => updateRecord('contacts', 'con-a', { accountId: null }, T, database),
        ['con-a'],
        ['con-a'],
        ['acc-2'],
      ],
      ['deleted', () => database.contacts.delete('con-c'), ['con-c'], ['con-c'], ['acc']],
      ['deleted, none there', () => database.contacts.delete('con-none'), [], [], []],
    ];
    for (const [what, write, contactIds, placed, accountIds] of placedWrites) {
      const before = (await bookStamp(database))!;
      await write();
      const change = (await bookStamp(database))!.changes!.at(-1);
      // Nothing there to delete: nothing written, so the stamp and its list stay as they were.
      if (contactIds.length === 0) {
        expect(await bookStamp(database), what).toEqual(before);
        continue;
      }
      expect(change, what).toEqual({
        after: before.stamp,
        contactIds,
        placed: { contactIds: placed, accountIds: accountIds },
      });
    }

    await database.gestures.add(gesture('g-last', 'con-a', 'gift', T));
    expect((await bookStamp(database))!.changes).not.toEqual([]);
    await database.contacts.clear();
    expect((await bookStamp(database))!.changes).toEqual([]);
  });

  it('lists a write of a contact’s own goal, and empties for a goal of an account', async () => {
    const database = await withContacts();
    const start = (await bookStamp(database))!;
    const own = await createRecord('goals', openGoal('con-a', null), T, database);
    await updateRecord('goals', own.id, { contactId: 'con-b' }, T, database);
    expect(contactsChangedSince(await bookStamp(database), start.stamp)!.contactIds.sort()).toEqual([
      'con-a',
      'con-b',
    ]);
    await createRecord('goals', openGoal(null, 'acc'), T, database);
    expect((await bookStamp(database))!.changes).toEqual([]);
  });

  it('does not list a write of more contacts than it keeps', async () => {
    const database = await withContacts();
    const many = Array.from({ length: MAX_LISTED_CONTACTS + 1 }, (_, i) => contact(`con-${i}`));
    await seedDatabase(database, { contacts: many });
    await database.gestures.add(gesture('g1', 'con-a', 'gift', T));
    await database.contacts.bulkPut(many.map((row) => ({ ...row, name: 'Renamed' })));
    expect((await bookStamp(database))!.changes).toEqual([]);
  });

  it('lets the oldest writes go once the list is long or names many contacts, and all for a write of too many', async () => {
    const database = await withContacts();
    // An account written: the list starts empty.
    await updateRecord('accounts', 'acc', { revenue: 1 }, T, database);
    const stamps: string[] = [];
    for (let i = 0; i <= MAX_STAMP_CHANGES; i++) {
      stamps.push((await bookStamp(database))!.stamp);
      await database.gestures.add(gesture(`g${i}`, 'con-a', 'gift', T - i));
      const { changes } = (await bookStamp(database))!;
      expect(changes).toHaveLength(Math.min(i + 1, MAX_STAMP_CHANGES));
    }
    // The first write is no longer listed; a reader that kept up with the second still catches up.
    const current = await bookStamp(database);
    expect(contactsChangedSince(current, stamps[0]!)).toBeNull();
    expect(contactsChangedSince(current, stamps[1]!)!.contactIds).toEqual(['con-a']);

    const many = Array.from({ length: MAX_LISTED_CONTACTS - 1 }, (_, i) => `con-${i}`);
    await seedDatabase(database, { contacts: many.map(contact) });
    await updateRecord('accounts', 'acc', { revenue: 2 }, T, database);
    await database.gestures.add(gesture('one', 'con-a', 'gift', T));
    const beforeMany = (await bookStamp(database))!.stamp;
    const listed = async () =>
      (await bookStamp(database))!.changes!.map(({ contactIds }) => contactIds.length);
    // Up to the limit of contacts, listed.
    await database.gestures.bulkAdd(many.map((id) => gesture(`many-${id}`, id, 'gift', T)));
    expect(await listed()).toEqual([1, MAX_LISTED_CONTACTS - 1]);
    expect(contactsChangedSince(await bookStamp(database), beforeMany)!.contactIds).toHaveLength(
      MAX_LISTED_CONTACTS - 1,
    );
    // The same contacts again (as a deletion lists them for each table it writes): each counted once.
    await database.gestures.bulkAdd(many.map((id) => gesture(`again-${id}`, id, 'gift', T)));
    expect(await listed()).toEqual([1, MAX_LISTED_CONTACTS - 1, MAX_LISTED_CONTACTS - 1]);
    // One contact more than the limit: the oldest write goes.
    await database.gestures.add(gesture('bea', 'con-b', 'gift', T));
    expect(await listed()).toEqual([MAX_LISTED_CONTACTS - 1, MAX_LISTED_CONTACTS - 1, 1]);
    // A write of more contacts than the limit on its own: nothing before it can be caught up with.
    await database.gestures.bulkAdd(
      [...many, 'con-a', 'con-b'].map((id) => gesture(`more-${id}`, id, 'gift', T)),
    );
    expect((await bookStamp(database))!.changes).toEqual([]);
  });

  it('renews no stamp for a write of no rows, as putting back records of a few tables writes every table', async () => {
    const database = await withContacts();
    await database.gestures.add(gesture('g1', 'con-a', 'gift', T));
    const stamps = () => database.caches.bulkGet(['book-stamp', 'accounts-stamp']);
    const before = await stamps();
    await database.accounts.bulkPut([]);
    await database.contacts.bulkPut([]);
    await database.contacts.bulkDelete([]);
    await database.gestures.bulkAdd([]);
    expect(await stamps()).toEqual(before);
    // An undo of a give (touch.ts) puts back no follow-ups, and leaves the list to catch up with.
    await putRecords({ followUps: [] }, database);
    expect(await stamps()).toEqual(before);
    expect((await bookStamp(database))!.changes!.at(-1)!.contactIds).toEqual(['con-a']);
  });

  it('leaves the book stamp and its list as they were after deleting rows that are not there', async () => {
    const database = await withContacts();
    await database.gestures.add(gesture('g1', 'con-a', 'gift', T));
    const before = await bookStamp(database);
    await database.contacts.delete('no-such-contact');
    await database.gestures.bulkDelete(['no-such-gesture', 'nor-this-one']);
    expect(await bookStamp(database)).toEqual(before);
  });

  it('goes back with the write when the transaction fails', async () => {
    const database = await withContacts();
    const before = await bookStamp(database);
    await expect(
      database.transaction('rw', database.gestures, async () => {
        await database.gestures.add(gesture('g1', 'con-a', 'gift', T));
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await bookStamp(database)).toEqual(before);
  });
});

describe('random sequences of writes', () => {
  type Op =
    | { kind: 'create'; contact: number; type: GestureType; day: number }
    | { kind: 'update'; pick: number; contact?: number; type?: GestureType; day?: number; note?: string }
    | { kind: 'delete'; pick: number }
    | { kind: 'delete-contact-and-undo'; contact: number }
    | { kind: 'bulk-put'; rows: { pick: number; contact: number; type: GestureType; day: number }[] }
    | { kind: 'follow-up'; contact: number; done: boolean }
    | { kind: 'toggle-follow-up'; pick: number }
    | { kind: 'clear' };

  // Few contacts, few days, give and ask types: ties, future dates and moves between contacts are common.
  const types: GestureType[] = ['gift', 'article', 'referral-ask', 'shared-strategy'];
  const contactIndex = fc.integer({ min: 0, max: CONTACTS.length - 1 });
  const type = fc.constantFrom(...types);
  const day = fc.integer({ min: -4, max: 2 });
  const pick = fc.nat(50);
  const op: fc.Arbitrary<Op> = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({ kind: fc.constant('create' as const), contact: contactIndex, type, day }),
    },
    {
      weight: 4,
      arbitrary: fc.record(
        {
          kind: fc.constant('update' as const),
          pick,
          contact: contactIndex,
          type,
          day,
          note: fc.constantFrom('a', 'b'),
        },
        { requiredKeys: ['kind', 'pick'] },
      ),
    },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('delete-contact-and-undo' as const), contact: contactIndex }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('bulk-put' as const),
        rows: fc.array(fc.record({ pick: fc.nat(8), contact: contactIndex, type, day }), { maxLength: 4 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('follow-up' as const),
        contact: contactIndex,
        done: fc.boolean(),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('toggle-follow-up' as const), pick }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
  );

  async function run(database: RapportDatabase, step: Op): Promise<void> {
    const gestureIds = await database.gestures.toCollection().primaryKeys();
    const picked = (n: number) => gestureIds[n % Math.max(1, gestureIds.length)];
    switch (step.kind) {
      case 'create':
        await createRecord(
          'gestures',
          { contactId: CONTACTS[step.contact]!, type: step.type, at: T + step.day * DAY },
          T,
          database,
        );
        return;
      case 'update': {
        const id = picked(step.pick);
        if (id === undefined) return;
        await updateRecord(
          'gestures',
          id,
          {
            ...(step.contact === undefined ? {} : { contactId: CONTACTS[step.contact]! }),
            ...(step.type === undefined ? {} : { type: step.type }),
            ...(step.day === undefined ? {} : { at: T + step.day * DAY }),
            ...(step.note === undefined ? {} : { note: step.note }),
          },
          T,
          database,
        );
        return;
      }
      case 'delete': {
        const id = picked(step.pick);
        if (id !== undefined) await deleteRecord('gestures', id, database);
        return;
      }
      case 'delete-contact-and-undo': {
        const snapshot = await deleteRecord('contacts', CONTACTS[step.contact]!, database);
        await expectInStep(database);
        await restoreDeleted(snapshot!, database);
        return;
      }
      case 'bulk-put':
        await putRecords(
          {
            gestures: step.rows.map((row) =>
              gesture(`bulk-${row.pick}`, CONTACTS[row.contact]!, row.type, T + row.day * DAY),
            ),
          },
          database,
        );
        return;
      case 'follow-up':
        await database.followUps.add(
          followUp(`fu-${crypto.randomUUID()}`, CONTACTS[step.contact]!, step.done ? T : null),
        );
        return;
      case 'toggle-follow-up': {
        const ids = await database.followUps.toCollection().primaryKeys();
        const id = ids[step.pick % Math.max(1, ids.length)];
        if (id === undefined) return;
        const current = await database.followUps.get(id);
        await updateRecord('followUps', id, { doneAt: current?.doneAt === null ? T : null }, T, database);
        return;
      }
      case 'clear':
        await database.transaction('rw', [database.gestures, database.followUps], async () => {
          await database.gestures.clear();
          await database.followUps.clear();
        });
        return;
    }
  }

  it('leave the derived tables equal to a full scan after every write', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (steps) => {
        const database = await withContacts();
        try {
          for (const step of steps) {
            await run(database, step);
            await expectInStep(database);
          }
        } finally {
          database.close();
        }
      }),
      { numRuns: 40 },
    );
    // Forty databases and up to a thousand transactions: seconds, and no measure of speed.
  }, 120_000);
});
