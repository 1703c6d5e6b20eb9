/**
 * The priority queue's inputs in the form they are stored in (queue-cache.ts):
 * a column per field instead of an object per contact. IndexedDB gives a
 * stored value back by deserialising it, and 50,000 small objects cost
 * Chromium some 160 to 380 ms to read back; the same facts as one list of
 * ids and two typed arrays come back in about a quarter of that (both
 * measured in the same browser on this machine).
 *
 * Nothing is lost on the way: `unpackInputs(packInputs(x))` equals `x`. The
 * two fields that may be null (the last give, the goal step) are stored as
 * NaN, which neither can be otherwise (they are instants, validated on read).
 */
import { accountTiers } from '../domain/account-tier';
import type { PriorityInput } from '../domain/priority';
import type { FollowUp } from './schema';

/** The numbers kept per contact, in this order. */
const NUMBER_FIELDS = 7;

export interface PackedInputs {
  contactIds: string[];
  /** NUMBER_FIELDS per contact: last give, since, cadence days, value share, level rank, goal step, open issues. */
  numbers: Float64Array;
  /** Index in accountTiers, per contact. */
  tiers: Uint8Array;
  /** The open follow-ups of the contacts that have any, by position: few contacts have one. */
  followUps: Array<[position: number, followUps: FollowUp[]]>;
}

const NO_FOLLOW_UPS: readonly FollowUp[] = Object.freeze([]);
const nullAsNaN = (value: number | null) => (value === null ? NaN : value);
const nanAsNull = (value: number) => (Number.isNaN(value) ? null : value);

export function packInputs(inputs: readonly PriorityInput[]): PackedInputs {
  const numbers = new Float64Array(inputs.length * NUMBER_FIELDS);
  const tiers = new Uint8Array(inputs.length);
  const followUps: PackedInputs['followUps'] = [];
  inputs.forEach((input, position) => {
    const at = position * NUMBER_FIELDS;
    numbers[at] = nullAsNaN(input.clock.lastGiveAt);
    numbers[at + 1] = input.clock.since;
    numbers[at + 2] = input.clock.cadenceDays;
    numbers[at + 3] = input.valueShare;
    numbers[at + 4] = input.levelRank;
    numbers[at + 5] = nullAsNaN(input.goalStepDueAt);
    numbers[at + 6] = input.openIssues;
    tiers[position] = accountTiers.indexOf(input.tier);
    if (input.clock.followUps.length > 0) followUps.push([position, [...input.clock.followUps]]);
  });
  return { contactIds: inputs.map((input) => input.contactId), numbers, tiers, followUps };
}

export function unpackInputs(packed: PackedInputs): PriorityInput[] {
  const { contactIds, numbers, tiers } = packed;
  const followUps = new Map(packed.followUps);
  return contactIds.map((contactId, position) => {
    const at = position * NUMBER_FIELDS;
    return {
      contactId,
      clock: {
        lastGiveAt: nanAsNull(numbers[at]!),
        since: numbers[at + 1]!,
        cadenceDays: numbers[at + 2]!,
        followUps: followUps.get(position) ?? NO_FOLLOW_UPS,
      },
      tier: accountTiers[tiers[position]!]!,
      valueShare: numbers[at + 3]!,
      levelRank: numbers[at + 4]!,
      goalStepDueAt: nanAsNull(numbers[at + 5]!),
      openIssues: numbers[at + 6]!,
    };
  });
}

/** Whether a stored value has the packed shape, its columns of one length (a damaged row is built again). */
export function isPackedInputs(value: unknown): value is PackedInputs {
  const packed = value as Partial<PackedInputs> | null;
  if (typeof packed !== 'object' || packed === null) return false;
  const { contactIds, numbers, tiers, followUps } = packed;
  return (
    Array.isArray(contactIds) &&
    numbers instanceof Float64Array &&
    tiers instanceof Uint8Array &&
    Array.isArray(followUps) &&
    numbers.length === contactIds.length * NUMBER_FIELDS &&
    tiers.length === contactIds.length &&
    tiers.every((tier) => tier < accountTiers.length)
  );
}
