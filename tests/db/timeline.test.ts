import { describe, expect, it } from 'vitest';
import { loadTimeline } from '../../lib/db/timeline';
import { account, contact, day, deal, gesture } from '../domain/builders';
import { freshDatabase, seedDatabase } from './test-database';

function note(id: string, contactId: string | null, at: number, accountId: string | null = null) {
  return { id, contactId, accountId, text: `note ${id}`, at, createdAt: at, updatedAt: at };
}

describe('a contact timeline', () => {
  it("merges gestures, notes and the account's deals newest first, saying whom each deal is attributed to", async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      accounts: [account({ id: 'acme', name: 'Acme' }), account({ id: 'other' })],
      contacts: [contact({ id: 'ada', accountId: 'acme' }), contact({ id: 'bob', accountId: 'acme' })],
      gestures: [
        gesture('ada', 'gift', day(-1), { id: 'g1' }),
        gesture('bob', 'gift', day(-2), { id: 'g-bob' }),
      ],
      notes: [note('n1', 'ada', day(-3)), note('n-acc', null, day(-4), 'acme')],
      deals: [
        deal({ id: 'd-ada', accountId: 'acme', contactId: 'ada', closedAt: day(-5) }),
        deal({ id: 'd-acc', accountId: 'acme', contactId: null, closedAt: day(-6) }),
        deal({ id: 'd-bob', accountId: 'acme', contactId: 'bob', closedAt: day(-7) }),
        deal({ id: 'd-other', accountId: 'other', contactId: null, closedAt: day(-2) }),
      ],
    });
    const timeline = await loadTimeline('ada', database);
    expect(timeline?.accountName).toBe('Acme');
    expect(
      timeline?.entries.map((e) => `${e.kind}:${e.id}${e.kind === 'deal' ? `:${e.attribution}` : ''}`),
    ).toEqual(['gesture:g1', 'note:n1', 'deal:d-ada:contact', 'deal:d-acc:account', 'deal:d-bob:colleague']);
    expect(timeline?.gestures.map((g) => g.id)).toEqual(['g1']);
  });

  it('shows the deals naming a contact who has no account', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      accounts: [account({ id: 'acme' })],
      contacts: [contact({ id: 'ada', accountId: null })],
      deals: [deal({ id: 'd1', accountId: 'acme', contactId: 'ada' }), deal({ id: 'd2', accountId: 'acme' })],
    });
    const timeline = await loadTimeline('ada', database);
    expect(timeline?.accountName).toBeNull();
    expect(timeline?.entries.map((e) => e.id)).toEqual(['d1']);
  });

  it('is null for a contact that does not exist', async () => {
    expect(await loadTimeline('nobody', freshDatabase())).toBeNull();
  });
});
