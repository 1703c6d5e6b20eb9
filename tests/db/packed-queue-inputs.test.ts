import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPackedInputs, packInputs, unpackInputs } from '../../lib/db/packed-queue-inputs';
import type { FollowUp } from '../../lib/db/schema';
import { accountTiers } from '../../lib/domain/account-tier';
import type { PriorityInput } from '../../lib/domain/priority';
import { inputAt, priorityColumns } from '../../lib/domain/priority-columns';
import { followUp } from '../domain/builders';

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
  doneAt: fc.option(instant, { nil: null }),
  createdAt: instant,
  updatedAt: instant,
});

const inputArbitrary: fc.Arbitrary<PriorityInput> = fc.record({
  // UUIDs, as Rapport makes them, are stored as bytes when every id is one.
  contactId: fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 64 })),
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

const uuidOnly = fc.array(
  fc.tuple(inputArbitrary, fc.uuid()).map(([input, contactId]) => ({ ...input, contactId })),
  { maxLength: 30 },
);

describe('packed queue inputs', () => {
  it('come back exactly as they went in, through a structured clone as IndexedDB stores them', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(inputArbitrary, { maxLength: 30 }), uuidOnly), (inputs) => {
        const stored = structuredClone(packInputs(priorityColumns(inputs)));
        expect(isPackedInputs(stored)).toBe(true);
        const columns = unpackInputs(stored);
        expect(columns.count).toBe(inputs.length);
        expect(inputs.map((_, i) => inputAt(columns, i))).toEqual(inputs);
      }),
      { numRuns: 200 },
    );
  });

  it('are not taken for packed when damaged, so the queue builds them again', () => {
    const good = packInputs(
      priorityColumns([
        {
          contactId: 'con-ada',
          clock: {
            lastGiveAt: 1,
            since: 0,
            cadenceDays: 14,
            followUps: [followUp('con-ada', 2)],
          },
          tier: 'top',
          valueShare: 1,
          levelRank: 1,
          goalStepDueAt: null,
          openIssues: 0,
        },
      ]),
    );
    expect(isPackedInputs(good)).toBe(true);
    for (const damaged of [
      null,
      [],
      { ...good, numbers: { ...good.numbers, since: [0] } },
      { ...good, numbers: { ...good.numbers, since: { kind: 'any', values: new Float64Array(2) } } },
      { ...good, numbers: { ...good.numbers, levelRank: undefined } },
      { ...good, contactIds: ['con-ada'] },
      { ...good, contactIds: { kind: 'text', values: ['con-ada', 'con-ben'] } },
      { ...good, tiers: new Uint8Array([accountTiers.length]) },
      { ...good, followUps: undefined },
      { ...good, followUps: { ...good.followUps, positions: new Uint32Array([1]) } },
      { ...good, followUps: { ...good.followUps, list: { ...good.followUps.list, reason: [] } } },
    ]) {
      expect(isPackedInputs(damaged)).toBe(false);
    }
  });
});
