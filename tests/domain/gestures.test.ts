import { describe, expect, it } from 'vitest';
import { askTypes, giveTypes, signalTypes } from '../../lib/db/schema';
import { isAsk, isGive, isReferenceGiven, isSignal, lastGiveAt } from '../../lib/domain/gestures';
import { day, gesture, NOW } from './builders';

describe('gesture kinds', () => {
  it('sorts every gesture type into exactly one of give, ask and signal', () => {
    for (const type of [...giveTypes, ...askTypes, ...signalTypes]) {
      expect([isGive(type), isAsk(type), isSignal(type)].filter(Boolean)).toHaveLength(1);
    }
  });

  it('counts a reference ask answered yes as a reference given, and nothing else', () => {
    expect(isReferenceGiven({ type: 'reference-ask', outcome: 'yes' })).toBe(true);
    expect(isReferenceGiven({ type: 'reference-ask', outcome: 'pending' })).toBe(false);
    expect(isReferenceGiven({ type: 'reference-ask', outcome: 'no' })).toBe(false);
    expect(isReferenceGiven({ type: 'testimonial-ask', outcome: 'yes' })).toBe(false);
  });
});

describe('lastGiveAt', () => {
  it('is the latest value-adding gesture', () => {
    const gestures = [
      gesture('c', 'article', day(-20)),
      gesture('c', 'check-in', day(-3)),
      gesture('c', 'gift', day(-9)),
    ];
    expect(lastGiveAt(gestures, NOW)).toBe(day(-3));
  });

  it('is not reset by asks or signals', () => {
    const gestures = [
      gesture('c', 'article', day(-20)),
      gesture('c', 'referral-ask', day(-2)),
      gesture('c', 'shared-strategy', day(-1)),
    ];
    expect(lastGiveAt(gestures, NOW)).toBe(day(-20));
  });

  it('ignores gestures dated in the future', () => {
    expect(lastGiveAt([gesture('c', 'article', day(-20)), gesture('c', 'gift', day(2))], NOW)).toBe(day(-20));
  });

  it('is null without any value-adding gesture', () => {
    expect(lastGiveAt([], NOW)).toBeNull();
    expect(lastGiveAt([gesture('c', 'reference-ask', day(-1))], NOW)).toBeNull();
  });
});
