/**
 * The snooze choices the popup offers, as instants computed from `now` in the
 * user's local calendar: later today (three hours on, while today lasts),
 * tomorrow morning, next Monday morning, or a date the user picks (that
 * date's morning).
 */
import {
  addDays,
  addHours,
  addYears,
  endOfDay,
  format,
  isValid,
  nextMonday,
  parse,
  setHours,
  startOfDay,
} from 'date-fns';

/** Mornings start at 9:00: a snooze to a day means "remind me when the working day starts". */
export const MORNING_HOUR = 9;
const LATER_TODAY_HOURS = 3;
const MAX_SNOOZE_YEARS = 5;

export type SnoozeChoice = 'later-today' | 'tomorrow' | 'next-week';

export interface SnoozeOption {
  choice: SnoozeChoice;
  label: string;
  /** For the undo bar: "Snoozed Dana until tomorrow". */
  when: string;
  until: number;
}

function morningOf(day: Date): number {
  return setHours(startOfDay(day), MORNING_HOUR).getTime();
}

/** The fixed choices at `now`; "later today" is left out when less than three hours of today remain. */
export function snoozeOptions(now: number): SnoozeOption[] {
  const options: SnoozeOption[] = [];
  const later = addHours(now, LATER_TODAY_HOURS).getTime();
  if (later <= endOfDay(now).getTime()) {
    options.push({ choice: 'later-today', label: 'Later today', when: 'until later today', until: later });
  }
  options.push({
    choice: 'tomorrow',
    label: 'Tomorrow',
    when: 'until tomorrow',
    until: morningOf(addDays(now, 1)),
  });
  options.push({
    choice: 'next-week',
    label: 'Next week',
    when: 'until next week',
    until: morningOf(nextMonday(now)),
  });
  return options;
}

export type PickedDate = { ok: true; until: number; when: string } | { ok: false; error: string };

/**
 * A date typed in a date input ("2025-06-20") to the instant to snooze
 * until: that day's morning. Only days after today make sense.
 */
export function pickedSnoozeDate(value: string, now: number): PickedDate {
  if (value.trim() === '') return { ok: false, error: 'Choose a date to snooze until.' };
  const day = parse(value, 'yyyy-MM-dd', new Date(now));
  if (!isValid(day)) return { ok: false, error: 'That is not a date.' };
  if (startOfDay(day).getTime() <= startOfDay(now).getTime()) {
    return { ok: false, error: 'Choose a day after today.' };
  }
  if (day.getTime() > addYears(now, MAX_SNOOZE_YEARS).getTime()) {
    return { ok: false, error: `Choose a day within the next ${MAX_SNOOZE_YEARS} years.` };
  }
  const until = morningOf(day);
  return { ok: true, until, when: `until ${format(until, 'EEEE d MMMM yyyy')}` };
}

/** The earliest date the date input should offer (tomorrow), as yyyy-MM-dd. */
export function firstPickableDay(now: number): string {
  const tomorrow = addDays(now, 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}`;
}
