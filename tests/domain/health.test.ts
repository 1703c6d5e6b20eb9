import { describe, expect, it } from 'vitest';
import type { GestureType } from '../../lib/db/schema';
import { relationshipHealth, type HealthInput } from '../../lib/domain/health';
import { day, gesture, issue, NOW } from './builders';

const input = (overrides: Partial<HealthInput>): HealthInput => ({
  gestures: [],
  lastGiveAt: null,
  cadenceDays: 30,
  openIssues: [],
  ...overrides,
});
const logged = (...entries: [GestureType, number][]) =>
  entries.map(([type, at]) => gesture('c', type, day(at)));
const points = (health: ReturnType<typeof relationshipHealth>) =>
  Object.fromEntries(health.reasons.map((reason) => [reason.factor, reason.points]));

describe('relationshipHealth', () => {
  it('is 100 for a relationship tended often, in varied ways, without asking too much', () => {
    const gestures = logged(['article', -5], ['check-in', -35], ['event-invite', -65]);
    const health = relationshipHealth(input({ gestures, lastGiveAt: day(-5) }), NOW);
    expect(health.score).toBe(100);
    expect(health.reasons.map((reason) => reason.text)).toEqual([
      'last value-adding gesture 5 days ago, within the 30-day cadence',
      '3 kinds of gesture in the last 90 days',
      '3 value-adding gestures in the last 90 days, 3 expected at a 30-day cadence',
      '3 gives and 0 asks in the last 90 days',
      'no open account issues',
    ]);
  });

  it('gives no recency, variety or frequency without any gesture', () => {
    const health = relationshipHealth(input({}), NOW);
    expect(points(health)).toEqual({ recency: 0, variety: 0, frequency: 0, balance: 20, issues: 0 });
    expect(health.score).toBe(20);
    expect(health.reasons[0]!.text).toBe('no value-adding gesture yet');
  });

  it('loses recency linearly past the cadence, down to nothing at twice the cadence', () => {
    const at = (lastGive: number) =>
      points(relationshipHealth(input({ lastGiveAt: day(lastGive) }), NOW)).recency;
    expect(at(-30)).toBe(40);
    expect(at(-45)).toBe(20);
    expect(at(-60)).toBe(0);
    expect(at(-200)).toBe(0);
    expect(relationshipHealth(input({ lastGiveAt: day(-45) }), NOW).reasons[0]!.text).toBe(
      'last value-adding gesture 45 days ago, 1.5× the 30-day cadence',
    );
  });

  it('rewards variety up to three kinds of gesture', () => {
    const variety = (...types: GestureType[]) =>
      points(relationshipHealth(input({ gestures: types.map((type) => gesture('c', type, day(-3))) }), NOW))
        .variety;
    expect(variety('article', 'article')).toBe(7);
    expect(variety('article', 'gift')).toBe(13);
    expect(variety('article', 'gift', 'thanks', 'training')).toBe(20);
  });

  it('measures frequency against what the cadence asks for in 90 days', () => {
    const frequency = (cadenceDays: number, count: number) =>
      points(
        relationshipHealth(
          input({
            cadenceDays,
            gestures: Array.from({ length: count }, (_, i) => gesture('c', 'article', day(-i - 1))),
          }),
          NOW,
        ),
      ).frequency;
    expect(frequency(30, 3)).toBe(20);
    expect(frequency(30, 1)).toBe(7);
    expect(frequency(14, 3)).toBe(10);
    // A cadence longer than the window still expects one gesture.
    expect(frequency(120, 1)).toBe(20);
  });

  it('only counts gestures of the last 90 days, up to now', () => {
    const gestures = logged(['article', -91], ['gift', 2]);
    expect(points(relationshipHealth(input({ gestures }), NOW))).toMatchObject({ variety: 0, frequency: 0 });
  });

  it('loses balance when there are fewer than two gives per ask, and says when asks outweigh gives', () => {
    const balance = (giveCount: number, askCount: number) => {
      const gestures = [
        ...Array.from({ length: giveCount }, () => gesture('c', 'article', day(-3))),
        ...Array.from({ length: askCount }, () => gesture('c', 'referral-ask', day(-2))),
      ];
      return relationshipHealth(input({ gestures }), NOW).reasons.find((r) => r.factor === 'balance')!;
    };
    expect(balance(2, 1).points).toBe(20);
    expect(balance(1, 1).points).toBe(10);
    expect(balance(1, 2)).toMatchObject({ points: 5, text: '2 asks but only 1 give in the last 90 days' });
    expect(balance(0, 1).points).toBe(0);
  });

  it('takes 10 points per open account issue, at most 20', () => {
    const penalty = (count: number) =>
      relationshipHealth(
        input({ openIssues: Array.from({ length: count }, () => issue({ kind: 'delivery' })) }),
        NOW,
      ).reasons.find((r) => r.factor === 'issues')!;
    expect(penalty(1)).toMatchObject({ points: -10, text: '1 open account issue (delivery)' });
    expect(penalty(3).points).toBe(-20);
  });

  it('never goes below 0', () => {
    const health = relationshipHealth(
      input({ openIssues: [issue(), issue()], gestures: logged(['referral-ask', -2]) }),
      NOW,
    );
    expect(Object.values(points(health)).reduce((sum, p) => sum + p, 0)).toBe(-20);
    expect(health.score).toBe(0);
  });
});
