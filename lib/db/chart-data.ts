/**
 * Reading what the dashboard's pictures show (lib/portfolio/chart-data.ts
 * computes them), through indexes, so they stay quick at 50,000 contacts and
 * 500,000 gestures:
 * - accounts: whole (the 80/20 ranking needs every account's value);
 * - contacts per level: one index count per ladder level (`levelId`), no
 *   contact read;
 * - level changes: the last 90 days only, a range on the `at` index;
 * - due states: the priority queue's own inputs as the popup reads them
 *   (loadQueueInputs: stored, or caught up with the writes since, rather
 *   than built from every contact), and a count of the contacts;
 * - gestures: the last 12 weeks only, a range on the `at` index, kept
 *   between reads by the dashboard and caught up with the writes since
 *   (gesture-window.ts).
 */
import { getEngineSettings } from './engine-settings';
import { db, type RapportDatabase } from './database';
import { gestureWindowKeeper, type GestureWindowKeeper } from './gesture-window';
import { inputAt } from '../domain/priority-columns';
import { loadQueueInputs } from './priority-source';
import { keepValid } from './read';
import { getSetting, ladderSetting } from './settings';
import {
  dueDistribution,
  gestureWeeks,
  gestureWindow,
  levelFunnel,
  movementSince,
  paretoSeries,
  type DueDistribution,
  type FunnelStep,
  type GestureWeek,
  type ParetoSeries,
} from '../portfolio/chart-data';

export interface ChartData {
  pareto: ParetoSeries;
  funnel: FunnelStep[];
  due: DueDistribution;
  weeks: GestureWeek[];
}

export async function loadParetoSeries(database: RapportDatabase = db): Promise<ParetoSeries> {
  const [settings, accounts] = await Promise.all([getEngineSettings(database), database.accounts.toArray()]);
  return paretoSeries(keepValid(database, 'accounts', accounts), settings.pareto);
}

export async function loadLevelFunnel(now: number, database: RapportDatabase = db): Promise<FunnelStep[]> {
  const ladder = await getSetting(ladderSetting, database);
  const [counts, changes] = await Promise.all([
    Promise.all(ladder.levels.map((level) => database.contacts.where('levelId').equals(level.id).count())),
    database.levelChanges.where('at').between(movementSince(now), now, false, true).toArray(),
  ]);
  return levelFunnel(
    ladder,
    Object.fromEntries(ladder.levels.map((level, i) => [level.id, counts[i]!])),
    keepValid(database, 'levelChanges', changes),
    now,
  );
}

export async function loadDueDistribution(
  now: number,
  database: RapportDatabase = db,
): Promise<DueDistribution> {
  const [{ inputs, dueSoonDays }, contacts] = await Promise.all([
    loadQueueInputs(now, database),
    database.contacts.count(),
  ]);
  const followed = Array.from({ length: inputs.count }, (_, i) => inputAt(inputs, i));
  return dueDistribution(followed, Math.max(0, contacts - followed.length), now, dueSoonDays);
}

export async function loadGestureWeeks(
  now: number,
  database: RapportDatabase = db,
  kept: GestureWindowKeeper = gestureWindowKeeper(database),
): Promise<GestureWeek[]> {
  const { from, to } = gestureWindow(now);
  return gestureWeeks(await kept.read(from, to), now);
}

/** Everything the pictures show, at `now`; the gestures from `gestures` (by default a keeper of its own). */
export async function loadChartData(
  now: number,
  database: RapportDatabase = db,
  gestures?: GestureWindowKeeper,
): Promise<ChartData> {
  const [pareto, funnel, due, weeks] = await Promise.all([
    loadParetoSeries(database),
    loadLevelFunnel(now, database),
    loadDueDistribution(now, database),
    loadGestureWeeks(now, database, gestures),
  ]);
  return { pareto, funnel, due, weeks };
}
