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
 * `unpackInputs(packInputs(x))` equals `x`, in the column form the queue
 * ranks (priority-columns.ts), so no object per contact is built on a read.
 * The two fields that may be null (the last give, the goal step) are NaN,
 * which neither can be otherwise (they are instants, validated on read).
 */
import { accountTiers } from '../domain/account-tier';
import type { PriorityColumns } from '../domain/priority-columns';
import { spliceLayout, type ColumnSplice } from '../domain/column-splice';
import { idAt, idCount, isIdColumn, packIds, spliceIds, type IdColumn } from './id-column';
import {
  columnLength,
  isNumberColumn,
  packNumbers,
  spliceNumbers,
  unpackNumbers,
  type NumberColumn,
} from './number-column';
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
export type NumberField = (typeof numberFields)[number];

export interface PackedInputs {
  contactIds: IdColumn;
  numbers: Record<NumberField, NumberColumn>;
  /** Index in accountTiers, per contact. */
  tiers: Uint8Array;
  /** The open follow-ups of the contacts that have any (few have), each with its contact's position. */
  followUps: { positions: Uint32Array; list: PackedFollowUps };
}

export function packInputs(columns: PriorityColumns): PackedInputs {
  const numbers = Object.fromEntries(
    numberFields.map((field) => [field, packNumbers(Array.from(columns[field]))]),
  ) as Record<NumberField, NumberColumn>;
  return {
    contactIds: packIds(Array.from({ length: columns.count }, (_, i) => columns.contactIdAt(i))),
    numbers,
    tiers: Uint8Array.from(columns.tiers),
    followUps: packOwnedFollowUps(columns.followUps),
  };
}

/**
 * `packed` with what a catch-up changed (queue-catch-up.ts) taken from
 * `columns`, the same contacts in the same order: the columns named in
 * `changed` (number fields, or the tiers), and the open follow-ups. The rest
 * is kept as it was packed, rather than packed again (the ids alone took
 * about 100 ms at 50,000 contacts, and each number column a few
 * milliseconds).
 */
export function repackCaughtUp(
  packed: PackedInputs,
  columns: PriorityColumns,
  changed: readonly (NumberField | 'tiers')[],
): PackedInputs {
  const numbers = { ...packed.numbers };
  for (const field of changed) {
    if (field !== 'tiers') numbers[field] = packNumbers(Array.from(columns[field]));
  }
  const tiers = changed.includes('tiers') ? Uint8Array.from(columns.tiers) : packed.tiers;
  return { ...packed, numbers, tiers, followUps: packOwnedFollowUps(columns.followUps) };
}

/**
 * `packed` after a catch-up that also took contacts out or put them in
 * (queue-catch-up.ts): `columns` are the spliced inputs, `changed` the
 * columns it patched before splicing, which are packed again; the others are
 * spliced in the form they were packed in (spliceNumbers), and the ids
 * byte for byte (spliceIds), rather than packed again from every value.
 */
export function repackSpliced(
  packed: PackedInputs,
  columns: PriorityColumns,
  splice: ColumnSplice<string>,
  changed: readonly (NumberField | 'tiers')[],
): PackedInputs {
  const { oldAt } = spliceLayout(idCount(packed.contactIds), splice);
  const numbers = Object.fromEntries(
    numberFields.map((field) => {
      const spliced = changed.includes(field)
        ? null
        : spliceNumbers(packed.numbers[field], oldAt, columns[field]);
      return [field, spliced ?? packNumbers(Array.from(columns[field]))];
    }),
  ) as Record<NumberField, NumberColumn>;
  return {
    contactIds: spliceIds(packed.contactIds, splice),
    numbers,
    tiers: Uint8Array.from(columns.tiers),
    followUps: packOwnedFollowUps(columns.followUps),
  };
}

function packOwnedFollowUps(owned: PriorityColumns['followUps']): PackedInputs['followUps'] {
  const positions: number[] = [];
  const followUps: FollowUp[] = [];
  for (const [position, list] of owned) {
    for (const followUp of list) {
      positions.push(position);
      followUps.push(followUp);
    }
  }
  return { positions: Uint32Array.from(positions), list: packFollowUps(followUps) };
}

export function unpackInputs(packed: PackedInputs): PriorityColumns {
  const followUps = new Map<number, FollowUp[]>();
  const { positions, list } = packed.followUps;
  unpackFollowUps(list).forEach((followUp, i) => {
    const owner = followUps.get(positions[i]!);
    if (owner) owner.push(followUp);
    else followUps.set(positions[i]!, [followUp]);
  });
  const column = (field: NumberField) => unpackNumbers(packed.numbers[field]);
  const { contactIds } = packed;
  return {
    count: idCount(contactIds),
    contactIdAt: (i) => idAt(contactIds, i),
    lastGiveAt: column('lastGiveAt'),
    since: column('since'),
    cadenceDays: column('cadenceDays'),
    tiers: packed.tiers,
    valueShare: column('valueShare'),
    levelRank: column('levelRank'),
    goalStepDueAt: column('goalStepDueAt'),
    openIssues: column('openIssues'),
    followUps,
  };
}

/** Whether a stored value has the packed shape, its columns of one length (a damaged row is built again). */
export function isPackedInputs(value: unknown): value is PackedInputs {
  const packed = value as Partial<PackedInputs> | null;
  if (typeof packed !== 'object' || packed === null) return false;
  const { contactIds, numbers, tiers, followUps } = packed;
  if (!isIdColumn(contactIds) || typeof numbers !== 'object' || numbers === null) return false;
  const count = idCount(contactIds);
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
