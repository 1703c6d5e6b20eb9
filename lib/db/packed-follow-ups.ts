/**
 * Follow-ups stored a column per field (packed-queue-inputs.ts keeps the
 * queue's open follow-ups this way): IndexedDB reads thousands of small
 * objects back far more slowly than a few lists of strings and numbers
 * (10,000 follow-ups as objects took about 25 ms to read back in Chromium
 * here). Every field of a follow-up is kept, so what comes back equals what
 * went in; the nullable instants are stored as NaN.
 */
import {
  columnLength,
  isNumberColumn,
  packNumbers,
  unpackNumbers,
  type NumberColumn,
  type NumberList,
} from './number-column';
import { followUpSources, type FollowUp } from './schema';
import { nanAsNull } from '../domain/priority-columns';

const instantFields = ['dueAt', 'snoozedUntil', 'doneAt', 'createdAt', 'updatedAt'] as const;
type InstantField = (typeof instantFields)[number];

export interface PackedFollowUps {
  id: string[];
  contactId: string[];
  reason: string[];
  goalId: Array<string | null>;
  stepId: Array<string | null>;
  /** Index in followUpSources. */
  source: Uint8Array;
  instants: Record<InstantField, NumberColumn>;
}

export function packFollowUps(followUps: readonly FollowUp[]): PackedFollowUps {
  const instants = Object.fromEntries(
    instantFields.map((field) => [field, packNumbers(followUps.map((followUp) => followUp[field] ?? NaN))]),
  ) as Record<InstantField, NumberColumn>;
  return {
    id: followUps.map((followUp) => followUp.id),
    contactId: followUps.map((followUp) => followUp.contactId),
    reason: followUps.map((followUp) => followUp.reason),
    goalId: followUps.map((followUp) => followUp.goalId),
    stepId: followUps.map((followUp) => followUp.stepId),
    source: Uint8Array.from(followUps, (followUp) => followUpSources.indexOf(followUp.source)),
    instants,
  };
}

export function unpackFollowUps(packed: PackedFollowUps): FollowUp[] {
  const [dueAt, snoozedUntil, doneAt, createdAt, updatedAt] = instantFields.map((field) =>
    unpackNumbers(packed.instants[field]),
  ) as [NumberList, NumberList, NumberList, NumberList, NumberList];
  return packed.id.map((id, i) => ({
    id,
    contactId: packed.contactId[i]!,
    dueAt: dueAt[i]!,
    reason: packed.reason[i]!,
    source: followUpSources[packed.source[i]!]!,
    goalId: packed.goalId[i]!,
    stepId: packed.stepId[i]!,
    snoozedUntil: nanAsNull(snoozedUntil[i]!),
    doneAt: nanAsNull(doneAt[i]!),
    createdAt: createdAt[i]!,
    updatedAt: updatedAt[i]!,
  }));
}

/** Whether a stored value has the packed shape, its columns of one length. */
export function isPackedFollowUps(value: unknown): value is PackedFollowUps {
  const packed = value as Partial<PackedFollowUps> | null;
  if (typeof packed !== 'object' || packed === null || !Array.isArray(packed.id)) return false;
  const count = packed.id.length;
  const list = (column: unknown) => Array.isArray(column) && column.length === count;
  const { instants, source } = packed;
  return (
    list(packed.contactId) &&
    list(packed.reason) &&
    list(packed.goalId) &&
    list(packed.stepId) &&
    source instanceof Uint8Array &&
    source.length === count &&
    source.every((index) => index < followUpSources.length) &&
    typeof instants === 'object' &&
    instants !== null &&
    instantFields.every((field) => isNumberColumn(instants[field]) && columnLength(instants[field]) === count)
  );
}
