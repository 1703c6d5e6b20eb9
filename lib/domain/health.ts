/**
 * A 0–100 health score for one relationship, always with the reasons that
 * drove it, from:
 * - recency against the cadence (40): full within the cadence, falling to
 *   nothing at twice the cadence, the "badly overdue" line;
 * - variety (20): kinds of value-adding gesture in the last 90 days, full
 *   at three, because one habit on repeat is not a relationship;
 * - frequency (20): value-adding gestures in the last 90 days against what
 *   the cadence asks for in that time;
 * - give/ask balance (20): full while there are at least two gives per ask;
 * - open account issues: minus 10 each, at most minus 20, because an open
 *   problem hurts every relationship at the account.
 */
import { subDays } from 'date-fns';
import type { AccountIssue, Gesture } from '../db/schema';
import { agoPhrase } from './day-phrases';
import { giveAskBalance } from './give-ask-balance';
import { isGive } from './gestures';
import { plural } from './plural';
import { DAY_MS, toInstant, type Now } from './time';

export const HEALTH_WINDOW_DAYS = 90;

export type HealthFactor = 'recency' | 'variety' | 'frequency' | 'balance' | 'issues';

export interface HealthReason {
  factor: HealthFactor;
  /** What this factor contributed; negative for penalties. */
  points: number;
  /** The most it can contribute (0 for a penalty). */
  max: number;
  text: string;
}

export interface Health {
  score: number;
  reasons: HealthReason[];
}

export interface HealthInput {
  /** Gestures with the contact (any dates; the rules pick their window). */
  gestures: readonly Pick<Gesture, 'type' | 'at'>[];
  lastGiveAt: number | null;
  cadenceDays: number;
  openIssues: readonly Pick<AccountIssue, 'kind'>[];
}

const RECENCY_MAX = 40;
const VARIETY_MAX = 20;
const FREQUENCY_MAX = 20;
const BALANCE_MAX = 20;
const FULL_VARIETY = 3;
const GIVES_PER_ASK = 2;
const ISSUE_PENALTY = 10;
const MAX_ISSUE_PENALTY = 20;

export function relationshipHealth(input: HealthInput, now: Now): Health {
  const at = toInstant(now);
  const windowStart = subDays(at, HEALTH_WINDOW_DAYS).getTime();
  const recentGives = input.gestures.filter((g) => g.at > windowStart && g.at <= at && isGive(g.type));
  const reasons = [
    recency(input.lastGiveAt, input.cadenceDays, at),
    variety(new Set(recentGives.map((g) => g.type)).size),
    frequency(recentGives.length, input.cadenceDays),
    balance(input.gestures, at),
    issues(input.openIssues),
  ];
  const total = reasons.reduce((sum, reason) => sum + reason.points, 0);
  return { score: Math.min(100, Math.max(0, total)), reasons };
}

function recency(lastGiveAt: number | null, cadenceDays: number, now: number): HealthReason {
  const reason = (points: number, text: string): HealthReason => ({
    factor: 'recency',
    points,
    max: RECENCY_MAX,
    text,
  });
  if (lastGiveAt === null) return reason(0, 'no value-adding gesture yet');
  const ratio = (now - lastGiveAt) / (cadenceDays * DAY_MS);
  const last = `last value-adding gesture ${agoPhrase(lastGiveAt, now)}`;
  if (ratio <= 1) return reason(RECENCY_MAX, `${last}, within the ${cadenceDays}-day cadence`);
  if (ratio >= 2) return reason(0, `${last}, more than twice the ${cadenceDays}-day cadence`);
  return reason(
    Math.round(RECENCY_MAX * (2 - ratio)),
    `${last}, ${ratio.toFixed(1)}× the ${cadenceDays}-day cadence`,
  );
}

function variety(kinds: number): HealthReason {
  return {
    factor: 'variety',
    points: Math.round((VARIETY_MAX * Math.min(kinds, FULL_VARIETY)) / FULL_VARIETY),
    max: VARIETY_MAX,
    text:
      kinds === 0
        ? `no value-adding gestures in the last ${HEALTH_WINDOW_DAYS} days`
        : `${plural(kinds, 'kind')} of gesture in the last ${HEALTH_WINDOW_DAYS} days`,
  };
}

function frequency(gives: number, cadenceDays: number): HealthReason {
  const expected = Math.max(1, Math.floor(HEALTH_WINDOW_DAYS / cadenceDays));
  return {
    factor: 'frequency',
    points: Math.round(FREQUENCY_MAX * Math.min(1, gives / expected)),
    max: FREQUENCY_MAX,
    text: `${plural(gives, 'value-adding gesture')} in the last ${HEALTH_WINDOW_DAYS} days, ${expected} expected at a ${cadenceDays}-day cadence`,
  };
}

function balance(gestures: HealthInput['gestures'], now: number): HealthReason {
  const { gives, asks, warning } = giveAskBalance(gestures, now, HEALTH_WINDOW_DAYS);
  return {
    factor: 'balance',
    points: asks === 0 ? BALANCE_MAX : Math.round(BALANCE_MAX * Math.min(1, gives / (GIVES_PER_ASK * asks))),
    max: BALANCE_MAX,
    text:
      warning ?? `${plural(gives, 'give')} and ${plural(asks, 'ask')} in the last ${HEALTH_WINDOW_DAYS} days`,
  };
}

function issues(open: HealthInput['openIssues']): HealthReason {
  if (open.length === 0) return { factor: 'issues', points: 0, max: 0, text: 'no open account issues' };
  const kinds = [...new Set(open.map((issue) => issue.kind))].join(', ');
  return {
    factor: 'issues',
    points: -Math.min(MAX_ISSUE_PENALTY, ISSUE_PENALTY * open.length),
    max: 0,
    text: `${plural(open.length, 'open account issue')} (${kinds})`,
  };
}
