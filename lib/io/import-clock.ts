/**
 * When imported contacts first fall due.
 *
 * A contact's follow-up clock starts when it was added (createdAt, due.ts)
 * and runs for its cadence. Started all at the moment of the import, every
 * imported contact would fall due on the same day, one cadence later: 3,000
 * LinkedIn connections at once, and after that day a list nobody can work
 * through. So an import staggers the clock starts backwards over a window,
 * about IMPORT_DUE_PER_DAY contacts a day, so their first follow-ups arrive
 * as a steady trickle instead:
 *
 * - the window is the shortest cadence the chosen level has (its top-tier
 *   cadence), so nobody is due before tomorrow whatever their account's
 *   tier turns out to be, and nobody waits longer than one cadence;
 * - a small import (up to IMPORT_DUE_PER_DAY contacts) is not staggered;
 * - rows come due in file order, first rows first: LinkedIn lists the most
 *   recent connections first, the warmest ones to get back to.
 *
 * The clock start is stored as the contact's createdAt (the only clock
 * start the model has), so an imported contact may say it was added up to
 * one cadence before the import.
 */
import type { CadenceSettings } from '../domain/cadence-settings';
import { DAY_MS } from '../domain/time';

export const IMPORT_DUE_PER_DAY = 25;

/** The shortest cadence of a level (its top tier), in days. */
export function shortestCadenceDays(levelId: string, settings: CadenceSettings): number {
  return (settings.byLevel[levelId] ?? settings.otherLevels).top;
}

/** Over how many days the first follow-ups of `count` new contacts are spread. */
export function spreadDays(count: number, shortestCadence: number): number {
  return Math.max(1, Math.min(shortestCadence, Math.ceil(count / IMPORT_DUE_PER_DAY)));
}

/** The clock start (createdAt) of the `index`-th of `count` new contacts: between `window - 1` days ago and now. */
export function clockStart(index: number, count: number, window: number, now: number): number {
  const daysBack = window - 1 - Math.floor((index * window) / Math.max(count, 1));
  return now - daysBack * DAY_MS;
}
