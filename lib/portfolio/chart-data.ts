/**
 * The numbers behind the dashboard's pictures, from records already read
 * (lib/db/chart-data.ts reads them). Pure: the time is passed in.
 *
 * - The Pareto series: accounts by value, most valuable first, with the
 *   cumulative share, where it reaches the 80% cut, and where the top tier
 *   ends, straight from lib/domain/pareto.ts (the same ranking and tiers as
 *   everywhere else). The two can differ: accounts tied in value with the one
 *   that reaches the cut join the top tier too.
 * - The level funnel: contacts per ladder level, and the moves up into and
 *   down out of each level over the last 90 days (the level history), up and
 *   down meaning higher or lower on the ladder as it is today.
 * - The due-state distribution: how many contacts are overdue, due today,
 *   due in the next 7 days, later, or not followed at all (they left their
 *   account), by lib/domain/due.ts.
 * - Gestures per week over the last 12 weeks, gives and asks apart.
 */
import { addWeeks, differenceInCalendarWeeks, format, startOfWeek, subDays } from 'date-fns';
import { dueState, type ContactClock } from '../domain/due';
import { isAsk, isGive, isSignal } from '../domain/gestures';
import { rankAccounts } from '../domain/pareto';
import type { ParetoSettings } from '../domain/pareto-settings';
import { toInstant, type Now } from '../domain/time';
import type { Account, Gesture, Ladder, LevelChange } from '../db/schema';

// ---------------------------------------------------------------------------
// Pareto

export interface ParetoBar {
  /** The account, or null for a bar that stands for several accounts in a row of the ranking. */
  accountId: string | null;
  /** The account's name, or the ranks the bar stands for ("Accounts 35–68"). */
  name: string;
  value: number;
  /** Share of the total reached by this bar and every one before it, 0..1. */
  cumulativeShare: number;
  /** How many of its accounts are in the top 80/20 tier. */
  topTierAccounts: number;
  /** The value of those accounts: all of `value` or none of it, but for the bar the top tier ends in. */
  topTierValue: number;
  /** Accounts in the bar. */
  accounts: number;
}

export interface ParetoSeries {
  bars: ParetoBar[];
  /** Every account ranked. */
  accountCount: number;
  /** Accounts worth something. */
  valuedCount: number;
  total: number;
  /** The share the cut marks (0.8 by default; the pareto setting). */
  cutShare: number;
  /** How many accounts, most valuable first, it takes to reach the cut; 0 when nothing has value. */
  accountsToCut: number;
  /** The bar where the cumulative share reaches the cut; null when nothing has value. */
  cutIndex: number | null;
  /** Accounts in the top tier: those it takes to reach the cut, and any tied in value with the last of them. */
  topTierCount: number;
  /** The share of the value the top tier makes, 0..1: at least the cut, often more. */
  topTierShare: number;
  /** The last bar with a top-tier account in it; null when nothing has value. */
  topTierEndIndex: number | null;
}

/**
 * Bars drawn at most. A longer ranking is drawn in bars of as many accounts
 * each, in rank order (the 1st to 34th, the 35th to 68th, …), so 50,000
 * accounts draw as fast as 50 and every bar stands for the same number of
 * them: the bars' heights and the cumulative line keep the ranking's shape.
 * (Gathering all but the first few into one bar would dwarf them, and put
 * the cut in a bar most of which is not top tier.)
 */
export const MAX_PARETO_BARS = 30;

/** Floating-point sums can land a hair under a line they reach (as in pareto.ts). */
const TOLERANCE = 1e-9;

export function paretoSeries(
  accounts: ReadonlyArray<Pick<Account, 'id' | 'name' | 'revenue' | 'potential'>>,
  settings: ParetoSettings,
  maxBars = MAX_PARETO_BARS,
): ParetoSeries {
  const ranking = rankAccounts(accounts, settings);
  const { rows, total } = ranking;
  const cut = total > 0 ? rows.findIndex((row) => row.cumulativeShare >= settings.topShare - TOLERANCE) : -1;
  const perBar = Math.max(1, Math.ceil(rows.length / maxBars));
  const bars: ParetoBar[] = [];
  for (let start = 0; start < rows.length; start += perBar) {
    const group = rows.slice(start, start + perBar);
    const last = group[group.length - 1]!;
    const topTier = group.filter((row) => row.tier === 'top');
    bars.push({
      accountId: perBar === 1 ? last.accountId : null,
      name:
        perBar === 1 ? last.name : `Accounts ${formatRank(start + 1)}–${formatRank(start + group.length)}`,
      value: group.reduce((sum, row) => sum + row.value, 0),
      cumulativeShare: last.cumulativeShare,
      topTierAccounts: topTier.length,
      topTierValue: topTier.reduce((sum, row) => sum + row.value, 0),
      accounts: group.length,
    });
  }
  // Without value every account is in the middle tier (pareto.ts), so there is no top tier.
  const top = ranking.tiers.top;
  return {
    bars,
    accountCount: rows.length,
    valuedCount: rows.filter((row) => row.value > 0).length,
    total,
    cutShare: settings.topShare,
    accountsToCut: cut + 1,
    cutIndex: cut === -1 ? null : Math.floor(cut / perBar),
    topTierCount: top.count,
    topTierShare: top.share,
    // The top tier is the head of the ranking, so its last account is at rank `top.count`.
    topTierEndIndex: top.count === 0 ? null : Math.floor((top.count - 1) / perBar),
  };
}

const formatRank = (rank: number) => rank.toLocaleString('en-US');

// ---------------------------------------------------------------------------
// Level funnel

export interface FunnelStep {
  levelId: string;
  name: string;
  color: string;
  /** Contacts on this level now. */
  count: number;
  /** Moves up into this level in the window. */
  promotedIn: number;
  /** Moves down out of this level in the window. */
  demotedOut: number;
}

export const MOVEMENT_DAYS = 90;

/** The start of the movement window: changes after it, up to `now`, count. */
export function movementSince(now: Now, days = MOVEMENT_DAYS): number {
  return subDays(toInstant(now), days).getTime();
}

/**
 * One step per ladder level, lowest first. A change between two levels still
 * on the ladder is a promotion when it goes up the ladder, a demotion when it
 * goes down; one from or to a level no longer on the ladder is neither.
 */
export function levelFunnel(
  ladder: Ladder,
  counts: Readonly<Record<string, number>>,
  changes: ReadonlyArray<Pick<LevelChange, 'fromLevelId' | 'toLevelId' | 'at'>>,
  now: Now,
  days = MOVEMENT_DAYS,
): FunnelStep[] {
  const at = toInstant(now);
  const since = movementSince(at, days);
  const rank = new Map(ladder.levels.map((level, index) => [level.id, index]));
  const steps = ladder.levels.map((level): FunnelStep => ({
    levelId: level.id,
    name: level.name,
    color: level.color,
    count: counts[level.id] ?? 0,
    promotedIn: 0,
    demotedOut: 0,
  }));
  for (const change of changes) {
    if (change.at <= since || change.at > at) continue;
    const from = rank.get(change.fromLevelId);
    const to = rank.get(change.toLevelId);
    if (from === undefined || to === undefined || from === to) continue;
    if (to > from) steps[to]!.promotedIn += 1;
    else steps[from]!.demotedOut += 1;
  }
  return steps;
}

// ---------------------------------------------------------------------------
// Due states

export const dueBuckets = ['overdue', 'today', 'week', 'later', 'none'] as const;
export type DueBucket = (typeof dueBuckets)[number];

export const dueBucketLabels: Record<DueBucket, string> = {
  overdue: 'Overdue',
  today: 'Due today',
  week: 'Due this week',
  later: 'Later',
  none: 'No cadence',
};

/** What each bucket means, for the chart's text. */
export const dueBucketDescriptions: Record<DueBucket, string> = {
  overdue: 'past their due day',
  today: 'due today',
  week: 'due in the next 7 days',
  later: 'due after the next 7 days',
  none: 'not followed up: they have left their account',
};

export type DueDistribution = Record<DueBucket, number>;

/**
 * Every followed contact (their clock, as the queue sets it) in one bucket by the calendar
 * days to their next due day (snoozes included), plus `notFollowed`
 * contacts (those who left their account) in `none`.
 */
export function dueDistribution(
  clocks: Iterable<ContactClock>,
  notFollowed: number,
  now: Now,
  dueSoonDays: number,
): DueDistribution {
  const at = toInstant(now);
  const counts: DueDistribution = { overdue: 0, today: 0, week: 0, later: 0, none: notFollowed };
  for (const clock of clocks) {
    const { daysUntil } = dueState(clock, at, dueSoonDays);
    if (daysUntil < 0) counts.overdue += 1;
    else if (daysUntil === 0) counts.today += 1;
    else if (daysUntil <= 7) counts.week += 1;
    else counts.later += 1;
  }
  return counts;
}

// ---------------------------------------------------------------------------
// Gestures per week

export interface GestureWeek {
  /** Monday 00:00 local time. */
  weekStart: number;
  /** "16 Jun". */
  label: string;
  gives: number;
  asks: number;
  signals: number;
}

export const GESTURE_WEEKS = 12;

const weekOptions = { weekStartsOn: 1 } as const;

/** The instants gestures are counted between (inclusive): Monday of the first week, and now. */
export function gestureWindow(now: Now, weeks = GESTURE_WEEKS): { from: number; to: number } {
  const to = toInstant(now);
  return { from: addWeeks(startOfWeek(to, weekOptions), -(weeks - 1)).getTime(), to };
}

/** The last `weeks` calendar weeks (Monday to Sunday), this one last; gestures after now do not count. */
export function gestureWeeks(
  gestures: ReadonlyArray<Pick<Gesture, 'type' | 'at'>>,
  now: Now,
  weeks = GESTURE_WEEKS,
): GestureWeek[] {
  const { from, to } = gestureWindow(now, weeks);
  const result = Array.from({ length: weeks }, (_, i): GestureWeek => {
    const weekStart = addWeeks(from, i).getTime();
    return { weekStart, label: format(weekStart, 'd MMM'), gives: 0, asks: 0, signals: 0 };
  });
  for (const gesture of gestures) {
    if (gesture.at < from || gesture.at > to) continue;
    const week = result[differenceInCalendarWeeks(gesture.at, from, weekOptions)];
    if (!week) continue;
    if (isGive(gesture.type)) week.gives += 1;
    else if (isAsk(gesture.type)) week.asks += 1;
    else if (isSignal(gesture.type)) week.signals += 1;
  }
  return result;
}
