import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { deleteContacts, setContactsLevel, undoBulkContactChange } from '../../lib/db/bulk-contact-actions';
import { contactRowsLoader } from '../../lib/db/contact-rows';
import type { RapportDatabase } from '../../lib/db/database';
import { newContactDefaults } from '../../lib/db/contacts';
import { deleteRecord } from '../../lib/db/deletion';
import { createRecord, updateRecord } from '../../lib/db/records';
import { logTouch } from '../../lib/db/touch';
import type { ContactRow } from '../../lib/portfolio/contact-rows';
import { account, contact, day, deal, followUp, gesture, NOW } from '../domain/builders';
import { afterRandomWrites } from './book-writes';
import { NOW as BOOK_NOW } from './priority-arbitraries';
import { freshDatabase, seedDatabase } from './test-database';

describe('contactRowsLoader', () => {
  it('reads one row per valid contact with last give, open follow-ups and tiers', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      accounts: [account({ id: 'acme', name: 'Acme', revenue: 500 })],
      contacts: [
        contact({ id: 'ada', name: 'Ada', cadenceDays: 30 }),
        contact({ id: 'ben', name: 'Ben', accountId: null, cadenceDays: 30 }),
        // Damaged: no name. Skipped and reported, never a row.
        { ...contact({ id: 'bad' }), name: '' },
      ],
      gestures: [
        gesture('ada', 'gift', day(-40)),
        gesture('ada', 'gift', day(-10)),
        // Logged ahead: the last give now is still day(-5).
        gesture('ben', 'article', day(-5)),
        gesture('ben', 'article', day(3)),
      ],
      followUps: [
        followUp('ada', day(1), { id: 'open' }),
        followUp('ada', day(-30), { id: 'done', doneAt: day(-29) }),
      ],
    });
    const { rows, ladder, gestureReads } = await contactRowsLoader(database).load(NOW);
    expect(ladder.levels[0]?.id).toBe('prospect');
    expect(gestureReads).toBe(0);
    expect(rows.map((r) => r.id).sort()).toEqual(['ada', 'ben']);
    const ada = rows.find((r) => r.id === 'ada')!;
    const ben = rows.find((r) => r.id === 'ben')!;
    expect(ada).toMatchObject({ accountName: 'Acme', tier: 'top', lastGiveAt: day(-10), dueAt: day(1) });
    expect(ada.dueBucket).toBe('week');
    expect(ben).toMatchObject({ accountName: null, lastGiveAt: day(-5), dueAt: day(25) });
  });

  it('reads the gestures of only the contacts a reference would settle', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      accounts: [account({ id: 'acme' })],
      contacts: [
        contact({ id: 'yes', levelId: 'supporter', roles: ['decision-maker', 'influencer'] }),
        contact({ id: 'no', levelId: 'supporter', roles: ['decision-maker'] }),
        contact({ id: 'low', levelId: 'customer' }),
      ],
      deals: [deal({ accountId: 'acme' }), deal({ accountId: 'acme' })],
      gestures: [
        gesture('yes', 'check-in', day(-3)),
        gesture('no', 'check-in', day(-3)),
        gesture('yes', 'reference-ask', day(-2), { outcome: 'yes' }),
        gesture('no', 'reference-ask', day(-2), { outcome: 'pending' }),
      ],
    });
    const { rows, gestureReads } = await contactRowsLoader(database).load(NOW);
    expect(gestureReads).toBe(2);
    const unsupported = Object.fromEntries(rows.map((r) => [r.id, r.levelUnsupported]));
    expect(unsupported).toEqual({ yes: false, no: true, low: false });
  });
});

describe('contactRowsLoader, loading again', () => {
  /** Ann and Bob at Acme, Cy at no account; a follow-up of Bob's open. */
  async function book() {
    const database = freshDatabase();
    await seedDatabase(database, {
      accounts: [
        account({ id: 'acme', name: 'Acme', revenue: 900 }),
        account({ id: 'tiny', name: 'Tiny', revenue: 100 }),
      ],
      contacts: [
        contact({ id: 'ann', name: 'Ann', accountId: 'acme', cadenceDays: 30 }),
        contact({ id: 'bob', name: 'Bob', accountId: 'acme', cadenceDays: 30 }),
        contact({ id: 'cy', name: 'Cy', accountId: null, cadenceDays: 30 }),
      ],
      gestures: [gesture('ann', 'gift', day(-10)), gesture('bob', 'gift', day(-20))],
      followUps: [followUp('bob', day(2), { id: 'call-bob' })],
    });
    return database;
  }

  const byId = (rows: ContactRow[]) => Object.fromEntries(rows.map((row) => [row.id, row]));

  /** Loads of `loader`'s rows, each checked to read no contact table whole and to give what a fresh read gives. */
  function caughtUpLoads(database: RapportDatabase, loader: ReturnType<typeof contactRowsLoader>) {
    const wholeReads = vi.spyOn(database.contacts, 'toArray');
    return {
      async load(at: number): Promise<ContactRow[]> {
        wholeReads.mockClear();
        const { rows } = await loader.load(at);
        expect(wholeReads).not.toHaveBeenCalled();
        expect(rows).toEqual((await contactRowsLoader(database).load(at)).rows);
        return rows;
      },
      restore: () => wholeReads.mockRestore(),
    };
  }

  it('after a few contacts’ writes reads only theirs, and gives what a fresh read gives', async () => {
    const database = await book();
    const loader = contactRowsLoader(database);
    await loader.load(NOW);
    const caughtUp = caughtUpLoads(database, loader);
    const check = async (at: number) => byId(await caughtUp.load(at));

    // Each write a minute after the last load, and each load a minute after it, as in use.
    let clock = NOW;
    const tick = () => (clock += 60_000);
    const after = async (write: (at: number) => Promise<unknown>) => {
      await write(tick());
      return check(tick());
    };

    const gave = await after((at) => logTouch({ contactId: 'ann', type: 'article' }, at, database));
    expect(gave.ann?.lastGiveAt).toBe(NOW + 60_000);

    const leveled = await after((at) =>
      updateRecord('contacts', 'bob', { levelId: 'client', cadenceDays: 10 }, at, database),
    );
    expect(leveled.bob).toMatchObject({ level: { id: 'client' }, cadenceDays: 10 });

    const ticked = await after((at) => updateRecord('followUps', 'call-bob', { doneAt: at }, at, database));
    expect(ticked.bob?.dueAt).toBe(day(-20 + 10));

    let dee = '';
    const added = await after(async (at) => {
      const fields = { ...newContactDefaults, name: 'Dee', accountId: 'tiny', levelId: 'prospect' };
      dee = (await createRecord('contacts', fields, at, database)).id;
    });
    expect(added[dee]).toMatchObject({ name: 'Dee', accountName: 'Tiny' });

    const moved = await after((at) => updateRecord('contacts', 'cy', { accountId: 'acme' }, at, database));
    expect(moved.cy).toMatchObject({ accountId: 'acme', tier: 'top' });

    expect((await after(() => deleteRecord('contacts', 'ann', database))).ann).toBeUndefined();

    // Nothing written, a day later: the rows move with the time all the same.
    expect((await check(day(1))).bob?.dueBucket).toBe('overdue');
    expect(loader.latest()?.rows).toEqual((await contactRowsLoader(database).load(day(1))).rows);
    caughtUp.restore();
  });

  it('after bulk actions on hundreds of contacts, and their undo, reads only theirs', async () => {
    const database = freshDatabase();
    const people = Array.from({ length: 300 }, (_, i) =>
      contact({
        id: `p-${String(i).padStart(3, '0')}`,
        name: `Person ${i}`,
        accountId: 'acme',
        cadenceDays: 30,
      }),
    );
    await seedDatabase(database, {
      accounts: [account({ id: 'acme', name: 'Acme' })],
      contacts: people,
      gestures: people.slice(0, 150).map(({ id }) => gesture(id, 'gift', day(-5))),
      followUps: people.slice(100, 200).map(({ id }) => followUp(id, day(3))),
    });
    const loader = contactRowsLoader(database);
    await loader.load(NOW);
    const caughtUp = caughtUpLoads(database, loader);
    const check = caughtUp.load;
    const ids = people.slice(0, 250).map(({ id }) => id);

    const leveled = await setContactsLevel(ids, 'client', NOW + 60_000, database);
    expect((await check(NOW + 120_000)).filter((row) => row.level.id === 'client')).toHaveLength(250);
    await undoBulkContactChange(leveled, database);
    expect((await check(NOW + 180_000)).filter((row) => row.level.id === 'client')).toHaveLength(0);

    // Their gestures and follow-ups go with them.
    await deleteContacts(ids.slice(0, 200), database);
    expect((await check(NOW + 240_000)).map((row) => row.id)).toEqual(people.slice(200).map(({ id }) => id));
    caughtUp.restore();
  });

  it('reads everything again after a deal, an account’s value, or a give logged ahead that came to pass', async () => {
    const database = await book();
    const loader = contactRowsLoader(database);
    await loader.load(NOW);
    const wholeReads = vi.spyOn(database.contacts, 'toArray');
    const readsAll = async (at: number) => {
      wholeReads.mockClear();
      const { rows } = await loader.load(at);
      const readAll = wholeReads.mock.calls.length > 0;
      expect(rows).toEqual((await contactRowsLoader(database).load(at)).rows);
      return readAll;
    };

    await createRecord(
      'deals',
      { accountId: 'tiny', contactId: null, amount: 10, closedAt: day(-1) },
      NOW,
      database,
    );
    expect(await readsAll(NOW)).toBe(true);

    await updateRecord('accounts', 'tiny', { revenue: 10_000 }, NOW, database);
    expect(await readsAll(NOW)).toBe(true);
    // Tiny is now worth most of the book: Ann's Acme is no longer its top tier.
    expect(byId(loader.latest()!.rows).ann?.tier).not.toBe('top');

    // Logged two days ahead: a catch-up now, and a read of everything once that day has come.
    await logTouch({ contactId: 'bob', type: 'gift', at: day(2) }, NOW, database);
    expect(await readsAll(NOW)).toBe(false);
    expect(byId(loader.latest()!.rows).bob?.lastGiveAt).toBe(day(-20));
    expect(await readsAll(day(1))).toBe(false);
    expect(await readsAll(day(3))).toBe(true);
    expect(byId(loader.latest()!.rows).bob?.lastGiveAt).toBe(day(2));
    wholeReads.mockRestore();
  });

  it('caught up after random writes, gives exactly what a fresh read gives', async () => {
    await fc.assert(
      afterRandomWrites(async (database) => {
        const loader = contactRowsLoader(database);
        await loader.load(BOOK_NOW);
        return async (now) => {
          expect(await loader.load(now)).toEqual(await contactRowsLoader(database).load(now));
        };
      }),
      { numRuns: 80 },
    );
  }, 120_000);
});
