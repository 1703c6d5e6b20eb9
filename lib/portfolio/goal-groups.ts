/**
 * The relationship goals across all accounts, for the dashboard: every open
 * goal with its contact (a contact goal's own contact; for an account goal,
 * whoever its follow-ups go to, goals.ts goalContactId), its progress and its
 * overdue steps, grouped by account (goals of people at no account last).
 * Within a group, goals with overdue steps come first, then the earliest
 * deadline.
 */
import { compareText } from '../domain/compare-text';
import { goalContactId, goalView, type GoalView } from '../domain/goals';
import type { Account, Contact, Goal, Ladder } from '../db/schema';

export interface GoalEntry {
  goal: Goal;
  /** Whom to open for this goal; null for an account goal of an account with nobody left there. */
  contactId: string | null;
  contactName: string | null;
  targetLevelName: string | null;
  view: GoalView;
}

export interface GoalGroup {
  /** Null for the goals of people at no account. */
  accountId: string | null;
  accountName: string | null;
  goals: GoalEntry[];
}

export interface GoalGroupFacts {
  /** Open goals (others are left out here). */
  goals: readonly Goal[];
  /** The contacts of those goals, and everyone at the accounts of the account goals. */
  contacts: readonly Contact[];
  accounts: readonly Account[];
  ladder: Ladder;
}

export function buildGoalGroups(facts: GoalGroupFacts, now: number): GoalGroup[] {
  const contacts = new Map(facts.contacts.map((contact) => [contact.id, contact]));
  const accounts = new Map(facts.accounts.map((account) => [account.id, account]));
  const atAccount = new Map<string, Contact[]>();
  for (const contact of facts.contacts) {
    if (contact.accountId === null) continue;
    const list = atAccount.get(contact.accountId);
    if (list) list.push(contact);
    else atAccount.set(contact.accountId, [contact]);
  }
  const groups = new Map<string | null, GoalGroup>();
  for (const goal of facts.goals) {
    if (goal.status !== 'open') continue;
    const contact = goal.contactId === null ? undefined : contacts.get(goal.contactId);
    // A contact goal whose contact is gone has nobody to show it for.
    if (goal.contactId !== null && contact === undefined) continue;
    const accountId = goal.accountId ?? contact?.accountId ?? null;
    const account = accountId === null ? undefined : accounts.get(accountId);
    const ownerId = goalContactId(goal, accountId === null ? [] : (atAccount.get(accountId) ?? []));
    const owner = ownerId === null ? undefined : contacts.get(ownerId);
    const targetLevel =
      goal.targetLevelId === null
        ? null
        : (facts.ladder.levels.find((level) => level.id === goal.targetLevelId)?.name ?? goal.targetLevelId);
    const entry: GoalEntry = {
      goal,
      contactId: owner?.id ?? null,
      contactName: owner?.name ?? null,
      targetLevelName: targetLevel,
      view: goalView(
        goal,
        { ladder: facts.ladder, levelId: owner?.levelId ?? null, revenue: account?.revenue ?? null },
        now,
      ),
    };
    const key = account === undefined ? null : account.id;
    let group = groups.get(key);
    if (group === undefined) {
      group = { accountId: key, accountName: account?.name ?? null, goals: [] };
      groups.set(key, group);
    }
    group.goals.push(entry);
  }

  for (const group of groups.values()) {
    group.goals.sort(
      (a, b) =>
        Number(b.view.overdueSteps.length > 0) - Number(a.view.overdueSteps.length > 0) ||
        a.goal.deadline - b.goal.deadline ||
        compareText(a.goal.id, b.goal.id),
    );
  }
  return [...groups.values()].sort((a, b) => {
    if (a.accountName === null || b.accountName === null) return a.accountName === null ? 1 : -1;
    return a.accountName.localeCompare(b.accountName) || compareText(a.accountId!, b.accountId!);
  });
}

/** Only the goals with overdue steps, in groups that still have any. */
export function onlyOverdue(groups: readonly GoalGroup[]): GoalGroup[] {
  return groups
    .map((group) => ({ ...group, goals: group.goals.filter((entry) => entry.view.overdueSteps.length > 0) }))
    .filter((group) => group.goals.length > 0);
}
