/** Dates as short human phrases, counted in calendar days in the user's local time zone. */
import { differenceInCalendarDays, format } from 'date-fns';
import { plural } from './plural';

/** "due today", "due tomorrow", "due Friday", "due 12 Mar", "1 day overdue", "3 days overdue". */
export function duePhrase(dueAt: number, now: number): string {
  const days = differenceInCalendarDays(dueAt, now);
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  if (days > 1 && days < 7) return `due ${format(dueAt, 'EEEE')}`;
  if (days >= 7) return `due ${format(dueAt, 'd MMM')}`;
  return `${plural(-days, 'day')} overdue`;
}

/**
 * "today", "yesterday", "12 days ago", "1,082 days ago"; for a day still to
 * come (a record dated ahead, as a backup or an import may hold),
 * "tomorrow" or "in 20 days" rather than a false "today".
 */
export function agoPhrase(at: number, now: number): string {
  const days = differenceInCalendarDays(now, at);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days === -1) return 'tomorrow';
  if (days < 0) return `in ${plural(-days, 'day')}`;
  return `${plural(days, 'day')} ago`;
}
