/**
 * Every open relationship goal with what the dashboard's goals view shows
 * about it (lib/portfolio/goal-groups.ts), in one read transaction: the open
 * goals' ids from the derived `openGoals` table, then those goals by key;
 * their contacts and accounts by key, and everyone at the accounts of account
 * goals through the `accountId` index (to know whom their follow-ups go to).
 * Achieved and abandoned goals are only counted.
 */
import { toInstant, type Now } from '../domain/time';
import { buildGoalGroups, type GoalGroup } from '../portfolio/goal-groups';
import { db, type RapportDatabase } from './database';
import { keepValid } from './read';
import { getSetting, ladderSetting } from './settings';

export interface GoalPortfolio {
  groups: GoalGroup[];
  /** Open goals shown (all groups). */
  openCount: number;
  /** Achieved or abandoned goals, not shown. */
  closedCount: number;
  now: number;
}

const defined = <T>(value: T | undefined): value is T => value !== undefined;

export async function loadGoalPortfolio(now: Now, database: RapportDatabase = db): Promise<GoalPortfolio> {
  const at = toInstant(now);
  const tables = [
    database.goals,
    database.openGoals,
    database.contacts,
    database.accounts,
    database.settings,
  ];
  return database.transaction('r', tables, async () => {
    const [openIds, total, ladder] = await Promise.all([
      database.openGoals.where('until').above(at).primaryKeys(),
      database.goals.count(),
      getSetting(ladderSetting, database),
    ]);
    const goals = keepValid(database, 'goals', (await database.goals.bulkGet(openIds)).filter(defined));
    const contactIds = [
      ...new Set(goals.flatMap((goal) => (goal.contactId === null ? [] : [goal.contactId]))),
    ];
    const accountGoalIds = [
      ...new Set(goals.flatMap((goal) => (goal.accountId === null ? [] : [goal.accountId]))),
    ];
    const [goalContacts, accountContacts] = await Promise.all([
      database.contacts.bulkGet(contactIds),
      accountGoalIds.length === 0
        ? Promise.resolve([])
        : database.contacts.where('accountId').anyOf(accountGoalIds).toArray(),
    ]);
    const contacts = keepValid(database, 'contacts', [...goalContacts.filter(defined), ...accountContacts]);
    const accountIds = [
      ...new Set([
        ...accountGoalIds,
        ...contacts.flatMap((c) => (c.accountId === null ? [] : [c.accountId])),
      ]),
    ];
    const accounts = keepValid(
      database,
      'accounts',
      (await database.accounts.bulkGet(accountIds)).filter(defined),
    );
    const unique = [...new Map(contacts.map((contact) => [contact.id, contact])).values()];
    const groups = buildGoalGroups({ goals, contacts: unique, accounts, ladder }, at);
    const openCount = groups.reduce((sum, group) => sum + group.goals.length, 0);
    return { groups, openCount, closedCount: Math.max(0, total - openIds.length), now: at };
  });
}
