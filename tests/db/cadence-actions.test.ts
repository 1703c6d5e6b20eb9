import { describe, expect, it } from 'vitest';
import { setContactCadence, undoCadenceChange } from '../../lib/db/cadence-actions';
import { followUpClock, loadFollowUpView } from '../../lib/db/follow-up-view';
import { account, contact, day, gesture, NOW } from '../domain/builders';
import { freshDatabase, readEverything, seedDatabase } from './test-database';

async function setUp() {
  const database = freshDatabase();
  await seedDatabase(database, {
    accounts: [
      account({ id: 'big', revenue: 1_000_000 }),
      account({ id: 'small', revenue: 10 }),
      account({ id: 'zero', revenue: 0 }),
    ],
    contacts: [
      contact({ id: 'ada', levelId: 'customer', accountId: 'big' }),
      contact({ id: 'cy', levelId: 'customer', accountId: null }),
    ],
    gestures: [gesture('ada', 'gift', day(-3)), gesture('ada', 'referral-ask', day(-1))],
  });
  return database;
}

describe("a contact's cadence", () => {
  it('comes from the level and the account tier by default', async () => {
    const database = await setUp();
    const view = await loadFollowUpView('ada', database);
    expect(view?.tier).toBe('top');
    expect(view?.cadence).toEqual({ days: 14, source: 'level' });
    expect(followUpClock(view!, NOW).lastGiveAt).toBe(day(-3));
  });

  it("for a contact without an account, is that of an account worth nothing among everyone's", async () => {
    const database = await setUp();
    const view = await loadFollowUpView('cy', database);
    expect(view?.tier).toBe('low');
    expect(view?.cadence).toEqual({ days: 60, source: 'level' });
  });

  it('can be set for the contact, back to the default, and undone exactly', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    const previous = await setContactCadence('ada', 7, NOW, database);
    const view = await loadFollowUpView('ada', database);
    expect(view?.cadence).toEqual({ days: 7, source: 'contact' });
    expect(view?.defaultCadence).toEqual({ days: 14, source: 'level' });
    await undoCadenceChange(previous, database);
    expect(await readEverything(database)).toEqual(before);

    await setContactCadence('ada', 7, NOW, database);
    await setContactCadence('ada', null, NOW + 1, database);
    expect((await loadFollowUpView('ada', database))?.cadence.source).toBe('level');
  });

  it('refuses a cadence out of range and saves nothing', async () => {
    const database = await setUp();
    await expect(setContactCadence('ada', 0, NOW, database)).rejects.toThrow(/cadenceDays/);
    expect((await database.contacts.get('ada'))?.cadenceDays).toBeNull();
  });

  it('has no view for someone who is not there', async () => {
    expect(await loadFollowUpView('nobody', freshDatabase())).toBeNull();
  });
});
