/**
 * Gesture kinds as the rules see them: gives add to a relationship and reset
 * its follow-up clock, asks draw on it, signals come from the customer.
 */
import { askTypes, giveTypes, signalTypes, type Gesture, type GestureType } from '../db/schema';

const gives = new Set<GestureType>(giveTypes);
const asks = new Set<GestureType>(askTypes);
const signals = new Set<GestureType>(signalTypes);

export function isGive(type: GestureType): boolean {
  return gives.has(type);
}

export function isAsk(type: GestureType): boolean {
  return asks.has(type);
}

/** A strategic plan shared with us or a product idea fed to us (Advocate evidence). */
export function isSignal(type: GestureType): boolean {
  return signals.has(type);
}

/** A reference ask the customer said yes to: they acted as a reference for us. */
export function isReferenceGiven(gesture: Pick<Gesture, 'type' | 'outcome'>): boolean {
  return gesture.type === 'reference-ask' && gesture.outcome === 'yes';
}

/**
 * A value-adding gesture that has happened by `now`: the only kind of touch
 * that resets the follow-up clock. One dated in the future has not happened.
 */
export function isTouch(gesture: Pick<Gesture, 'type' | 'at'>, now: number): boolean {
  return gesture.at <= now && isGive(gesture.type);
}

/** The latest touch (value-adding gesture) at or before `now`, or null. */
export function lastGiveAt(gestures: Iterable<Pick<Gesture, 'type' | 'at'>>, now: number): number | null {
  let latest: number | null = null;
  for (const gesture of gestures) {
    if (isTouch(gesture, now) && (latest === null || gesture.at > latest)) latest = gesture.at;
  }
  return latest;
}

/**
 * A gesture standing in for a fact the database keeps without the gesture
 * itself (a contact's last give, from the derived `latestGives` table), so
 * that rules which need only that fact can be given it without reading the
 * contact's whole history.
 */
export function standInGesture(contactId: string, type: GestureType, at: number): Gesture {
  return { id: `stand-in-${type}-${contactId}`, contactId, type, at, createdAt: at, updatedAt: at };
}
