/**
 * One ranked list of who needs attention now.
 *
 * A contact is on the list when their next due date (cadence or follow-up,
 * see due.ts) is due soon or past and not snoozed, or when an open goal step
 * of theirs is. Their score multiplies:
 * - urgency: the lateness relative to their cadence (1 when due, 2 one whole
 *   cadence late, capped at MAX_URGENCY so that one long-forgotten contact
 *   cannot bury everyone else); before the due moment 1 / (1 + days to go);
 * - the account's tier, and 1 + the account's share of all value, so that
 *   reminders rank by value as well as lateness (DOMAIN.md, 80/20);
 * - the level (a deeper relationship has more to lose);
 * - open account issues and a due goal step, which both make a touch count
 *   for more.
 * Equal scores fall back to the earlier due date, then the contact id, so
 * the order is total and does not depend on the input order.
 *
 * Inputs are prebuilt per contact (priority-inputs.ts builds them in one
 * pass over the records) and ranked in their column form (priority-columns.ts)
 * without an object per contact; most due dates are settled without
 * calendar arithmetic (score), and reasons are phrased only for the entries
 * returned, so ranking tens of thousands of contacts stays cheap.
 */
import { accountTiers, type AccountTier } from './account-tier';
import { compareText } from './compare-text';
import { duePhrase } from './day-phrases';
import { firstInOrder } from './first-in-order';
import {
  attentionHorizon,
  CALENDAR_SLACK_MS,
  needsAttention,
  nextDue,
  type ContactClock,
  type NextDue,
} from './due';
import { plural } from './plural';
import {
  clockAt,
  inputAt,
  nominalCadenceDueAt,
  priorityColumns,
  type PriorityColumns,
} from './priority-columns';
import { DAY_MS, toInstant, type Now } from './time';

export interface PriorityInput {
  contactId: string;
  clock: ContactClock;
  tier: AccountTier;
  /** The account's share of all accounts' value, 0..1 (0 without an account). */
  valueShare: number;
  /** The level set, from 0 (lowest) to 1 (highest). */
  levelRank: number;
  /** Earliest open step of the contact's open goals. */
  goalStepDueAt: number | null;
  openIssues: number;
}

export interface PriorityEntry {
  contactId: string;
  score: number;
  /** The earliest due date that put them on the list. */
  dueAt: number;
  next: NextDue;
  /** Short reasons, most important first, e.g. ["2.3× overdue", "top-tier account", "goal step due Friday"]. */
  reasons: string[];
}

export interface PriorityOptions {
  dueSoonDays: number;
  /** How many entries to return (the rest are only counted); all when omitted. */
  limit?: number;
}

export interface PriorityRanking {
  entries: PriorityEntry[];
  /** How many contacts need attention, returned or not. */
  total: number;
}

export const MAX_URGENCY = 4;
const TIER_WEIGHT: Record<AccountTier, number> = { top: 2, middle: 1.4, low: 1 };
const LEVEL_WEIGHT = 0.5;
const ISSUE_WEIGHT = 0.25;
const MAX_ISSUES_COUNTED = 4;
const GOAL_STEP_WEIGHT = 1.25;
/** Below this the lateness reads better in days than as a multiple. */
const MIN_MULTIPLE_SHOWN = 1.1;

/** What the order is decided on. */
export interface PriorityKey {
  contactId: string;
  score: number;
  dueAt: number;
}

interface Scored {
  /** Position in the columns. */
  index: number;
  score: number;
  /** Null, and dueAt NaN, while not worked out (see score); settle works them out. */
  next: NextDue | null;
  dueAt: number;
  dueNeedsAttention: boolean;
  goalNeedsAttention: boolean;
}

/** Settled with the contact's id, for the order and the entry: built only for the contenders. */
interface Settled extends Scored, PriorityKey {
  next: NextDue;
}

export function rankPriorities(
  inputs: readonly PriorityInput[],
  now: Now,
  options: PriorityOptions,
): PriorityRanking {
  return rankPriorityColumns(priorityColumns(inputs), now, options);
}

/** rankPriorities over the column form: only the entries returned are built as objects. */
export function rankPriorityColumns(
  columns: PriorityColumns,
  now: Now,
  options: PriorityOptions,
): PriorityRanking {
  const at = toInstant(now);
  const horizon = attentionHorizon(at, options.dueSoonDays);
  const scored: Scored[] = [];
  for (let i = 0; i < columns.count; i++) {
    const item = score(columns, i, at, horizon);
    if (item) scored.push(item);
  }
  return {
    entries: firstEntries(columns, scored, options.limit).map((item) => ({
      contactId: item.contactId,
      score: item.score,
      dueAt: item.dueAt,
      next: item.next,
      reasons: reasons(item, inputAt(columns, item.index), at),
    })),
    total: scored.length,
  };
}

/** Higher score first, then the earlier due date, then the contact id. */
export function comparePriority(a: PriorityKey, b: PriorityKey): number {
  return b.score - a.score || a.dueAt - b.dueAt || compareText(a.contactId, b.contactId);
}

/**
 * The first `limit` entries in priority order (all when there is no limit),
 * settled. Most scores are known without the due date, which then only
 * breaks ties: it is worked out for the contenders alone, those scoring at
 * least as high as the last entry returned.
 */
function firstEntries(columns: PriorityColumns, scored: Scored[], limit: number | undefined): Settled[] {
  if (limit === undefined) return scored.map((item) => settle(columns, item)).sort(comparePriority);
  const cut = firstInOrder(scored, limit, (a, b) => b.score - a.score).at(-1);
  if (cut === undefined) return [];
  const contenders = scored.filter((item) => item.score >= cut.score).map((item) => settle(columns, item));
  return firstInOrder(contenders, limit, comparePriority);
}

/** The entry with its contact's id, and its next due date and due date where score left them out. */
function settle(columns: PriorityColumns, item: Scored): Settled {
  const next = item.next ?? nextDue(clockAt(columns, item.index));
  return {
    ...item,
    contactId: columns.contactIdAt(item.index),
    next,
    dueAt:
      item.next === null
        ? dueAtOf(next, item.dueNeedsAttention, columns.goalStepDueAt[item.index]!)
        : item.dueAt,
  };
}

/** The earliest due date that puts a contact on the list: the next due date if it does, the goal step's (or NaN). */
function dueAtOf(next: NextDue, dueNeedsAttention: boolean, goalStepDueAt: number): number {
  const dueAt = dueNeedsAttention ? next.dueAt : Infinity;
  // A NaN goal step (none) or one not due yet never makes it on the list (goalNeedsAttention is false).
  return goalStepDueAt <= dueAt ? goalStepDueAt : dueAt;
}

/**
 * Contact i's place on the list, or null when they do not need attention;
 * read from the columns in place. Most contacts have nothing but the
 * cadence, and for most of them where it falls due on the calendar does not
 * change whether they need attention, nor their urgency: not yet due, or so
 * late that urgency is capped. Their due date is left out (next null) until
 * it breaks a tie (firstEntries): working it out is calendar arithmetic in
 * the user's time zone, which dominated ranking tens of thousands of
 * contacts.
 */
function score(columns: PriorityColumns, i: number, now: number, horizon: number): Scored | null {
  const goalStepDueAt = columns.goalStepDueAt[i]!;
  // NaN (no goal step) compares false.
  const goalNeedsAttention = goalStepDueAt <= horizon;
  const cadenceMs = columns.cadenceDays[i]! * DAY_MS;
  let next: NextDue | null = null;
  let dueNeedsAttention: boolean;
  // NaN (follow-ups, which may move the due date anywhere) fails both comparisons.
  const nominal = columns.followUps.has(i) ? NaN : nominalCadenceDueAt(columns, i);
  if (nominal - CALENDAR_SLACK_MS > horizon) {
    dueNeedsAttention = false;
  } else if (
    nominal + CALENDAR_SLACK_MS <= horizon &&
    now - (nominal + CALENDAR_SLACK_MS) >= (MAX_URGENCY - 1) * cadenceMs
  ) {
    dueNeedsAttention = true;
  } else {
    next = nextDue(clockAt(columns, i));
    dueNeedsAttention = needsAttention(next, now, horizon);
  }
  if (!dueNeedsAttention && !goalNeedsAttention) return null;

  let urgency = 0;
  // Due with no due date worked out: late by at least MAX_URGENCY - 1 cadences, so capped.
  if (dueNeedsAttention) urgency = next === null ? MAX_URGENCY : urgencyOf(next.dueAt, now, cadenceMs);
  if (goalNeedsAttention) urgency = Math.max(urgency, urgencyOf(goalStepDueAt, now, cadenceMs));
  const weight =
    TIER_WEIGHT[accountTiers[columns.tiers[i]!]!] *
    (1 + columns.valueShare[i]!) *
    (1 + LEVEL_WEIGHT * columns.levelRank[i]!) *
    (1 + ISSUE_WEIGHT * Math.min(columns.openIssues[i]!, MAX_ISSUES_COUNTED)) *
    (goalNeedsAttention ? GOAL_STEP_WEIGHT : 1);
  return {
    index: i,
    next,
    dueNeedsAttention,
    goalNeedsAttention,
    score: urgency * weight,
    dueAt:
      next !== null
        ? dueAtOf(next, dueNeedsAttention, goalStepDueAt)
        : dueNeedsAttention
          ? NaN
          : goalStepDueAt,
  };
}

function urgencyOf(dueAt: number, now: number, cadenceMs: number): number {
  if (dueAt > now) return 1 / (1 + (dueAt - now) / DAY_MS);
  return Math.min(MAX_URGENCY, 1 + (now - dueAt) / cadenceMs);
}

function reasons(
  { next, dueNeedsAttention, goalNeedsAttention }: Settled,
  input: PriorityInput,
  now: number,
): string[] {
  const list: string[] = [];
  if (dueNeedsAttention) list.push(dueReason(next, input.clock.cadenceDays, now));
  if (input.clock.lastGiveAt === null) list.push('no value-adding gesture yet');
  if (input.tier === 'top') list.push('top-tier account');
  if (goalNeedsAttention) list.push(`goal step ${duePhrase(input.goalStepDueAt!, now)}`);
  if (input.openIssues > 0) list.push(plural(input.openIssues, 'open account issue'));
  return list;
}

function dueReason(next: NextDue, cadenceDays: number, now: number): string {
  if (next.followUp) return `follow-up ${duePhrase(next.dueAt, now)}`;
  const lateness = 1 + (now - next.dueAt) / (cadenceDays * DAY_MS);
  return lateness >= MIN_MULTIPLE_SHOWN ? `${lateness.toFixed(1)}× overdue` : duePhrase(next.dueAt, now);
}
