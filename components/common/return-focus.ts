/**
 * Back from a contact's page (its own Back, the browser's back, or the nav
 * to the view it was opened from) puts the keyboard focus on the control the
 * contact was opened with (their name in the contacts table, under an
 * account, on a goal), scrolled into view: a keyboard user carries on from
 * there instead of tabbing through the whole view again. A list notes the
 * control as it opens a contact (useReturnFocus's `leave`); the page says
 * when the way back is taken (useTakeWayBack), and ends the trip when any
 * other view is shown (useWayBackEnds); both through the surrounding
 * ViewMemory. When the control
 * is gone by then (its contact deleted, or filtered out since), the focus
 * goes to the control that was next to it (after, else before), so the user
 * is still where they were in the list; with neither, it stays where the
 * view puts it on any visit.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { focusIsLost } from './use-focus-rescue';
import { useRememberedValue } from './view-memory';

/** The control a contact's page was opened with: which list, and which of its controls. */
interface Departure {
  list: string;
  spot: string;
  /** The controls rendered next to it then (after it, then before it), in case it is gone on the way back. */
  neighbours: string[];
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
 * For the page: what to call as it leaves a contact's page for the view the
 * contact was opened from, before that view renders.
 */
export function useTakeWayBack(): () => void {
  const departure = useRememberedValue<Departure | null>(DEPARTURE, null);
  return useCallback(() => {
    const way = departure.get();
    if (way) departure.set({ ...way, returning: true });
  }, [departure]);
}

/**
 * For the page. `view`: the view shown, null while a contact's page is. A
 * view shown other than by the way back ends the trip.
 */
export function useWayBackEnds(view: string | null): void {
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
  /** The ref for the control for `spot`, on every control the list renders. */
  anchor(spot: string): (element: HTMLElement | null) => void;
}

/** The controls rendered, in the page's order. */
function inPageOrder(controls: Map<string, HTMLElement>): string[] {
  return [...controls]
    .filter(([, element]) => element.isConnected)
    .sort(([, a], [, b]) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
    .map(([spot]) => spot);
}

/** For a list whose controls open contacts, named `list` (one name per list on the page). */
export function useReturnFocus(list: string, options: ReturnFocusOptions): ReturnFocus {
  const departure = useRememberedValue<Departure | null>(DEPARTURE, null);
  // Where to return, read as the list comes in: null when it comes in other than by Back.
  const [target] = useState(() => {
    const left = departure.get();
    return left !== null && left.returning && left.list === list ? left : null;
  });
  // Taken by this list: mounted again in the same visit (after a filter that matched nobody), it must
  // not return again.
  useEffect(() => {
    if (target !== null) departure.set(null);
  }, [target, departure]);

  /** The controls the list renders now, by spot. */
  const controls = useRef(new Map<string, HTMLElement>());
  const doneRef = useRef(false);
  // After every render until it is over: the one that brings the list read, or the control scrolled in.
  useEffect(() => {
    if (target !== null && !doneRef.current) doneRef.current = stepBack(target, controls.current, options);
  });

  // One ref callback per control, kept while it is rendered: rows keep their props from render to render.
  const refs = useRef(new Map<string, (element: HTMLElement | null) => (() => void) | undefined>());
  const anchor = useCallback((spot: string) => {
    let ref = refs.current.get(spot);
    if (!ref) {
      ref = (element) => {
        if (!element) return undefined;
        controls.current.set(spot, element);
        return () => {
          // Rows scrolled away go: nothing keeps a detached control.
          if (controls.current.get(spot) === element) controls.current.delete(spot);
          refs.current.delete(spot);
        };
      };
      refs.current.set(spot, ref);
    }
    return ref;
  }, []);
  const leave = useCallback(
    (spot: string) => {
      const order = inPageOrder(controls.current);
      const at = order.indexOf(spot);
      const neighbours = at === -1 ? [] : [order[at + 1], order[at - 1]].filter((next) => next !== undefined);
      departure.set({ list, spot, neighbours, returning: false });
    },
    [departure, list],
  );
  return { leave, anchor };
}

/** One step of the way back to `target`; true once it is over. */
function stepBack(
  { spot, neighbours }: Departure,
  controls: Map<string, HTMLElement>,
  { ready = true, indexOf, scrollTo }: ReturnFocusOptions,
): boolean {
  // The user has moved on while the list was read: their place is theirs.
  if (!focusIsFree(document)) return true;
  if (!ready) return false;
  const control = controls.get(spot);
  if (control?.isConnected) {
    control.focus();
    return true;
  }
  const index = indexOf(spot);
  if (index !== -1 && scrollTo) {
    // Rendered once scrolled into view: the next step comes with the render that brings it.
    scrollTo(index);
    return false;
  }
  if (index === -1) {
    // Gone (deleted, or filtered out): the place next to it, where the user was in the list.
    const next = neighbours
      .map((neighbour) => controls.get(neighbour))
      .find((element) => element?.isConnected);
    next?.focus();
  }
  return true;
}
