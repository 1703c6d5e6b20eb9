import { afterEach, describe, expect, it } from 'vitest';
import type { RapportDatabase } from '../../lib/db/database';
import { loadPriorityQueue } from '../../lib/db/priority-source';
import { markDone, shareWith, snoozeEntry } from '../../lib/popup/popup-actions';
import { freshDatabase, readEverything, seedDatabase } from '../db/test-database';
import { contact, day, followUp, NOW } from '../domain/builders';

let database: RapportDatabase;
afterEach(() => database?.close());

const queueIds = async () => (await loadPriorityQueue(NOW, {}, database)).entries.map((e) => e.contactId);
const entryOf = async (contactId: string) =>
  (await loadPriorityQueue(NOW, {}, database)).entries.find((e) => e.contactId === contactId)!;

async function seed() {
  database = freshDatabase();
  await seedDatabase(database, {
    contacts: [
      contact({ id: 'late', name: 'Lara Late', accountId: null, cadenceDays: 30 }),
      contact({ id: 'soon', name: 'Sol Soon', accountId: null, cadenceDays: 30, createdAt: day(-5) }),
    ],
    followUps: [
      followUp('late', day(-3), { id: 'f-late' }),
      // A manual follow-up later this week: logTouch leaves it open, "Done" on it completes it.
      followUp('soon', day(2), { id: 'f-soon' }),
    ],
  });
}

describe('the popup’s actions', () => {
  it('Done logs the gesture, takes the contact off the list, and undo puts everything back', async () => {
    await seed();
    const before = await readEverything(database);
    const offer = await markDone(
      await entryOf('late'),
      'Lara Late',
      'check-in',
      undefined,
      null,
      NOW,
      database,
    );
    expect(offer.message).toBe('Logged “Checked in on the product” for Lara Late.');
    expect(await queueIds()).toEqual(['soon']);
    const gestures = await database.gestures.toArray();
    expect(gestures).toMatchObject([{ contactId: 'late', type: 'check-in', at: NOW }]);
    await offer.undo();
    expect(await readEverything(database)).toEqual(before);
  });

  it('Done on a follow-up due later this week completes it too, and undo reopens it', async () => {
    await seed();
    const offer = await markDone(await entryOf('soon'), 'Sol Soon', 'thanks', undefined, null, NOW, database);
    expect(await queueIds()).toEqual(['late']);
    expect((await database.followUps.get('f-soon'))?.doneAt).toBe(NOW);
    await offer.undo();
    expect((await database.followUps.get('f-soon'))?.doneAt).toBeNull();
    expect(await database.gestures.count()).toBe(0);
  });

  it('an ask logged as Done does not answer the reminder', async () => {
    await seed();
    const offer = await markDone(
      await entryOf('soon'),
      'Sol Soon',
      'referral-ask',
      'yes',
      null,
      NOW,
      database,
    );
    expect(offer.message).toBe('Logged “Asked for a referral (they said yes)” for Sol Soon.');
    expect(await queueIds()).toEqual(['late', 'soon']);
  });

  it('Done with “Shared an article” records the page being read and names it, and undo removes it', async () => {
    await seed();
    const page = { url: 'https://news.example.com/a', title: 'Cloud costs are falling' };
    const offer = await markDone(
      await entryOf('late'),
      'Lara Late',
      'article',
      undefined,
      page,
      NOW,
      database,
    );
    expect(offer.message).toBe('Logged “Cloud costs are falling” as shared with Lara Late.');
    expect(await database.gestures.toArray()).toMatchObject([
      { contactId: 'late', type: 'article', title: page.title, url: page.url, at: NOW },
    ]);
    await offer.undo();
    expect(await database.gestures.count()).toBe(0);
  });

  it('Done with “Shared an article” and no page to record logs it without one', async () => {
    await seed();
    const offer = await markDone(
      await entryOf('late'),
      'Lara Late',
      'article',
      undefined,
      null,
      NOW,
      database,
    );
    expect(offer.message).toBe('Logged “Shared an article” for Lara Late.');
    const [logged] = await database.gestures.toArray();
    expect(logged).toMatchObject({ contactId: 'late', type: 'article' });
    expect(logged).not.toHaveProperty('url');
    expect(logged).not.toHaveProperty('title');
  });

  it('Done with another gesture records no page, even with one being read', async () => {
    await seed();
    const page = { url: 'https://news.example.com/a', title: 'Cloud costs are falling' };
    await markDone(await entryOf('late'), 'Lara Late', 'check-in', undefined, page, NOW, database);
    const [logged] = await database.gestures.toArray();
    expect(logged).not.toHaveProperty('url');
    expect(logged).not.toHaveProperty('title');
  });

  it('Snooze takes the contact off the list until then, and undo brings them back', async () => {
    await seed();
    const before = await readEverything(database);
    const offer = await snoozeEntry('late', 'Lara Late', day(3), 'until Thursday', NOW, database);
    expect(offer.message).toBe('Snoozed Lara Late until Thursday.');
    expect(await queueIds()).toEqual(['soon']);
    await offer.undo();
    expect(await readEverything(database)).toEqual(before);
  });

  it('Shared this with… logs the article with its title and address, and undo removes it', async () => {
    await seed();
    const page = { url: 'https://news.example.com/a', title: 'Cloud costs are falling' };
    const offer = await shareWith('late', 'Lara Late', page, NOW, database);
    expect(offer.message).toBe('Logged “Cloud costs are falling” as shared with Lara Late.');
    expect(await database.gestures.toArray()).toMatchObject([
      { contactId: 'late', type: 'article', title: page.title, url: page.url, at: NOW },
    ]);
    expect(await queueIds()).toEqual(['soon']);
    await offer.undo();
    expect(await database.gestures.count()).toBe(0);
    expect(await queueIds()).toEqual(['late', 'soon']);
  });
});
