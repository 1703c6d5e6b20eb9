import { describe, expect, it } from 'vitest';
import { defaultLadder } from '../../lib/domain/default-ladder';
import { goalContactId, goalFollowUps, goalProgress, goalView, nextStepDueAt } from '../../lib/domain/goals';
import { contact, day, goal, NOW } from './builders';

const evidence = (...met: boolean[]) => met.map((m, i) => ({ id: `e${i}`, text: `Evidence ${i}`, met: m }));
const step = (id: string, dueAt: number, doneAt: number | null = null) => ({
  id,
  text: `Step ${id}`,
  dueAt,
  doneAt,
});

describe('goalProgress', () => {
  it('is the evidence met over all the evidence', () => {
    expect(goalProgress(goal({ evidence: evidence(true, false, true, false) }))).toEqual({
      met: 2,
      total: 4,
      ratio: 0.5,
    });
  });

  it('is 0 while the checklist is empty', () => {
    expect(goalProgress(goal({ evidence: [] }))).toEqual({ met: 0, total: 0, ratio: 0 });
  });
});

describe('goalView', () => {
  const context = { ladder: defaultLadder, levelId: null, revenue: null };

  it('lists open steps, earliest first, and the ones whose day has passed', () => {
    const view = goalView(
      goal({
        steps: [step('b', day(5)), step('a', day(-2)), step('c', day(0)), step('d', day(-9), day(-8))],
      }),
      context,
      NOW,
    );
    expect(view.openSteps.map((s) => s.id)).toEqual(['a', 'c', 'b']);
    expect(view.overdueSteps.map((s) => s.id)).toEqual(['a']);
  });

  it('counts calendar days to the deadline, negative once passed', () => {
    expect(goalView(goal({ deadline: day(12) }), context, NOW).daysToDeadline).toBe(12);
    expect(goalView(goal({ deadline: day(-3) }), context, NOW).daysToDeadline).toBe(-3);
  });

  it('says whether the target level is reached by the level of whom the goal is about', () => {
    const target = goal({ targetLevelId: 'client' });
    expect(goalView(target, { ...context, levelId: 'customer' }, NOW).targetReached).toBe(false);
    expect(goalView(target, { ...context, levelId: 'supporter' }, NOW).targetReached).toBe(true);
    expect(goalView(target, context, NOW).targetReached).toBeNull();
  });

  it('cannot tell whether a level off the ladder is reached', () => {
    expect(
      goalView(goal({ targetLevelId: 'gone' }), { ...context, levelId: 'advocate' }, NOW).targetReached,
    ).toBeNull();
    expect(
      goalView(goal({ targetLevelId: 'client' }), { ...context, levelId: 'gone' }, NOW).targetReached,
    ).toBeNull();
  });

  it('says whether the target revenue is reached', () => {
    const target = goal({ contactId: null, accountId: 'acme', targetRevenue: 50_000 });
    expect(goalView(target, { ...context, revenue: 49_999 }, NOW).targetReached).toBe(false);
    expect(goalView(target, { ...context, revenue: 50_000 }, NOW).targetReached).toBe(true);
  });

  it('has no target to reach when the goal sets none', () => {
    expect(goalView(goal({}), { ...context, levelId: 'advocate', revenue: 1 }, NOW).targetReached).toBeNull();
  });
});

describe('nextStepDueAt', () => {
  it('is the earliest open step of an open goal', () => {
    expect(
      nextStepDueAt(goal({ steps: [step('a', day(4)), step('b', day(2)), step('c', day(1), day(0))] })),
    ).toBe(day(2));
  });

  it('is null when every step is done or the goal is closed', () => {
    expect(nextStepDueAt(goal({ steps: [step('a', day(4), day(1))] }))).toBeNull();
    expect(nextStepDueAt(goal({ status: 'achieved', steps: [step('a', day(4))] }))).toBeNull();
  });
});

describe('goalFollowUps', () => {
  it('turns every open step of an open goal into a dated follow-up', () => {
    const plan = goal({
      id: 'g1',
      title: 'Reach Supporter',
      steps: [step('s1', day(3)), step('s2', day(1), day(0))],
    });
    expect(goalFollowUps(plan, 'c1')).toEqual([
      {
        contactId: 'c1',
        dueAt: day(3),
        reason: 'Reach Supporter: Step s1',
        source: 'goal',
        goalId: 'g1',
        stepId: 's1',
      },
    ]);
  });

  it('makes none for an abandoned goal', () => {
    expect(goalFollowUps(goal({ status: 'abandoned', steps: [step('s1', day(3))] }), 'c1')).toEqual([]);
  });

  it("keeps the reason within a follow-up's limit", () => {
    const plan = goal({ title: 'T'.repeat(400), steps: [step('s1', day(3))] });
    expect(goalFollowUps(plan, 'c1')[0]!.reason).toHaveLength(400);
  });
});

describe('goalContactId', () => {
  it("is the contact of a contact's goal", () => {
    expect(goalContactId(goal({ contactId: 'c9' }), [])).toBe('c9');
  });

  it("is the champion of an account's goal, else a decision maker, else anyone still there", () => {
    const accountGoal = goal({ contactId: null, accountId: 'acme' });
    const departedChampion = contact({ id: 'x', roles: ['champion'], left: true });
    const user = contact({ id: 'u', roles: ['user'] });
    const maker = contact({ id: 'm', roles: ['decision-maker'] });
    const champion = contact({ id: 'ch', roles: ['champion'] });
    expect(goalContactId(accountGoal, [departedChampion, user, maker, champion])).toBe('ch');
    expect(goalContactId(accountGoal, [departedChampion, user, maker])).toBe('m');
    expect(goalContactId(accountGoal, [departedChampion, user])).toBe('u');
    expect(goalContactId(accountGoal, [departedChampion])).toBeNull();
  });

  it('is the first recorded of several, in whatever order they come', () => {
    const accountGoal = goal({ contactId: null, accountId: 'acme' });
    const early = contact({ id: 'zz', roles: ['decision-maker'], createdAt: day(-30) });
    const late = contact({ id: 'aa', roles: ['decision-maker'], createdAt: day(-2) });
    const twin = contact({ id: 'ab', roles: ['decision-maker'], createdAt: day(-30) });
    expect(goalContactId(accountGoal, [late, early])).toBe('zz');
    expect(goalContactId(accountGoal, [early, late])).toBe('zz');
    // Recorded at the same time: the id decides, so every reader agrees.
    expect(goalContactId(accountGoal, [early, late, twin])).toBe('ab');
  });
});
