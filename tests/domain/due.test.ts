import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attentionHorizon,
  dueState,
  followUpStatus,
  needsAttention,
  nextDue,
  type ContactClock,
} from '../../lib/domain/due';
import { day, followUp, NOW } from './builders';

const DUE_SOON = 3;
const clock = (overrides: Partial<ContactClock> = {}): ContactClock => ({
  lastGiveAt: day(-10),
  since: day(-400),
  cadenceDays: 30,
  followUps: [],
  ...overrides,
});

describe('dueState from the cadence', () => {
  it('is due one cadence after the last value-adding gesture', () => {
    const state = dueState(clock({ lastGiveAt: day(-10) }), NOW, DUE_SOON);
    expect(state.dueAt).toBe(day(20));
    expect(state.followUp).toBeNull();
    expect(state.daysUntil).toBe(20);
  });

  it('runs from the day the contact was added while there is no gesture yet', () => {
    expect(dueState(clock({ lastGiveAt: null, since: day(-5) }), NOW, DUE_SOON).dueAt).toBe(day(25));
  });

  it.each([
    [-10, 'upcoming'],
    [-26, 'upcoming'],
    [-27, 'due-soon'],
    [-29, 'due-soon'],
    [-30, 'due-today'],
    [-31, 'overdue'],
    [-60, 'overdue'],
    [-61, 'badly-overdue'],
  ] as const)('with the last gesture %i days ago on a 30-day cadence, is %s', (lastGive, status) => {
    expect(dueState(clock({ lastGiveAt: day(lastGive) }), NOW, DUE_SOON).status).toBe(status);
  });

  it('counts calendar days: due later today is due today, not upcoming', () => {
    const state = dueState(clock({ lastGiveAt: NOW + 3_600_000 - 30 * 86_400_000 }), NOW, DUE_SOON);
    expect(state.status).toBe('due-today');
  });

  it('measures lateness against the cadence: 1 when due, 2 one cadence later', () => {
    expect(dueState(clock({ lastGiveAt: day(-30) }), NOW, DUE_SOON).lateness).toBeCloseTo(1);
    expect(dueState(clock({ lastGiveAt: day(-60) }), NOW, DUE_SOON).lateness).toBeCloseTo(2);
    expect(dueState(clock({ lastGiveAt: day(-15) }), NOW, DUE_SOON).lateness).toBeCloseTo(0.5);
  });

  it('with no due-soon window goes straight from upcoming to due today', () => {
    expect(dueState(clock({ lastGiveAt: day(-29) }), NOW, 0).status).toBe('upcoming');
  });
});

describe('dueState with explicit follow-ups', () => {
  it('is due at an explicit follow-up that comes before the cadence', () => {
    const call = followUp('c', day(2));
    const state = dueState(clock({ followUps: [call] }), NOW, DUE_SOON);
    expect(state).toMatchObject({ dueAt: day(2), followUp: call, status: 'due-soon' });
  });

  it('ignores a follow-up that is done', () => {
    const done = followUp('c', day(-5), { doneAt: day(-4) });
    expect(dueState(clock({ followUps: [done] }), NOW, DUE_SOON).followUp).toBeNull();
  });

  it('prefers the explicit follow-up when it falls due with the cadence, because it says why', () => {
    const call = followUp('c', day(20));
    expect(dueState(clock({ lastGiveAt: day(-10), followUps: [call] }), NOW, DUE_SOON).followUp).toBe(call);
  });

  it('is snoozed until the snooze date, then due from that date', () => {
    const snoozed = followUp('c', day(-2), { snoozedUntil: day(4) });
    const before = dueState(clock({ followUps: [snoozed] }), NOW, DUE_SOON);
    expect(before).toMatchObject({ status: 'snoozed', dueAt: day(4), snoozedUntil: day(4) });
    expect(dueState(clock({ followUps: [snoozed] }), day(4), DUE_SOON).status).toBe('due-today');
    expect(dueState(clock({ followUps: [snoozed] }), day(5), DUE_SOON).status).toBe('overdue');
  });

  it('counts an explicit follow-up late by more than a whole cadence as badly overdue', () => {
    const old = followUp('c', day(-31));
    expect(dueState(clock({ lastGiveAt: day(-1), followUps: [old] }), NOW, DUE_SOON).status).toBe(
      'badly-overdue',
    );
  });
});

describe('dueState with a snoozed cadence reminder', () => {
  it('moves the cadence due date to the snooze date', () => {
    const snooze = followUp('c', day(-5), { source: 'cadence', snoozedUntil: day(7), createdAt: day(-1) });
    const state = dueState(clock({ lastGiveAt: day(-35), followUps: [snooze] }), NOW, DUE_SOON);
    expect(state).toMatchObject({ status: 'snoozed', dueAt: day(7), followUp: null, cadenceDueAt: day(-5) });
  });

  it('forgets a snooze made before the last gesture: that gesture answered it', () => {
    const snooze = followUp('c', day(-50), { source: 'cadence', snoozedUntil: day(30), createdAt: day(-45) });
    const state = dueState(clock({ lastGiveAt: day(-40), followUps: [snooze] }), NOW, DUE_SOON);
    expect(state).toMatchObject({ status: 'overdue', dueAt: day(-10) });
  });

  it('uses the latest snooze of the round', () => {
    const first = followUp('c', day(-5), { source: 'cadence', snoozedUntil: day(2), createdAt: day(-4) });
    const second = followUp('c', day(-5), { source: 'cadence', snoozedUntil: day(9), createdAt: day(-2) });
    expect(dueState(clock({ lastGiveAt: day(-35), followUps: [second, first] }), NOW, DUE_SOON).dueAt).toBe(
      day(9),
    );
  });
});

describe('followUpStatus', () => {
  it('is done once done, whatever its date', () => {
    expect(followUpStatus(followUp('c', day(-90), { doneAt: day(-1) }), 30, NOW, DUE_SOON)).toBe('done');
  });

  it('is snoozed until its snooze date', () => {
    expect(followUpStatus(followUp('c', day(-1), { snoozedUntil: day(1) }), 30, NOW, DUE_SOON)).toBe(
      'snoozed',
    );
  });

  it('is due soon, due today or late from its own date', () => {
    expect(followUpStatus(followUp('c', day(2)), 30, NOW, DUE_SOON)).toBe('due-soon');
    expect(followUpStatus(followUp('c', NOW), 30, NOW, DUE_SOON)).toBe('due-today');
    expect(followUpStatus(followUp('c', day(-3)), 30, NOW, DUE_SOON)).toBe('overdue');
    expect(followUpStatus(followUp('c', day(-3)), 2, NOW, DUE_SOON)).toBe('badly-overdue');
  });
});

describe('due date invariants', () => {
  const clocks = fc.record({
    lastGiveAt: fc.option(fc.integer({ min: day(-2000), max: NOW })),
    since: fc.integer({ min: day(-3000), max: NOW }),
    cadenceDays: fc.integer({ min: 1, max: 3650 }),
    snoozeCreated: fc.option(fc.integer({ min: day(-3000), max: NOW })),
    snoozedUntil: fc.integer({ min: day(-3000), max: day(400) }),
  });

  it('never puts the due date before the last touch', () => {
    fc.assert(
      fc.property(clocks, ({ lastGiveAt, since, cadenceDays, snoozeCreated, snoozedUntil }) => {
        const followUps =
          snoozeCreated === null
            ? []
            : [followUp('c', since, { source: 'cadence', createdAt: snoozeCreated, snoozedUntil })];
        const next = nextDue({ lastGiveAt, since, cadenceDays, followUps });
        const lastTouch = lastGiveAt ?? since;
        expect(next.cadenceDueAt).toBeGreaterThan(lastTouch);
        expect(next.dueAt).toBeGreaterThan(lastTouch);
      }),
    );
  });

  it('needs attention exactly when the status is due soon, due today or late', () => {
    const horizon = attentionHorizon(NOW, DUE_SOON);
    fc.assert(
      fc.property(
        fc.integer({ min: day(-200), max: day(200) }),
        fc.option(fc.integer({ min: day(-200), max: day(200) })),
        (dueAt, snoozedUntil) => {
          const clockWithFollowUp = clock({
            lastGiveAt: NOW,
            cadenceDays: 3650,
            followUps: [followUp('c', dueAt, { snoozedUntil })],
          });
          const state = dueState(clockWithFollowUp, NOW, DUE_SOON);
          const attention = ['due-soon', 'due-today', 'overdue', 'badly-overdue'].includes(state.status);
          expect(needsAttention(nextDue(clockWithFollowUp), NOW, horizon)).toBe(attention);
        },
      ),
    );
  });
});
