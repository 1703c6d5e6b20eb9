import { describe, expect, it } from 'vitest';
import { accountPortfolioLoader } from '../../lib/db/account-portfolio';
import { account, contact, day, deal, followUp, gesture, issue, NOW } from '../domain/builders';
import { freshDatabase, seedDatabase } from './test-database';

describe('accountPortfolioLoader', () => {
  it('reads every account with its people, coverage, issues, deals and next due', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      accounts: [
        account({ id: 'acme', name: 'Acme', revenue: 900 }),
        account({ id: 'beta', name: 'Beta', revenue: 100 }),
      ],
      contacts: [
        contact({
          id: 'dana',
          name: 'Dana',
          accountId: 'acme',
          roles: ['decision-maker'],
          createdAt: day(-400),
        }),
        contact({
          id: 'dirk',
          name: 'Dirk',
          accountId: 'acme',
          roles: ['decision-maker'],
          createdAt: day(-400),
        }),
        contact({ id: 'bob', name: 'Bob', accountId: 'beta', createdAt: day(-10) }),
      ],
      gestures: [
        gesture('dana', 'article', day(-3)),
        gesture('dirk', 'article', day(-300)),
        // Logged ahead: not a touch yet.
        gesture('bob', 'check-in', day(5)),
      ],
      followUps: [followUp('bob', day(2)), followUp('bob', day(-50), { doneAt: day(-49) })],
      deals: [
        deal({ accountId: 'acme', amount: 2000, closedAt: day(30) }),
        deal({ accountId: 'acme', amount: 9999, closedAt: day(-30) }),
      ],
      accountIssues: [
        issue({ accountId: 'acme', resolvedAt: null }),
        issue({ accountId: 'acme', resolvedAt: day(-1) }),
      ],
    });

    const { rows, ladder, now } = await accountPortfolioLoader(database).load(NOW);
    expect(now).toBe(NOW);
    expect(ladder.levels.length).toBeGreaterThan(1);
    const acme = rows.find((row) => row.accountId === 'acme')!;
    const beta = rows.find((row) => row.accountId === 'beta')!;

    expect(acme).toMatchObject({
      tier: 'top',
      contactCount: 2,
      openIssues: 1,
      openDeals: { count: 1, value: 2000 },
    });
    expect(acme.coverage[0]).toMatchObject({ known: 2, related: 1 });
    // Dirk's cadence (prospect, top tier: 30 days) ran out long ago.
    expect(acme.nextDue?.contactId).toBe('dirk');
    expect(acme.nextDue!.at).toBe(day(-300 + 30));
    // Bob's open follow-up in two days comes before his cadence; the done one does not count.
    expect(beta.nextDue).toEqual({ at: day(2), contactId: 'bob', contactName: 'Bob' });
    expect(beta.openIssues).toBe(0);
  });

  it('follows changes: a resolved issue and a closed deal drop out', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      accounts: [account({ id: 'acme', name: 'Acme' })],
      accountIssues: [issue({ id: 'i1', accountId: 'acme', resolvedAt: null })],
      deals: [deal({ id: 'd1', accountId: 'acme', closedAt: day(10) })],
    });
    expect((await accountPortfolioLoader(database).load(NOW)).rows[0]).toMatchObject({
      openIssues: 1,
      openDeals: { count: 1 },
    });
    await database.accountIssues.update('i1', { resolvedAt: day(-1) });
    await database.deals.update('d1', { closedAt: day(-1) });
    expect((await accountPortfolioLoader(database).load(NOW)).rows[0]).toMatchObject({
      openIssues: 0,
      openDeals: { count: 0 },
    });
  });

  it('is empty without accounts', async () => {
    expect((await accountPortfolioLoader(freshDatabase()).load(NOW)).rows).toEqual([]);
  });
});
