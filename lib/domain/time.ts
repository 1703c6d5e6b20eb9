/**
 * How domain rules receive the current time. Rules never read the clock
 * themselves (DESIGN.md: time is injected), so callers pass `now` as a Date
 * or as epoch milliseconds, the unit every record stores.
 */
export type Now = Date | number;

export function toInstant(now: Now): number {
  return typeof now === 'number' ? now : now.getTime();
}

/**
 * A nominal day in milliseconds. Only for ratios ("2.3× the cadence"), where
 * an hour gained or lost to daylight saving does not matter; due dates and
 * "days ago" go through date-fns calendar arithmetic instead.
 */
export const DAY_MS = 86_400_000;
