/**
 * Give/ask balance: asking deepens loyalty, but a relationship that only
 * asks goes sour (DOMAIN.md), so asks outweighing gives is a warning.
 * Signals from the customer are neither.
 */
import { subDays } from 'date-fns';
import type { Gesture } from '../db/schema';
import { isAsk, isGive } from './gestures';
import { plural } from './plural';
import { toInstant, type Now } from './time';

export const DEFAULT_BALANCE_WINDOW_DAYS = 90;

export interface GiveAskBalance {
  windowDays: number;
  gives: number;
  asks: number;
  /** Set when asks outweigh gives in the window, e.g. "3 asks but only 1 give in the last 90 days". */
  warning: string | null;
}

/** Gestures in the window ending now (later ones have not happened yet). */
export function giveAskBalance(
  gestures: readonly Pick<Gesture, 'type' | 'at'>[],
  now: Now,
  windowDays = DEFAULT_BALANCE_WINDOW_DAYS,
): GiveAskBalance {
  const end = toInstant(now);
  const start = subDays(end, windowDays).getTime();
  let gives = 0;
  let asks = 0;
  for (const { type, at } of gestures) {
    if (at <= start || at > end) continue;
    if (isGive(type)) gives += 1;
    else if (isAsk(type)) asks += 1;
  }
  const warning =
    asks > gives
      ? `${plural(asks, 'ask')} but ${gives === 0 ? 'no gives' : `only ${plural(gives, 'give')}`} in the last ${windowDays} days`
      : null;
  return { windowDays, gives, asks, warning };
}
