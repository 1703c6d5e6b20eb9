import { describe, expect, it } from 'vitest';
import { loadGoalPortfolio } from '../../lib/db/goal-portfolio';
import { account, contact, day, goal, NOW } from '../domain/builders';
import { freshDatabase, seedDatabase } from './test-database';

describe('loadGoalPortfolio', () => {
  it('reads open goals grouped by account, with their contacts, and counts the closed ones', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      accounts: [account({ id: 'acme', name: 'Acme' }), account({ id: 'beta', name: 'Beta' })],
      contacts: [
        contact({ id: 'dana', name: 'Dana', accountId: 'acme' }),
        contact({ id: 'deb', name: 'Deb', accountId: 'beta', roles: ['decision-maker'] }),
      ],
      goals: [
        goal({
          id: 'g1',
          contactId: 'dana',
          title: 'Reference',
          steps: [{ id: 's', text: 'Ask', dueAt: day(-2), doneAt: null }],
        }),
        goal({ id: 'g2', contactId: null, accountId: 'beta', title: 'Grow Beta' }),
        goal({ id: 'g3', contactId: 'dana', status: 'achieved' }),
        goal({ id: 'g4', contactId: 'dana', status: 'abandoned' }),
      ],
    });
    const portfolio = await loadGoalPortfolio(NOW, database);
    expect(portfolio.openCount).toBe(2);
    expect(portfolio.closedCount).toBe(2);
    expect(
      portfolio.groups.map((group) => [
        group.accountName,
        group.goals.map((e) => [e.goal.id, e.contactName]),
      ]),
    ).toEqual([
      ['Acme', [['g1', 'Dana']]],
      ['Beta', [['g2', 'Deb']]],
    ]);
    expect(portfolio.groups[0]!.goals[0]!.view.overdueSteps).toHaveLength(1);
  });

  it('drops a goal once it is achieved', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: [contact({ id: 'dana', accountId: null })],
      goals: [goal({ id: 'g1', contactId: 'dana' })],
    });
    expect((await loadGoalPortfolio(NOW, database)).openCount).toBe(1);
    await database.goals.update('g1', { status: 'achieved' });
    const after = await loadGoalPortfolio(NOW, database);
    expect(after).toMatchObject({ openCount: 0, closedCount: 1, groups: [] });
  });
});
