/**
 * Quiet hours: a daily stretch of local time (e.g. 22:00 to 07:00) in which
 * Rapport shows no notifications. A follow-up that falls due inside it is
 * announced when it ends, never dropped (scheduler.ts). Off by default.
 */
import { z } from 'zod';
import { defineSetting } from '../db/settings';

/** "HH:MM", 24-hour, local time. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 22:00');

export const quietHoursSchema = z
  .strictObject({ enabled: z.boolean(), start: timeOfDaySchema, end: timeOfDaySchema })
  .refine((quiet) => quiet.start !== quiet.end, {
    message: 'Quiet hours must start and end at different times',
    path: ['end'],
  });
export type QuietHours = z.infer<typeof quietHoursSchema>;

export const defaultQuietHours: QuietHours = { enabled: false, start: '22:00', end: '07:00' };

export const quietHoursSetting = defineSetting<QuietHours>(
  'reminders.quietHours',
  quietHoursSchema,
  defaultQuietHours,
);

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** The instant at `minutes` past local midnight of the day `dayOffset` days after `now`'s day. */
function localTime(now: number, dayOffset: number, minutes: number): number {
  const day = new Date(now);
  // The Date constructor resolves local wall-clock time, DST changes included.
  return new Date(
    day.getFullYear(),
    day.getMonth(),
    day.getDate() + dayOffset,
    Math.floor(minutes / 60),
    minutes % 60,
  ).getTime();
}

/**
 * When the quiet hours that `now` falls in end, or null when `now` is not in
 * quiet hours (or they are off). A stretch that crosses midnight (22:00 to
 * 07:00) is quiet from its start to the end of the day and from midnight to
 * its end.
 */
export function quietHoursEnd(quiet: QuietHours, now: number): number | null {
  if (!quiet.enabled) return null;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  const date = new Date(now);
  const minute = date.getHours() * 60 + date.getMinutes();
  if (start < end) return minute >= start && minute < end ? localTime(now, 0, end) : null;
  if (minute >= start) return localTime(now, 1, end);
  if (minute < end) return localTime(now, 0, end);
  return null;
}
