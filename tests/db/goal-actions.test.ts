import { describe, expect, it } from 'vitest';
import { restoreDeleted } from '../../lib/db/deletion';
import {
  createGoalWithPlan,
  deleteGoal,
  loadGoals,
  setEvidenceMet,
  setGoalStatus,
  setStepDone,
  undoGoalChange,
} from '../../lib/db/goal-actions';
import type { GoalDraft } from '../../lib/domain/goal-inputs';
import { account, contact, day, NOW } from '../domain/builders';
import { freshDatabase, readEverything, seedDatabase } from './test-database';

async function setUp() {
  const database = freshDatabase();
  await seedDatabase(database, {
    accounts: [account({ id: 'acme', name: 'Acme' })],
    contacts: [
      contact({ id: 'ada', name: 'Ada', accountId: 'acme' }),
      contact({ id: 'bo', name: 'Bo', accountId: 'acme', roles: ['champion'] }),
    ],
  });
  return database;
}

const draft: GoalDraft = {
  owner: 'contact',
  title: 'A reference by March',
  targetLevelId: 'supporter',
  targetRevenue: null,
  deadline: day(90),
  evidence: ['Took a reference call', 'Introduced me to their manager'],
  steps: [
    { text: 'Ask at the review', dueAt: day(10) },
    { text: 'Send the case study', dueAt: day(20) },
  ],
};

async function created(
  database: Awaited<ReturnType<typeof setUp>>,
  owner: 'contact' | 'account' = 'contact',
) {
  const change = await createGoalWithPlan(
    { contactId: 'ada', accountId: 'acme' },
    { ...draft, owner },
    NOW,
    database,
  );
  const goal = (await database.goals.get(change.createdGoalIds[0]!))!;
  return { change, goal };
}

describe('goal actions', () => {
  it('create the goal and one follow-up per step, keyed by goal and step', async () => {
    const database = await setUp();
    const { goal } = await created(database);
    expect(goal).toMatchObject({
      contactId: 'ada',
      accountId: null,
      status: 'open',
      title: 'A reference by March',
    });
    expect(goal.evidence.map((e) => e.met)).toEqual([false, false]);
    const followUps = await database.followUps.toArray();
    expect(followUps.map((f) => [f.contactId, f.source, f.goalId, f.stepId, f.dueAt]).sort()).toEqual(
      goal.steps.map((s) => ['ada', 'goal', goal.id, s.id, s.dueAt]).sort(),
    );
  });

  it("give an account goal's follow-ups to the account's champion", async () => {
    const database = await setUp();
    const { goal } = await created(database, 'account');
    expect(goal).toMatchObject({ contactId: null, accountId: 'acme' });
    expect(new Set((await database.followUps.toArray()).map((f) => f.contactId))).toEqual(new Set(['bo']));
    const goals = await loadGoals('ada', 'acme', database);
    expect(goals?.accountGoals.map((g) => g.id)).toEqual([goal.id]);
    expect(goals?.contactGoals).toEqual([]);
  });

  it('undo a creation completely', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    const { change } = await created(database);
    await undoGoalChange(change, database);
    expect(await readEverything(database)).toEqual(before);
  });

  it('tick evidence, with undo', async () => {
    const database = await setUp();
    const { goal } = await created(database);
    const before = await readEverything(database);
    const change = await setEvidenceMet(goal.id, goal.evidence[1]!.id, true, NOW, database);
    expect((await database.goals.get(goal.id))?.evidence.map((e) => e.met)).toEqual([false, true]);
    await undoGoalChange(change, database);
    expect(await readEverything(database)).toEqual(before);
  });

  it('ticking a step done closes its follow-up, unticking reopens it, and undo restores', async () => {
    const database = await setUp();
    const { goal } = await created(database);
    const step = goal.steps[0]!;
    const before = await readEverything(database);
    const change = await setStepDone(goal.id, step.id, true, NOW, database);
    const ofStep = async () =>
      (await database.followUps.where('goalId').equals(goal.id).toArray()).find((f) => f.stepId === step.id)!;
    expect((await ofStep()).doneAt).toBe(NOW);
    const other = (await database.followUps.toArray()).find((f) => f.stepId !== step.id);
    expect(other?.doneAt).toBeNull();
    await undoGoalChange(change, database);
    expect(await readEverything(database)).toEqual(before);

    await setStepDone(goal.id, step.id, true, NOW, database);
    await setStepDone(goal.id, step.id, false, NOW + 1, database);
    expect((await ofStep()).doneAt).toBeNull();
    expect((await database.goals.get(goal.id))?.steps[0]?.doneAt).toBeNull();
  });

  it('ending a goal closes its open follow-ups; undo reopens them', async () => {
    const database = await setUp();
    const { goal } = await created(database);
    const before = await readEverything(database);
    const change = await setGoalStatus(goal.id, 'achieved', NOW, database);
    expect((await database.goals.get(goal.id))?.status).toBe('achieved');
    expect((await database.followUps.toArray()).every((f) => f.doneAt === NOW)).toBe(true);
    await undoGoalChange(change, database);
    expect(await readEverything(database)).toEqual(before);
  });

  it('delete a goal with its follow-ups, and restore both', async () => {
    const database = await setUp();
    const { goal } = await created(database);
    const before = await readEverything(database);
    const snapshot = await deleteGoal(goal.id, database);
    expect(await database.followUps.count()).toBe(0);
    await restoreDeleted(snapshot!, database);
    expect(await readEverything(database)).toEqual(before);
  });

  it('refuse an account goal for a contact without an account', async () => {
    const database = await setUp();
    await expect(
      createGoalWithPlan(
        { contactId: 'ada', accountId: null },
        { ...draft, owner: 'account' },
        NOW,
        database,
      ),
    ).rejects.toThrow(/no account/);
    expect(await database.goals.count()).toBe(0);
  });
});
