/**
 * What the user types when setting a follow-up or a cadence, checked before
 * anything is saved, each problem as a sentence to show beside the field.
 */
import { addYears, format, isValid, parse, setHours, startOfDay } from 'date-fns';
import { MAX_NAME } from '../db/schema';

export const MAX_REASON = MAX_NAME * 2;
export const MIN_CADENCE_DAYS = 1;
export const MAX_CADENCE_DAYS = 3650;
/** A follow-up set for a day is due that morning, when the working day starts (as snoozes are). */
export const FOLLOW_UP_HOUR = 9;
const MAX_YEARS_AHEAD = 5;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** A date input's value ("2025-06-20") to that day's morning; today or later. */
export function followUpDate(value: string, now: number): Checked<number> {
  if (value.trim() === '') return { ok: false, error: 'Choose the day to follow up.' };
  const day = parse(value, 'yyyy-MM-dd', new Date(now));
  if (!isValid(day)) return { ok: false, error: 'That is not a date.' };
  if (startOfDay(day).getTime() < startOfDay(now).getTime()) {
    return { ok: false, error: 'Choose today or a later day.' };
  }
  if (day.getTime() > addYears(now, MAX_YEARS_AHEAD).getTime()) {
    return { ok: false, error: `Choose a day within the next ${MAX_YEARS_AHEAD} years.` };
  }
  return { ok: true, value: setHours(startOfDay(day), FOLLOW_UP_HOUR).getTime() };
}

export function followUpReason(value: string): Checked<string> {
  const reason = value.trim();
  if (reason === '')
    return { ok: false, error: 'Say what the follow-up is for, e.g. “Send the case study”.' };
  if (reason.length > MAX_REASON) {
    return { ok: false, error: `Keep the reason to ${MAX_REASON} characters (it has ${reason.length}).` };
  }
  return { ok: true, value: reason };
}

export function cadenceDays(value: string): Checked<number> {
  const text = value.trim();
  const days = Number(text);
  if (
    text === '' ||
    !/^\d+$/.test(text) ||
    !Number.isInteger(days) ||
    days < MIN_CADENCE_DAYS ||
    days > MAX_CADENCE_DAYS
  ) {
    return {
      ok: false,
      error: `The cadence is a whole number of days from ${MIN_CADENCE_DAYS} to ${MAX_CADENCE_DAYS}.`,
    };
  }
  return { ok: true, value: days };
}

/** A day as a date input's value (yyyy-MM-dd) in local time. */
export function dateInputValue(at: number): string {
  return format(at, 'yyyy-MM-dd');
}
