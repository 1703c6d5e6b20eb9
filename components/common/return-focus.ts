/**
 * Back from a contact's page puts the keyboard focus on the control the
 * contact was opened with (their name in the contacts table, under an
 * account, on a goal), scrolled into view: a keyboard user carries on from
 * there instead of tabbing through the whole view again. A list notes the
 * control as it opens a contact (useReturnFocus's `leave`); the page says
 * when Back is taken, and ends the trip when any other view is shown
 * (useWayBack); both through the surrounding ViewMemory. When the control
 * is gone by then (its contact deleted, or filtered out since), the focus
 * stays where the view puts it on any visit.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { focusIsLost } from './use-focus-rescue';
import { useRememberedValue } from './view-memory';

/** The control a contact's page was opened with: which list, and which of its controls. */
interface Departure {
  list: string;
  spot: string;
  /** Set by Back: the list is to put the focus on the control again. */
  returning: boolean;
}

const DEPARTURE = 'return-focus.departure';

/**
 * Whether the focus is on nothing the user chose: nowhere, or on the view's
 * region (tabindex -1), which takes it as the view comes in.
 */
const focusIsFree = (doc: Document) => focusIsLost(doc) || (doc.activeElement as HTMLElement).tabIndex < 0;

/**
 * For the page. `view`: the view shown, null while a contact's page is.
 * Returns what Back calls before it navigates.
 */
export function useWayBack(view: string | null): () => void {
  const departure = useRememberedValue<Departure | null>(DEPARTURE, null);
  useEffect(() => {
    const way = departure.get();
    if (view === null || way === null) return;
    // A view shown other than by Back: a contact's page opened later some other way (its address, the
    // popup) must not send a later Back to this control.
    if (!way.returning) {
      departure.set(null);
      return;
    }
    // The visit Back made: its list may come in later (once read), and takes the return then. Any
    // other view shown ends it.
    return () => {
      if (departure.get() === way) departure.set(null);
    };
  }, [view, departure]);
  return useCallback(() => {
    const way = departure.get();
    if (way) departure.set({ ...way, returning: true });
  }, [departure]);
}

export interface ReturnFocusOptions {
  /**
   * Whether the list is as read on this visit. A list shown from the last
   * visit until then may still hold a contact deleted since: the focus
   * waits for the list read.
   */
  ready?: boolean;
  /** Where the control for `spot` is in the list now; -1 when it is no longer there. */
  indexOf(spot: string): number;
  /** Brings the entry at `index` into the page, for a list that renders only those in view. */
  scrollTo?(index: number): void;
}

export interface ReturnFocus {
  /** To call as the control for `spot` opens a contact: Back will return the focus to it. */
  leave(spot: string): void;
  /** The ref for the control for `spot`: set only on the one the focus is to return to. */
  anchor(spot: string): ((element: HTMLElement | null) => void) | undefined;
}

/** For a list whose controls open contacts, named `list` (one name per list on the page). */
export function useReturnFocus(list: string, options: ReturnFocusOptions): ReturnFocus {
  const departure = useRememberedValue<Departure | null>(DEPARTURE, null);
  // The control to return to, read as the list comes in: null when it comes in other than by Back.
  const [target] = useState(() => {
    const left = departure.get();
    return left !== null && left.returning && left.list === list ? left.spot : null;
  });
  // Taken by this list: mounted again in the same visit (after a filter that matched nobody), it must
  // not return again.
  useEffect(() => {
    if (target !== null) departure.set(null);
  }, [target, departure]);

  const controlRef = useRef<HTMLElement | null>(null);
  const doneRef = useRef(false);
  // After every render until it is over: the one that brings the list read, or the control scrolled in.
  useEffect(() => {
    if (target !== null && !doneRef.current) doneRef.current = stepBack(target, controlRef.current, options);
  });

  const anchor = useCallback((element: HTMLElement | null) => {
    controlRef.current = element;
  }, []);
  const leave = useCallback(
    (spot: string) => {
      departure.set({ list, spot, returning: false });
    },
    [departure, list],
  );
  return { leave, anchor: (spot) => (spot === target ? anchor : undefined) };
}

/** One step of the way back to `target`, whose control is `control` when rendered; true once it is over. */
function stepBack(
  target: string,
  control: HTMLElement | null,
  { ready = true, indexOf, scrollTo }: ReturnFocusOptions,
): boolean {
  // The user has moved on while the list was read: their place is theirs.
  if (!focusIsFree(document)) return true;
  if (!ready) return false;
  if (control !== null) {
    control.focus();
    return true;
  }
  const index = indexOf(target);
  if (index === -1 || !scrollTo) return true;
  // Rendered once scrolled into view: the next step comes with the render that brings it.
  scrollTo(index);
  return false;
}
