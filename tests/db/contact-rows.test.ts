import { describe, expect, it } from 'vitest';
import { loadContactRows } from '../../lib/db/contact-rows';
import { account, contact, day, deal, followUp, gesture, NOW } from '../domain/builders';
import { freshDatabase, seedDatabase } from './test-database';

describe('loadContactRows', () => {
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
    const { rows, ladder, gestureReads } = await loadContactRows(NOW, database);
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
    const { rows, gestureReads } = await loadContactRows(NOW, database);
    expect(gestureReads).toBe(2);
    const unsupported = Object.fromEntries(rows.map((r) => [r.id, r.levelUnsupported]));
    expect(unsupported).toEqual({ yes: false, no: true, low: false });
  });
});
