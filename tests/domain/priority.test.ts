import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePriority,
  MAX_URGENCY,
  rankPriorities,
  type PriorityInput,
  type PriorityKey,
} from '../../lib/domain/priority';
import { attentionHorizon, needsAttention, nextDue } from '../../lib/domain/due';
import { day, followUp, NOW } from './builders';

const options = { dueSoonDays: 3 };

function input(
  contactId: string,
  overrides: Partial<PriorityInput> & { lastGive?: number | null } = {},
): PriorityInput {
  const { lastGive = -40, ...rest } = overrides;
  return {
    contactId,
    clock: {
      lastGiveAt: lastGive === null ? null : day(lastGive),
      since: day(-400),
      cadenceDays: 30,
      followUps: [],
    },
    tier: 'middle',
    valueShare: 0,
    levelRank: 0,
    goalStepDueAt: null,
    openIssues: 0,
    ...rest,
  };
}
const order = (inputs: PriorityInput[], now = NOW) =>
  rankPriorities(inputs, now, options).entries.map((e) => e.contactId);

describe('who is on the priority list', () => {
  it('lists contacts due soon, due today or late, and leaves out the rest', () => {
    const ranking = rankPriorities(
      [input('late', { lastGive: -45 }), input('soon', { lastGive: -28 }), input('fine', { lastGive: -5 })],
      NOW,
      options,
    );
    expect(ranking.entries.map((e) => e.contactId)).toEqual(['late', 'soon']);
    expect(ranking.total).toBe(2);
  });

  it('leaves out a contact while their reminder is snoozed', () => {
    const snoozed = input('snoozed', {
      lastGive: -45,
      clock: {
        lastGiveAt: day(-45),
        since: day(-400),
        cadenceDays: 30,
        followUps: [
          followUp('snoozed', day(-15), { source: 'cadence', createdAt: day(-2), snoozedUntil: day(2) }),
        ],
      },
    });
    expect(order([snoozed])).toEqual([]);
  });

  it('lists a contact whose goal step is due even when the cadence is not', () => {
    expect(order([input('goal', { lastGive: -2, goalStepDueAt: day(1) })])).toEqual(['goal']);
  });

  it('returns only as many entries as asked, and counts them all', () => {
    const ranking = rankPriorities([input('a'), input('b'), input('c')], NOW, { ...options, limit: 2 });
    expect(ranking.entries).toHaveLength(2);
    expect(ranking.total).toBe(3);
  });
});

describe('how the list is ordered', () => {
  it('puts the later contact first, all else equal', () => {
    expect(order([input('a', { lastGive: -35 }), input('b', { lastGive: -50 })])).toEqual(['b', 'a']);
  });

  it('puts a late contact before one only due soon', () => {
    expect(order([input('soon', { lastGive: -28 }), input('late', { lastGive: -31 })])).toEqual([
      'late',
      'soon',
    ]);
  });

  it('weighs the account tier and value as well as lateness', () => {
    expect(
      order([input('low', { lastGive: -45, tier: 'low' }), input('top', { lastGive: -40, tier: 'top' })]),
    ).toEqual(['top', 'low']);
    expect(
      order([input('small', { lastGive: -40 }), input('big', { lastGive: -40, valueShare: 0.4 })]),
    ).toEqual(['big', 'small']);
  });

  it('weighs the level, open account issues and a due goal step', () => {
    expect(order([input('a'), input('b', { levelRank: 1 })])).toEqual(['b', 'a']);
    expect(order([input('a'), input('b', { openIssues: 1 })])).toEqual(['b', 'a']);
    expect(order([input('a'), input('b', { goalStepDueAt: day(2) })])).toEqual(['b', 'a']);
  });

  it('caps lateness so that one long-forgotten contact does not outweigh value', () => {
    const ranking = rankPriorities(
      [input('forgotten', { lastGive: -300, tier: 'low' }), input('key', { lastGive: -70, tier: 'top' })],
      NOW,
      options,
    );
    expect(ranking.entries.map((e) => e.contactId)).toEqual(['key', 'forgotten']);
    expect(ranking.entries[1]!.score).toBe(MAX_URGENCY);
  });

  it('breaks equal scores by the earlier due date, then the contact id', () => {
    // Both are capped, so their scores are equal.
    expect(order([input('b', { lastGive: -200 }), input('a', { lastGive: -300 })])).toEqual(['a', 'b']);
    expect(order([input('b'), input('a')])).toEqual(['a', 'b']);
  });
});

describe('the reasons given', () => {
  const reasons = (entry: PriorityInput, dueSoonDays = 3) =>
    rankPriorities([entry], NOW, { dueSoonDays }).entries[0]!.reasons;

  it('reads like "2.3× overdue · top-tier account · goal step due Friday"', () => {
    const entry = input('c', {
      clock: { lastGiveAt: day(-23), since: day(-400), cadenceDays: 10, followUps: [] },
      tier: 'top',
      goalStepDueAt: day(4),
    });
    expect(reasons(entry, 5).join(' · ')).toBe('2.3× overdue · top-tier account · goal step due Friday');
  });

  it('says the due day while lateness is under 1.1×', () => {
    expect(reasons(input('c', { lastGive: -30 }))).toEqual(['due today']);
    expect(reasons(input('c', { lastGive: -31 }))).toEqual(['1 day overdue']);
    expect(reasons(input('c', { lastGive: -28 }))).toEqual(['due Wednesday']);
  });

  it('names an explicit follow-up, a contact never given to, and open account issues', () => {
    const entry = input('c', {
      clock: { lastGiveAt: null, since: day(-10), cadenceDays: 30, followUps: [followUp('c', day(1))] },
      openIssues: 2,
    });
    expect(reasons(entry)).toEqual([
      'follow-up due tomorrow',
      'no value-adding gesture yet',
      '2 open account issues',
    ]);
  });

  it('says how late an overdue goal step is', () => {
    expect(reasons(input('c', { lastGive: -1, goalStepDueAt: day(-3) }))).toEqual([
      'goal step 3 days overdue',
    ]);
  });
});

describe('priority order invariants', () => {
  const keys = fc.record({
    contactId: fc.string({ minLength: 1, maxLength: 4 }),
    score: fc.oneof(fc.constantFrom(0.5, 1, 2), fc.double({ min: 0, max: 50, noNaN: true })),
    dueAt: fc.oneof(fc.constantFrom(day(-1), day(0)), fc.integer({ min: day(-100), max: day(10) })),
  });
  const sign = (n: number) => Math.sign(n) || 0;
  const same = (a: PriorityKey, b: PriorityKey) =>
    a.contactId === b.contactId && a.score === b.score && a.dueAt === b.dueAt;

  it('is a total order: antisymmetric, transitive, and equal only for the same key', () => {
    fc.assert(
      fc.property(keys, keys, keys, (a, b, c) => {
        expect(sign(comparePriority(a, b))).toBe(-sign(comparePriority(b, a)));
        expect(comparePriority(a, b) === 0).toBe(same(a, b));
        if (comparePriority(a, b) <= 0 && comparePriority(b, c) <= 0)
          expect(comparePriority(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('lists exactly the contacts whose due date needs attention', () => {
    const horizon = attentionHorizon(NOW, options.dueSoonDays);
    const clocks = fc.array(
      fc.record({
        lastGiveAt: fc.option(fc.integer({ min: day(-400), max: NOW })),
        since: fc.integer({ min: day(-400), max: NOW }),
        cadenceDays: fc.integer({ min: 1, max: 120 }),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(clocks, (list) => {
        const inputs = list.map((clock, i) => input(`c${i}`, { clock: { ...clock, followUps: [] } }));
        const expected = inputs
          .filter((i) => needsAttention(nextDue(i.clock), NOW, horizon))
          .map((i) => i.contactId);
        expect(order(inputs).sort()).toEqual(expected.sort());
      }),
    );
  });

  it('ranks the same whatever order the contacts come in', () => {
    const inputs = fc
      .uniqueArray(
        fc.record({
          id: fc.string({ minLength: 1, maxLength: 4 }),
          lastGive: fc.integer({ min: -200, max: 0 }),
          tier: fc.constantFrom('top', 'middle', 'low' as const),
        }),
        { selector: (i) => i.id, maxLength: 30 },
      )
      .map((list) => list.map(({ id, lastGive, tier }) => input(id, { lastGive, tier })));
    fc.assert(
      fc.property(
        inputs.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        ([list, shuffled]) => {
          expect(order(shuffled)).toEqual(order(list));
        },
      ),
    );
  });
});
