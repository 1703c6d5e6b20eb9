import { describe, expect, it } from 'vitest';
import { gestureTypes } from '../../lib/db/schema';
import { isAsk, isGive, isSignal } from '../../lib/domain/gestures';
import { describeGesture, gestureGroups, gestureKind, gestureLabel } from '../../lib/domain/gesture-labels';

describe('gesture labels', () => {
  it('gives every type a label of its own', () => {
    const labels = gestureTypes.map(gestureLabel);
    expect(labels.every((label) => label.trim().length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(gestureTypes.length);
  });

  it('agrees with the rules on what is a give, an ask or a signal', () => {
    for (const type of gestureTypes) {
      const kind = gestureKind(type);
      expect([kind === 'give', kind === 'ask', kind === 'signal']).toEqual([
        isGive(type),
        isAsk(type),
        isSignal(type),
      ]);
    }
  });

  it('groups every type once, giving first', () => {
    expect(gestureGroups.map((g) => g.heading)).toEqual(['Give', 'Ask', 'They shared']);
    expect(gestureGroups.flatMap((g) => g.types).sort()).toEqual([...gestureTypes].sort());
    for (const group of gestureGroups)
      for (const type of group.types) expect(gestureKind(type)).toBe(group.kind);
  });

  it('reads as the domain says', () => {
    expect(gestureLabel('article')).toBe('Shared an article');
    expect(gestureLabel('referral-ask')).toBe('Asked for a referral');
    expect(describeGesture('reference-ask', 'yes')).toBe('Asked for a reference (they said yes)');
    expect(describeGesture('gift', 'yes')).toBe('Sent something of value');
  });
});
