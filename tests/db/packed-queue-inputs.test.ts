import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPackedInputs, packInputs, unpackInputs } from '../../lib/db/packed-queue-inputs';
import type { FollowUp } from '../../lib/db/schema';
import { accountTiers } from '../../lib/domain/account-tier';
import type { PriorityInput } from '../../lib/domain/priority';

const instant = fc.integer({ min: 0, max: 7_258_118_400_000 });

const followUpArbitrary: fc.Arbitrary<FollowUp> = fc.record({
  id: fc.uuid(),
  contactId: fc.uuid(),
  dueAt: instant,
  reason: fc.string(),
  source: fc.constantFrom('manual', 'goal', 'cadence') as fc.Arbitrary<FollowUp['source']>,
  goalId: fc.option(fc.uuid(), { nil: null }),
  stepId: fc.option(fc.uuid(), { nil: null }),
  snoozedUntil: fc.option(instant, { nil: null }),
  doneAt: fc.constant(null),
  createdAt: instant,
  updatedAt: instant,
});

const inputArbitrary: fc.Arbitrary<PriorityInput> = fc.record({
  contactId: fc.string({ minLength: 1, maxLength: 64 }),
  clock: fc.record({
    lastGiveAt: fc.option(instant, { nil: null }),
    since: instant,
    cadenceDays: fc.integer({ min: 1, max: 3_650 }),
    followUps: fc.array(followUpArbitrary, { maxLength: 3 }),
  }),
  tier: fc.constantFrom(...accountTiers),
  valueShare: fc.double({ min: 0, max: 1, noNaN: true }),
  levelRank: fc.double({ min: 0, max: 1, noNaN: true }),
  goalStepDueAt: fc.option(instant, { nil: null }),
  openIssues: fc.nat(50),
});

describe('packed queue inputs', () => {
  it('come back exactly as they went in, through a structured clone as IndexedDB stores them', () => {
    fc.assert(
      fc.property(fc.array(inputArbitrary, { maxLength: 30 }), (inputs) => {
        const stored = structuredClone(packInputs(inputs));
        expect(isPackedInputs(stored)).toBe(true);
        expect(unpackInputs(stored)).toEqual(inputs);
      }),
      { numRuns: 200 },
    );
  });

  it('keep a number per field, not an object per contact', () => {
    const packed = packInputs([
      {
        contactId: 'con-ada',
        clock: { lastGiveAt: null, since: 5, cadenceDays: 14, followUps: [] },
        tier: 'middle',
        valueShare: 0.25,
        levelRank: 0.5,
        goalStepDueAt: 9,
        openIssues: 2,
      },
    ]);
    expect(packed.contactIds).toEqual(['con-ada']);
    expect([...packed.numbers]).toEqual([NaN, 5, 14, 0.25, 0.5, 9, 2]);
    expect([...packed.tiers]).toEqual([1]);
    expect(packed.followUps).toEqual([]);
  });

  it('are not taken for packed when damaged, so the queue builds them again', () => {
    const good = packInputs([
      {
        contactId: 'con-ada',
        clock: { lastGiveAt: 1, since: 0, cadenceDays: 14, followUps: [] },
        tier: 'top',
        valueShare: 1,
        levelRank: 1,
        goalStepDueAt: null,
        openIssues: 0,
      },
    ]);
    expect(isPackedInputs(good)).toBe(true);
    for (const damaged of [
      null,
      [],
      { ...good, numbers: [...good.numbers] },
      { ...good, numbers: good.numbers.slice(1) },
      { ...good, contactIds: ['con-ada', 'con-ben'] },
      { ...good, tiers: new Uint8Array([accountTiers.length]) },
      { ...good, followUps: undefined },
    ]) {
      expect(isPackedInputs(damaged)).toBe(false);
    }
  });
});
