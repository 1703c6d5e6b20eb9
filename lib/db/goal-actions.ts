/**
 * Working on goals: create one with its action plan, tick evidence and
 * steps, mark it achieved or abandoned, delete it. Each runs in one
 * transaction and returns a GoalChange that undoGoalChange takes back.
 *
 * A goal's dated steps are follow-ups (source 'goal', with goalId and
 * stepId; lib/domain/goals.ts goalFollowUps), for the goal's contact, or for
 * an account goal the account's champion, else a decision maker, else anyone
 * still there (goalContactId). Ticking a step done closes its follow-up and
 * unticking reopens it; ending a goal (achieved, abandoned) closes the
 * follow-ups of its open steps.
 */
import { goalContactId, goalFollowUps } from '../domain/goals';
import type { GoalDraft } from '../domain/goal-inputs';
import { db, type RapportDatabase } from './database';
import { deleteRecord } from './deletion';
import { newId } from './ids';
import { getRecord, keepValid } from './read';
import { createRecord, putRecords, updateRecord } from './records';
import type { FollowUp, Goal } from './schema';
import { RecordNotFoundError } from './validation';

export interface GoalChange {
  before: { goals: Goal[]; followUps: FollowUp[] };
  /** Goals created (undo deletes them, with their follow-ups). */
  createdGoalIds: string[];
}

function emptyChange(): GoalChange {
  return { before: { goals: [], followUps: [] }, createdGoalIds: [] };
}

async function goalOf(goalId: string, database: RapportDatabase): Promise<Goal> {
  const goal = await getRecord('goals', goalId, database);
  if (goal === undefined) throw new RecordNotFoundError('goals', goalId);
  return goal;
}

async function followUpsOfGoal(goalId: string, database: RapportDatabase): Promise<FollowUp[]> {
  return keepValid(database, 'followUps', await database.followUps.where('goalId').equals(goalId).toArray());
}

/** Sets doneAt on the goal's follow-ups that match, remembering them as they were. */
async function setFollowUpsDone(
  goalId: string,
  matches: (followUp: FollowUp) => boolean,
  doneAt: number | null,
  now: number,
  change: GoalChange,
  database: RapportDatabase,
): Promise<void> {
  for (const followUp of await followUpsOfGoal(goalId, database)) {
    if (!matches(followUp) || followUp.doneAt === doneAt || (doneAt !== null && followUp.doneAt !== null))
      continue;
    await updateRecord('followUps', followUp.id, { doneAt }, now, database);
    change.before.followUps.push(followUp);
  }
}

/**
 * Creates the goal for the contact (owner 'contact') or their account
 * (owner 'account'), and a follow-up for each step, all in one transaction.
 */
export async function createGoalWithPlan(
  owner: { contactId: string; accountId: string | null },
  draft: GoalDraft,
  now: number,
  database: RapportDatabase = db,
): Promise<GoalChange> {
  const forAccount = draft.owner === 'account';
  if (forAccount && owner.accountId === null)
    throw new Error('This contact has no account to set a goal for.');
  return database.transaction('rw', database.tables, async () => {
    const goal = await createRecord(
      'goals',
      {
        contactId: forAccount ? null : owner.contactId,
        accountId: forAccount ? owner.accountId : null,
        title: draft.title,
        targetLevelId: draft.targetLevelId,
        targetRevenue: draft.targetRevenue,
        deadline: draft.deadline,
        evidence: draft.evidence.map((text) => ({ id: newId(), text, met: false })),
        steps: draft.steps.map((step) => ({ id: newId(), text: step.text, dueAt: step.dueAt, doneAt: null })),
        status: 'open',
      },
      now,
      database,
    );
    const people =
      goal.accountId === null
        ? []
        : keepValid(
            database,
            'contacts',
            await database.contacts.where('accountId').equals(goal.accountId).toArray(),
          );
    const contactId = goalContactId(goal, people);
    if (contactId !== null) {
      for (const followUp of goalFollowUps(goal, contactId)) {
        await createRecord('followUps', { ...followUp, snoozedUntil: null, doneAt: null }, now, database);
      }
    }
    return { ...emptyChange(), createdGoalIds: [goal.id] };
  });
}

export async function setEvidenceMet(
  goalId: string,
  evidenceId: string,
  met: boolean,
  now: number,
  database: RapportDatabase = db,
): Promise<GoalChange> {
  return database.transaction('rw', database.tables, async () => {
    const goal = await goalOf(goalId, database);
    const evidence = goal.evidence.map((item) => (item.id === evidenceId ? { ...item, met } : item));
    await updateRecord('goals', goalId, { evidence }, now, database);
    return { ...emptyChange(), before: { goals: [goal], followUps: [] } };
  });
}

/** Ticks a step done (closing its follow-up) or not done (reopening it). */
export async function setStepDone(
  goalId: string,
  stepId: string,
  done: boolean,
  now: number,
  database: RapportDatabase = db,
): Promise<GoalChange> {
  return database.transaction('rw', database.tables, async () => {
    const goal = await goalOf(goalId, database);
    const change: GoalChange = { ...emptyChange(), before: { goals: [goal], followUps: [] } };
    const steps = goal.steps.map((step) =>
      step.id === stepId ? { ...step, doneAt: done ? now : null } : step,
    );
    await updateRecord('goals', goalId, { steps }, now, database);
    // Reopen a step's follow-up only while the goal itself is open.
    if (done || goal.status === 'open') {
      await setFollowUpsDone(goalId, (f) => f.stepId === stepId, done ? now : null, now, change, database);
    }
    return change;
  });
}

/** Ends a goal (achieved or abandoned), closing the follow-ups still open for it. */
export async function setGoalStatus(
  goalId: string,
  status: 'achieved' | 'abandoned',
  now: number,
  database: RapportDatabase = db,
): Promise<GoalChange> {
  return database.transaction('rw', database.tables, async () => {
    const goal = await goalOf(goalId, database);
    const change: GoalChange = { ...emptyChange(), before: { goals: [goal], followUps: [] } };
    await updateRecord('goals', goalId, { status }, now, database);
    await setFollowUpsDone(goalId, () => true, now, now, change, database);
    return change;
  });
}

/** Deletes a goal and its follow-ups; restoreDeleted (deletion.ts) puts them back. */
export function deleteGoal(goalId: string, database: RapportDatabase = db) {
  return deleteRecord('goals', goalId, database);
}

export async function undoGoalChange(change: GoalChange, database: RapportDatabase = db): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    for (const id of change.createdGoalIds) await deleteRecord('goals', id, database);
    await putRecords({ goals: change.before.goals, followUps: change.before.followUps }, database);
  });
}

export interface GoalsOfContact {
  contactName: string;
  accountName: string | null;
  /** Whom an account goal's follow-ups go to (goalContactId), by name; null with nobody there. */
  accountFollowUpsTo: string | null;
  contactGoals: Goal[];
  accountGoals: Goal[];
  /** What says whether a goal's target is reached (goals.ts goalTargetReached), but the ladder. */
  targets: {
    /** The contact's level, for the contact's goals. */
    contactLevelId: string;
    /** The level of whoever the account's goals' follow-ups go to (goalContactId); null with nobody there. */
    accountOwnerLevelId: string | null;
    /** The account's revenue to date. */
    revenue: number | null;
  };
}

/** The goals of the contact and of their account, newest deadline last; null when the contact is gone. */
export async function loadGoals(
  contactId: string,
  accountId: string | null,
  database: RapportDatabase = db,
): Promise<GoalsOfContact | null> {
  return database.transaction('r', [database.contacts, database.accounts, database.goals], async () => {
    const contact = await getRecord('contacts', contactId, database);
    if (contact === undefined) return null;
    const byDeadline = (a: Goal, b: Goal) => a.deadline - b.deadline || a.createdAt - b.createdAt;
    const [contactGoals, accountGoals, account, people] = await Promise.all([
      database.goals.where('contactId').equals(contactId).toArray(),
      accountId === null
        ? Promise.resolve([])
        : database.goals.where('accountId').equals(accountId).toArray(),
      accountId === null ? Promise.resolve(undefined) : getRecord('accounts', accountId, database),
      accountId === null
        ? Promise.resolve([])
        : database.contacts.where('accountId').equals(accountId).toArray(),
    ]);
    const placed = keepValid(database, 'contacts', people);
    const ownerId = goalContactId({ contactId: null }, placed);
    const owner = placed.find((person) => person.id === ownerId);
    return {
      contactName: contact.name,
      accountName: account?.name ?? null,
      accountFollowUpsTo: owner?.name ?? null,
      contactGoals: keepValid(database, 'goals', contactGoals).sort(byDeadline),
      accountGoals: keepValid(database, 'goals', accountGoals).sort(byDeadline),
      targets: {
        contactLevelId: contact.levelId,
        accountOwnerLevelId: owner?.levelId ?? null,
        revenue: account?.revenue ?? null,
      },
    };
  });
}
