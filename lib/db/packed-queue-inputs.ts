/**
 * The priority queue's inputs in the form they are stored in (queue-cache.ts):
 * a column per field instead of an object per contact. IndexedDB gives a
 * stored value back by deserialising it, and 50,000 small objects cost
 * Chromium some 160 to 380 ms to read back; the same facts as a list of ids
 * and a typed array per number field came back in about a quarter of that,
 * and in half of that again once each number field was kept in the fewest
 * bytes that hold it exactly (number-column.ts) and the follow-ups in
 * columns too (packed-follow-ups.ts): about 40 ms at 50,000 contacts (all
 * measured in the same browser on this machine). Nothing is lost on the way:
 * `unpackInputs(packInputs(x))` equals `x`. The two fields that may be null
 * (the last give, the goal step) are stored as NaN, which neither can be
 * otherwise (they are instants, validated on read).
 */
import { accountTiers } from '../domain/account-tier';
import type { PriorityInput } from '../domain/priority';
import { columnLength, isNumberColumn, packNumbers, unpackNumbers, type NumberColumn } from './number-column';
import { isPackedFollowUps, packFollowUps, unpackFollowUps, type PackedFollowUps } from './packed-follow-ups';
import type { FollowUp } from './schema';

/** The numbers kept per contact, a column each (number-column.ts), null stored as NaN. */
const numberFields = [
  'lastGiveAt',
  'since',
  'cadenceDays',
  'valueShare',
  'levelRank',
  'goalStepDueAt',
  'openIssues',
] as const;
type NumberField = (typeof numberFields)[number];

export interface PackedInputs {
  contactIds: string[];
  numbers: Record<NumberField, NumberColumn>;
  /** Index in accountTiers, per contact. */
  tiers: Uint8Array;
  /** The open follow-ups of the contacts that have any (few have), each with its contact's position. */
  followUps: { positions: Uint32Array; list: PackedFollowUps };
}

const NO_FOLLOW_UPS: readonly FollowUp[] = Object.freeze([]);
const nullAsNaN = (value: number | null) => (value === null ? NaN : value);
const nanAsNull = (value: number) => (Number.isNaN(value) ? null : value);

const fieldsOf = (input: PriorityInput): Record<NumberField, number> => ({
  lastGiveAt: nullAsNaN(input.clock.lastGiveAt),
  since: input.clock.since,
  cadenceDays: input.clock.cadenceDays,
  valueShare: input.valueShare,
  levelRank: input.levelRank,
  goalStepDueAt: nullAsNaN(input.goalStepDueAt),
  openIssues: input.openIssues,
});

export function packInputs(inputs: readonly PriorityInput[]): PackedInputs {
  const rows = inputs.map(fieldsOf);
  const numbers = Object.fromEntries(
    numberFields.map((field) => [field, packNumbers(rows.map((row) => row[field]))]),
  ) as Record<NumberField, NumberColumn>;
  const positions: number[] = [];
  const followUps: FollowUp[] = [];
  inputs.forEach((input, position) => {
    for (const followUp of input.clock.followUps) {
      positions.push(position);
      followUps.push(followUp);
    }
  });
  return {
    contactIds: inputs.map((input) => input.contactId),
    numbers,
    tiers: Uint8Array.from(inputs, (input) => accountTiers.indexOf(input.tier)),
    followUps: { positions: Uint32Array.from(positions), list: packFollowUps(followUps) },
  };
}

export function unpackInputs(packed: PackedInputs): PriorityInput[] {
  const { contactIds, tiers } = packed;
  const followUps = new Map<number, FollowUp[]>();
  const { positions, list } = packed.followUps;
  unpackFollowUps(list).forEach((followUp, i) => {
    const owner = followUps.get(positions[i]!);
    if (owner) owner.push(followUp);
    else followUps.set(positions[i]!, [followUp]);
  });
  const column = (field: NumberField) => unpackNumbers(packed.numbers[field]);
  const lastGiveAt = column('lastGiveAt');
  const since = column('since');
  const cadenceDays = column('cadenceDays');
  const valueShare = column('valueShare');
  const levelRank = column('levelRank');
  const goalStepDueAt = column('goalStepDueAt');
  const openIssues = column('openIssues');
  // A plain loop over plain arrays: this runs for every contact on every read of the queue.
  const inputs = new Array<PriorityInput>(contactIds.length);
  for (let i = 0; i < contactIds.length; i++) {
    inputs[i] = {
      contactId: contactIds[i]!,
      clock: {
        lastGiveAt: nanAsNull(lastGiveAt[i]!),
        since: since[i]!,
        cadenceDays: cadenceDays[i]!,
        followUps: followUps.get(i) ?? NO_FOLLOW_UPS,
      },
      tier: accountTiers[tiers[i]!]!,
      valueShare: valueShare[i]!,
      levelRank: levelRank[i]!,
      goalStepDueAt: nanAsNull(goalStepDueAt[i]!),
      openIssues: openIssues[i]!,
    };
  }
  return inputs;
}

/** Whether a stored value has the packed shape, its columns of one length (a damaged row is built again). */
export function isPackedInputs(value: unknown): value is PackedInputs {
  const packed = value as Partial<PackedInputs> | null;
  if (typeof packed !== 'object' || packed === null) return false;
  const { contactIds, numbers, tiers, followUps } = packed;
  if (!Array.isArray(contactIds) || typeof numbers !== 'object' || numbers === null) return false;
  const count = contactIds.length;
  return (
    numberFields.every((field) => isNumberColumn(numbers[field]) && columnLength(numbers[field]) === count) &&
    tiers instanceof Uint8Array &&
    tiers.length === count &&
    tiers.every((tier) => tier < accountTiers.length) &&
    typeof followUps === 'object' &&
    followUps !== null &&
    followUps.positions instanceof Uint32Array &&
    followUps.positions.every((position) => position < count) &&
    isPackedFollowUps(followUps.list) &&
    followUps.list.id.length === followUps.positions.length
  );
}
