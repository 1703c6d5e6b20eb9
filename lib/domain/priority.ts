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
 * pass over the records), and reasons are phrased only for the entries
 * returned, so ranking tens of thousands of contacts stays cheap.
 */
import type { AccountTier } from './account-tier';
import { compareText } from './compare-text';
import { duePhrase } from './day-phrases';
import { firstInOrder } from './first-in-order';
import { attentionHorizon, needsAttention, nextDue, type ContactClock, type NextDue } from './due';
import { plural } from './plural';
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

interface Scored extends PriorityKey {
  input: PriorityInput;
  next: NextDue;
  dueNeedsAttention: boolean;
  goalNeedsAttention: boolean;
}

export function rankPriorities(
  inputs: readonly PriorityInput[],
  now: Now,
  options: PriorityOptions,
): PriorityRanking {
  const at = toInstant(now);
  const horizon = attentionHorizon(at, options.dueSoonDays);
  const scored: Scored[] = [];
  for (const input of inputs) {
    const item = score(input, at, horizon);
    if (item) scored.push(item);
  }
  const returned =
    options.limit === undefined
      ? scored.sort(comparePriority)
      : firstInOrder(scored, options.limit, comparePriority);
  return {
    entries: returned.map((item) => ({
      contactId: item.contactId,
      score: item.score,
      dueAt: item.dueAt,
      next: item.next,
      reasons: reasons(item, at),
    })),
    total: scored.length,
  };
}

/** Higher score first, then the earlier due date, then the contact id. */
export function comparePriority(a: PriorityKey, b: PriorityKey): number {
  return b.score - a.score || a.dueAt - b.dueAt || compareText(a.contactId, b.contactId);
}

function score(input: PriorityInput, now: number, horizon: number): Scored | null {
  const goalNeedsAttention = input.goalStepDueAt !== null && input.goalStepDueAt <= horizon;
  if (!goalNeedsAttention && cadenceSurelyAfter(input.clock, horizon)) return null;
  const next = nextDue(input.clock);
  const dueNeedsAttention = needsAttention(next, now, horizon);
  if (!dueNeedsAttention && !goalNeedsAttention) return null;

  const cadenceMs = input.clock.cadenceDays * DAY_MS;
  let urgency = 0;
  let dueAt = Infinity;
  if (dueNeedsAttention) {
    urgency = urgencyOf(next.dueAt, now, cadenceMs);
    dueAt = next.dueAt;
  }
  if (goalNeedsAttention) {
    urgency = Math.max(urgency, urgencyOf(input.goalStepDueAt!, now, cadenceMs));
    dueAt = Math.min(dueAt, input.goalStepDueAt!);
  }
  const weight =
    TIER_WEIGHT[input.tier] *
    (1 + input.valueShare) *
    (1 + LEVEL_WEIGHT * input.levelRank) *
    (1 + ISSUE_WEIGHT * Math.min(input.openIssues, MAX_ISSUES_COUNTED)) *
    (goalNeedsAttention ? GOAL_STEP_WEIGHT : 1);
  return {
    contactId: input.contactId,
    input,
    next,
    dueNeedsAttention,
    goalNeedsAttention,
    score: urgency * weight,
    dueAt,
  };
}

/**
 * Whether a contact with nothing but the cadence is certainly not due by the
 * horizon, judged without calendar arithmetic: most contacts are not due,
 * and skipping them is what keeps ranking fast. Adding calendar days never
 * lands more than one nominal day early (DST moves clocks by hours; the
 * biggest jump on record, Samoa skipping 30 December 2011, was one day).
 */
function cadenceSurelyAfter(clock: ContactClock, horizon: number): boolean {
  return (
    clock.followUps.length === 0 &&
    (clock.lastGiveAt ?? clock.since) + (clock.cadenceDays - 1) * DAY_MS > horizon
  );
}

function urgencyOf(dueAt: number, now: number, cadenceMs: number): number {
  if (dueAt > now) return 1 / (1 + (dueAt - now) / DAY_MS);
  return Math.min(MAX_URGENCY, 1 + (now - dueAt) / cadenceMs);
}

function reasons({ input, next, dueNeedsAttention, goalNeedsAttention }: Scored, now: number): string[] {
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
