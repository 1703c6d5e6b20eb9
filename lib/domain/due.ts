/**
 * When a contact is next due for a touch, and how late they are.
 *
 * Two things make a contact due (DOMAIN.md, cadence and follow-up):
 * - the cadence: the last value-adding gesture (or, before the first one,
 *   the day the contact was added) plus the cadence in calendar days. Asks
 *   and signals do not reset it. The cadence reminder is answered by a
 *   gesture, never by ticking it off; to postpone it, the reminders layer
 *   stores a follow-up with source 'cadence' and a snoozedUntil, which counts
 *   only for the round it was made in (created at or after the last give);
 * - explicit follow-ups (source 'manual' or 'goal'): due at dueAt, or at
 *   snoozedUntil when snoozed later than that; done ones are closed.
 * The contact is due at the earliest of these.
 *
 * Statuses use calendar days in the user's local time zone, so "due today"
 * means today on the user's calendar whatever the hour or a DST change:
 * upcoming, due soon (within `dueSoonDays`), due today, overdue, badly
 * overdue (late by more than a whole cadence, i.e. for the cadence more than
 * twice the cadence since the last touch), or snoozed until a date.
 */
import { addDays, differenceInCalendarDays, endOfDay } from 'date-fns';
import type { FollowUp } from '../db/schema';
import { DAY_MS, toInstant, type Now } from './time';

/**
 * Adding calendar days moves an instant by that many days of 24 hours, plus
 * the difference between the time zone's UTC offsets at the start and at
 * the end. Offsets lie within ±24 hours (ECMAScript requires it; the time
 * zone database's lie between -15:56 and +15:13), so that difference is
 * under two days. It reaches more than one: Samoa went from -11 in
 * September 2011, through daylight saving, to +14 when it skipped 30
 * December 2011 (25 hours). Calendar arithmetic in the user's time zone
 * costs about half a microsecond a call, so code that judges tens of
 * thousands of contacts (priority.ts) settles what this bound decides
 * without it.
 */
export const CALENDAR_SLACK_MS = 2 * DAY_MS;

export interface ContactClock {
  /** Latest value-adding gesture at or before now; null when there is none yet. */
  lastGiveAt: number | null;
  /** When the contact was added: the clock's start until the first gesture. */
  since: number;
  cadenceDays: number;
  followUps: readonly FollowUp[];
}

export interface NextDue {
  dueAt: number;
  /** The explicit follow-up that falls due first, or null when the cadence does. */
  followUp: FollowUp | null;
  /** Set when a snooze pushed the due date out; then it equals dueAt. */
  snoozedUntil: number | null;
  /** When the cadence alone falls due, snoozes aside: always after the last touch. */
  cadenceDueAt: number;
}

export function nextDue(clock: ContactClock): NextDue {
  const cadenceDueAt = addDays(clock.lastGiveAt ?? clock.since, clock.cadenceDays).getTime();
  const cadenceSnooze = postponement(cadenceDueAt, currentCadenceSnooze(clock));
  // Object literals of one shape throughout: this runs for every contact when
  // ranking, and spreading objects here made it several times slower.
  let best: NextDue = {
    dueAt: cadenceSnooze ?? cadenceDueAt,
    followUp: null,
    snoozedUntil: cadenceSnooze,
    cadenceDueAt,
  };
  for (const followUp of clock.followUps) {
    if (followUp.doneAt !== null || followUp.source === 'cadence') continue;
    const snoozedUntil = postponement(followUp.dueAt, followUp.snoozedUntil);
    const dueAt = snoozedUntil ?? followUp.dueAt;
    // An explicit follow-up wins a tie with the cadence: it says why it is due.
    const earlier =
      dueAt < best.dueAt ||
      (dueAt === best.dueAt && (best.followUp === null || followUp.id < best.followUp.id));
    if (earlier) best = { dueAt, followUp, snoozedUntil, cadenceDueAt };
  }
  return best;
}

/** The snooze of the latest cadence follow-up made since the last give, if any. */
function currentCadenceSnooze(clock: ContactClock): number | null {
  let latest: FollowUp | null = null;
  for (const followUp of clock.followUps) {
    const thisRound = clock.lastGiveAt === null || followUp.createdAt >= clock.lastGiveAt;
    if (followUp.source !== 'cadence' || followUp.doneAt !== null || !thisRound) continue;
    if (latest === null || followUp.createdAt > latest.createdAt) latest = followUp;
  }
  return latest?.snoozedUntil ?? null;
}

/** A snooze moves the due date only when it is later; returns that later date, else null. */
function postponement(dueAt: number, snoozedUntil: number | null): number | null {
  return snoozedUntil !== null && snoozedUntil > dueAt ? snoozedUntil : null;
}

export const dueStatuses = [
  'upcoming',
  'due-soon',
  'due-today',
  'overdue',
  'badly-overdue',
  'snoozed',
] as const;
export type DueStatus = (typeof dueStatuses)[number];

export interface DueState extends NextDue {
  status: DueStatus;
  /** Calendar days from today to the due day; negative when late. */
  daysUntil: number;
  /** 1 at the due moment, 2 one whole cadence later; below 1 before it is due. */
  lateness: number;
}

export function dueState(clock: ContactClock, now: Now, dueSoonDays: number): DueState {
  const next = nextDue(clock);
  return {
    ...next,
    ...classify(next.dueAt, next.snoozedUntil, clock.cadenceDays, toInstant(now), dueSoonDays),
  };
}

export type FollowUpStatus = DueStatus | 'done';

/** The status of one follow-up on its own, for lists of follow-ups. */
export function followUpStatus(
  followUp: FollowUp,
  cadenceDays: number,
  now: Now,
  dueSoonDays: number,
): FollowUpStatus {
  if (followUp.doneAt !== null) return 'done';
  const snoozedUntil = postponement(followUp.dueAt, followUp.snoozedUntil);
  return classify(snoozedUntil ?? followUp.dueAt, snoozedUntil, cadenceDays, toInstant(now), dueSoonDays)
    .status;
}

function classify(
  dueAt: number,
  snoozedUntil: number | null,
  cadenceDays: number,
  now: number,
  dueSoonDays: number,
): Pick<DueState, 'status' | 'daysUntil' | 'lateness'> {
  const daysUntil = differenceInCalendarDays(dueAt, now);
  const lateness = 1 + (now - dueAt) / (cadenceDays * DAY_MS);
  let status: DueStatus;
  if (snoozedUntil !== null && snoozedUntil > now) status = 'snoozed';
  else if (daysUntil > dueSoonDays) status = 'upcoming';
  else if (daysUntil > 0) status = 'due-soon';
  else if (daysUntil === 0) status = 'due-today';
  else if (-daysUntil > cadenceDays) status = 'badly-overdue';
  else status = 'overdue';
  return { status, daysUntil, lateness };
}

/**
 * The last instant that is still "due soon" or later on the calendar: a due
 * date at or before it needs attention. Computed once per ranking so that
 * ranking thousands of contacts needs no calendar arithmetic per contact.
 */
export function attentionHorizon(now: Now, dueSoonDays: number): number {
  return endOfDay(addDays(toInstant(now), dueSoonDays)).getTime();
}

/** Whether the contact shows as due soon, due today or late (not upcoming, not snoozed). */
export function needsAttention(next: NextDue, now: number, horizon: number): boolean {
  return next.dueAt <= horizon && !(next.snoozedUntil !== null && next.snoozedUntil > now);
}
