/**
 * The priority queue's inputs a column per field rather than an object per
 * contact: the form the queue ranks (priority.ts) and the attention summary
 * counts, and the form its stored inputs come back in (lib/db/
 * packed-queue-inputs.ts). At 50,000 contacts, building an input object per
 * contact on every read of the queue, only for most of them to be dropped
 * again, cost as much as ranking them and left that much more garbage to
 * collect; the columns are read in place, and an input is built only for
 * the entries shown (inputAt).
 */
import { accountTiers } from './account-tier';
import type { ContactClock } from './due';
import { DAY_MS } from './time';
import type { PriorityInput } from './priority';
import type { FollowUp } from '../db/schema';
import { spliceLayout, type ColumnSplice } from './column-splice';

/** Entry i of every column is contact i's; the two nullable instants are NaN for null. */
export interface PriorityColumns {
  /** How many contacts. */
  count: number;
  /** Contact i's id; built on demand where the ids are stored as bytes (lib/db/id-column.ts). */
  contactIdAt(i: number): string;
  lastGiveAt: ArrayLike<number>;
  since: ArrayLike<number>;
  cadenceDays: ArrayLike<number>;
  /** Index in accountTiers. */
  tiers: ArrayLike<number>;
  valueShare: ArrayLike<number>;
  levelRank: ArrayLike<number>;
  goalStepDueAt: ArrayLike<number>;
  openIssues: ArrayLike<number>;
  /** The open follow-ups of the contacts that have any (few have), by position. */
  followUps: ReadonlyMap<number, readonly FollowUp[]>;
}

const NO_FOLLOW_UPS: readonly FollowUp[] = Object.freeze([]);
const nullAsNaN = (value: number | null): number => (value === null ? NaN : value);
export const nanAsNull = (value: number): number | null => (Number.isNaN(value) ? null : value);

export function priorityColumns(inputs: readonly PriorityInput[]): PriorityColumns {
  const column = (value: (input: PriorityInput) => number) => Float64Array.from(inputs, value);
  const followUps = new Map<number, readonly FollowUp[]>();
  inputs.forEach((input, position) => {
    if (input.clock.followUps.length > 0) followUps.set(position, input.clock.followUps);
  });
  return {
    count: inputs.length,
    contactIdAt: (i) => inputs[i]!.contactId,
    lastGiveAt: column((input) => nullAsNaN(input.clock.lastGiveAt)),
    since: column((input) => input.clock.since),
    cadenceDays: column((input) => input.clock.cadenceDays),
    tiers: Uint8Array.from(inputs, (input) => accountTiers.indexOf(input.tier)),
    valueShare: column((input) => input.valueShare),
    levelRank: column((input) => input.levelRank),
    goalStepDueAt: column((input) => nullAsNaN(input.goalStepDueAt)),
    openIssues: column((input) => input.openIssues),
    followUps,
  };
}

/**
 * `columns` with entries taken out and inputs put in: how a catch-up adds
 * contacts to stored inputs in the order a build lists them, and takes out
 * those no longer on the queue.
 */
export function spliceInputs(columns: PriorityColumns, splice: ColumnSplice<PriorityInput>): PriorityColumns {
  const { oldAt, insertedAt } = spliceLayout(columns.count, splice);
  const count = oldAt.length;
  const followUps = new Map<number, readonly FollowUp[]>();
  for (let i = 0; i < count; i++) {
    const old = oldAt[i]!;
    const list = old === -1 ? insertedAt.get(i)!.clock.followUps : columns.followUps.get(old);
    if (list && list.length > 0) followUps.set(i, list);
  }
  const column = (
    Kind: Float64ArrayConstructor | Uint8ArrayConstructor,
    from: ArrayLike<number>,
    value: (input: PriorityInput) => number,
  ) => {
    const out = new Kind(count);
    for (let i = 0; i < count; i++) {
      const old = oldAt[i]!;
      out[i] = old === -1 ? value(insertedAt.get(i)!) : from[old]!;
    }
    return out;
  };
  return {
    count,
    contactIdAt: (i) => (oldAt[i] === -1 ? insertedAt.get(i)!.contactId : columns.contactIdAt(oldAt[i]!)),
    lastGiveAt: column(Float64Array, columns.lastGiveAt, (input) => nullAsNaN(input.clock.lastGiveAt)),
    since: column(Float64Array, columns.since, (input) => input.clock.since),
    cadenceDays: column(Float64Array, columns.cadenceDays, (input) => input.clock.cadenceDays),
    tiers: column(Uint8Array, columns.tiers, (input) => accountTiers.indexOf(input.tier)),
    valueShare: column(Float64Array, columns.valueShare, (input) => input.valueShare),
    levelRank: column(Float64Array, columns.levelRank, (input) => input.levelRank),
    goalStepDueAt: column(Float64Array, columns.goalStepDueAt, (input) => nullAsNaN(input.goalStepDueAt)),
    openIssues: column(Float64Array, columns.openIssues, (input) => input.openIssues),
    followUps,
  };
}

export function clockAt(columns: PriorityColumns, i: number): ContactClock {
  return {
    lastGiveAt: nanAsNull(columns.lastGiveAt[i]!),
    since: columns.since[i]!,
    cadenceDays: columns.cadenceDays[i]!,
    followUps: columns.followUps.get(i) ?? NO_FOLLOW_UPS,
  };
}

/** Contact i's input, as an object. */
export function inputAt(columns: PriorityColumns, i: number): PriorityInput {
  return {
    contactId: columns.contactIdAt(i),
    clock: clockAt(columns, i),
    tier: accountTiers[columns.tiers[i]!]!,
    valueShare: columns.valueShare[i]!,
    levelRank: columns.levelRank[i]!,
    goalStepDueAt: nanAsNull(columns.goalStepDueAt[i]!),
    openIssues: columns.openIssues[i]!,
  };
}

/**
 * When contact i's cadence falls due counted in whole days of 24 hours, for
 * a contact without follow-ups: the calendar puts it within
 * CALENDAR_SLACK_MS of that (due.ts).
 */
export function nominalCadenceDueAt(columns: PriorityColumns, i: number): number {
  const lastGiveAt = columns.lastGiveAt[i]!;
  // A NaN last give (none yet) counts from when the contact was added.
  return (Number.isNaN(lastGiveAt) ? columns.since[i]! : lastGiveAt) + columns.cadenceDays[i]! * DAY_MS;
}
