/**
 * What the dashboard's pictures show (lib/portfolio/chart-data.ts computes
 * them), from the book's records as the dashboard keeps them
 * (book-records.ts, caught up with the writes since the last read when they
 * can be), built at the time asked for:
 * - the 80/20 of the accounts' value, and the contacts per ladder level,
 *   from those records;
 * - due states: each followed contact's clock as the priority queue sets it
 *   (contact-clocks.ts);
 * - level changes: the last 90 days only, a range on the `at` index;
 * - gestures: the last 12 weeks only, kept between reads by the dashboard
 *   and caught up with the writes since (gesture-window.ts).
 */
import { contactClocks } from '../domain/contact-clocks';
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
import { bookKeeper, bookView, type BookKeeper, type BookView } from './book-records';
import type { RapportDatabase } from './database';
import { gestureWindowKeeper, type GestureWindowKeeper } from './gesture-window';
import { keepValid } from './read';

export interface ChartData {
  pareto: ParetoSeries;
  funnel: FunnelStep[];
  due: DueDistribution;
  weeks: GestureWeek[];
}

/** Everything the pictures show, from `book`'s records and `gestures`' window (by default keepers of their own). */
export function chartsLoader(
  database: RapportDatabase,
  book: BookKeeper = bookKeeper(database),
  gestures: GestureWindowKeeper = gestureWindowKeeper(database),
): BookView<ChartData> {
  return bookView(database, book, {
    tables: [database.levelChanges],
    read: (at) => {
      const { from, to } = gestureWindow(at);
      return Promise.all([
        database.levelChanges.where('at').between(movementSince(at), at, false, true).toArray(),
        gestures.read(from, to),
      ]);
    },
    build: async (records, { ladder, settings }, [changes, windowGestures], at) => {
      const perLevel = new Map<string, number>();
      for (const contact of records.contacts)
        perLevel.set(contact.levelId, (perLevel.get(contact.levelId) ?? 0) + 1);
      const clocks = contactClocks(records, settings);
      return {
        pareto: paretoSeries(records.accounts, settings.pareto),
        funnel: levelFunnel(
          ladder,
          Object.fromEntries(ladder.levels.map((level) => [level.id, perLevel.get(level.id) ?? 0])),
          keepValid(database, 'levelChanges', changes),
          at,
        ),
        due: dueDistribution(
          clocks.values(),
          records.contacts.length - clocks.size,
          at,
          settings.cadence.dueSoonDays,
        ),
        weeks: gestureWeeks(windowGestures, at),
      };
    },
  });
}
