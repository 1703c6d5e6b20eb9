import { describe, expect, it } from 'vitest';
import { defaultLadder } from '../../lib/domain/default-ladder';
import { buildGoalGroups, onlyOverdue } from '../../lib/portfolio/goal-groups';
import { account, contact, day, goal, NOW } from '../domain/builders';

const accounts = [account({ id: 'acme', name: 'Acme' }), account({ id: 'beta', name: 'Beta' })];
const contacts = [
  contact({ id: 'dana', name: 'Dana', accountId: 'acme', createdAt: day(-100) }),
  contact({ id: 'carl', name: 'Carl', accountId: 'beta', roles: ['champion'], createdAt: day(-50) }),
  contact({ id: 'dm', name: 'Deb', accountId: 'beta', roles: ['decision-maker'], createdAt: day(-90) }),
  contact({ id: 'solo', name: 'Solo', accountId: null }),
];
const step = (id: string, dueAt: number, doneAt: number | null = null) => ({
  id,
  text: `Step ${id}`,
  dueAt,
  doneAt,
});

describe('buildGoalGroups', () => {
  const groups = buildGoalGroups(
    {
      goals: [
        goal({
          id: 'g-late',
          contactId: 'dana',
          title: 'Late',
          deadline: day(90),
          steps: [step('s1', day(-3)), step('s2', day(-1), day(-2)), step('s3', day(4))],
        }),
        goal({
          id: 'g-soon',
          contactId: 'dana',
          title: 'Soon',
          deadline: day(10),
          evidence: [
            { id: 'e1', text: 'Said yes', met: true },
            { id: 'e2', text: 'Intro', met: false },
          ],
        }),
        goal({
          id: 'g-account',
          contactId: null,
          accountId: 'beta',
          title: 'Grow Beta',
          targetLevelId: 'advocate',
        }),
        goal({ id: 'g-solo', contactId: 'solo', title: 'Solo goal', steps: [step('today', NOW)] }),
        goal({ id: 'g-done', contactId: 'dana', status: 'achieved' }),
        goal({ id: 'g-orphan', contactId: 'gone' }),
      ],
      contacts,
      accounts,
      ladder: defaultLadder,
    },
    NOW,
  );

  it('groups open goals by account, by name, people at no account last', () => {
    expect(groups.map((group) => group.accountName)).toEqual(['Acme', 'Beta', null]);
    expect(groups.flatMap((group) => group.goals.map((entry) => entry.goal.id))).toEqual([
      'g-late',
      'g-soon',
      'g-account',
      'g-solo',
    ]);
  });

  it('puts goals with overdue steps first, and lists only the steps due on a past day as overdue', () => {
    const late = groups[0]!.goals[0]!;
    expect(late.view.overdueSteps.map((s) => s.id)).toEqual(['s1']);
    // A step due today is not overdue yet.
    expect(groups[2]!.goals[0]!.view.overdueSteps).toEqual([]);
  });

  it('gives each goal its contact: the contact goal’s own, the account goal’s champion', () => {
    expect(groups[0]!.goals[0]).toMatchObject({ contactId: 'dana', contactName: 'Dana' });
    expect(groups[1]!.goals[0]).toMatchObject({
      contactId: 'carl',
      contactName: 'Carl',
      targetLevelName: 'Advocate',
    });
  });

  it('carries the progress of the evidence checklist', () => {
    expect(groups[0]!.goals[1]!.view.progress).toEqual({ met: 1, total: 2, ratio: 0.5 });
  });

  it('says whether each target is reached, by the level of whom the goal is about', () => {
    const people = [
      contact({ id: 'ann', accountId: 'acme', levelId: 'client' }),
      contact({ id: 'bo', accountId: 'beta', levelId: 'supporter', roles: ['champion'] }),
      contact({ id: 'cy', accountId: 'beta', levelId: 'advocate' }),
    ];
    const reached = buildGoalGroups(
      {
        goals: [
          goal({ id: 'ann-customer', contactId: 'ann', targetLevelId: 'customer' }),
          goal({ id: 'ann-advocate', contactId: 'ann', targetLevelId: 'advocate' }),
          // The champion's level counts, not the highest at the account.
          goal({ id: 'beta-advocate', contactId: null, accountId: 'beta', targetLevelId: 'advocate' }),
          goal({ id: 'beta-none', contactId: null, accountId: 'beta' }),
        ],
        contacts: people,
        accounts,
        ladder: defaultLadder,
      },
      NOW,
    );
    const byId = new Map(reached.flatMap((group) => group.goals).map((entry) => [entry.goal.id, entry]));
    expect(byId.get('ann-customer')!.view.targetReached).toBe(true);
    expect(byId.get('ann-advocate')!.view.targetReached).toBe(false);
    expect(byId.get('beta-advocate')!.view.targetReached).toBe(false);
    expect(byId.get('beta-none')!.view.targetReached).toBeNull();
  });

  it('narrows to goals with overdue steps', () => {
    const overdue = onlyOverdue(groups);
    expect(overdue.map((group) => group.accountName)).toEqual(['Acme']);
    expect(overdue[0]!.goals.map((entry) => entry.goal.id)).toEqual(['g-late']);
  });
});
