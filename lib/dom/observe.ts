/**
 * LinkedIn, Gmail and Outlook are single-page apps that rebuild parts of the
 * page all the time, so the content script re-reads the page whenever it
 * changes. Every part of the content script shares one MutationObserver per
 * document (as darkreader does): a page that mutates thousands of nodes per
 * second then costs one callback run per animation frame, not one per
 * mutation or one observer per feature. Changes made only of Rapport's own
 * badges do not count (own-nodes.ts).
 */
import { isOwnMutation } from './own-nodes';

interface SharedObserver {
  observer: MutationObserver;
  listeners: Set<() => void>;
  frame: number | undefined;
}

const sharedObservers = new WeakMap<Document, SharedObserver>();

/**
 * Attribute changes that can change who is shown: the sites reuse rendered
 * nodes and only swap these (Gmail re-points a row's `email`, LinkedIn a
 * card's `href`). Other attributes (class, style) flip on every hover and are
 * ignored so that hovering does not re-scan the page.
 */
const IDENTITY_ATTRIBUTES = [
  'href',
  'email',
  'name',
  'data-name',
  'data-hovercard-id',
  'title',
  'aria-label',
];

/**
 * Calls `callback` at most once per animation frame after `doc` changed,
 * until `signal` aborts. While the tab is hidden, animation frames (and so
 * the callbacks) wait until it is shown again: nobody sees badges there.
 */
export function onDomChange(callback: () => void, signal: AbortSignal, doc: Document = document): void {
  if (signal.aborted) return;
  const shared = sharedObservers.get(doc) ?? startObserving(doc);
  // A wrapper per registration: the same function registered twice with two
  // signals must survive the first signal's abort.
  const listener = (): void => callback();
  shared.listeners.add(listener);
  signal.addEventListener(
    'abort',
    () => {
      shared.listeners.delete(listener);
      if (shared.listeners.size === 0) stopObserving(doc, shared);
    },
    { once: true },
  );
}

/**
 * Calls `callback` with the new URL whenever the page's address changes,
 * until `signal` aborts.
 *
 * Why polling: the sites navigate with history.pushState, which fires no
 * event. A content script cannot wrap pushState, because it runs in an
 * isolated world whose `history` object is not the one the page's own
 * scripts call; the Navigation API that would report it is not in Firefox.
 * But every in-app navigation re-renders the page, so comparing
 * location.href on the (already debounced) DOM-change callback catches it
 * within a frame; popstate and hashchange cover back/forward and Gmail's
 * hash routes even when the DOM has not changed yet.
 */
export function onLocationChange(
  callback: (url: URL) => void,
  signal: AbortSignal,
  win: Window = window,
): void {
  if (signal.aborted) return;
  let lastHref = win.location.href;
  const checkLocation = (): void => {
    const href = win.location.href;
    if (href === lastHref) return;
    lastHref = href;
    callback(new URL(href));
  };
  onDomChange(checkLocation, signal, win.document);
  win.addEventListener('popstate', checkLocation, { signal });
  win.addEventListener('hashchange', checkLocation, { signal });
}

/**
 * Whether `doc` changed since the listeners last ran (a callback is due), as
 * far as the shared observer can tell; true when nothing observes `doc`. A
 * reader that already read the page can reuse what it read while this is
 * false: any change will call it again within a frame anyway.
 */
export function domChangePending(doc: Document = document): boolean {
  const shared = sharedObservers.get(doc);
  if (!shared) return true;
  // Records not delivered yet (made in this task) count too.
  const records = shared.observer.takeRecords();
  if (records.length > 0 && !records.every(isOwnMutation)) scheduleFrame(shared);
  return shared.frame !== undefined;
}

function startObserving(doc: Document): SharedObserver {
  const shared: SharedObserver = {
    observer: new MutationObserver((records) => {
      if (!records.every(isOwnMutation)) scheduleFrame(shared);
    }),
    listeners: new Set(),
    frame: undefined,
  };
  shared.observer.observe(doc, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: IDENTITY_ATTRIBUTES,
  });
  sharedObservers.set(doc, shared);
  return shared;
}

function stopObserving(doc: Document, shared: SharedObserver): void {
  shared.observer.disconnect();
  if (shared.frame !== undefined) cancelAnimationFrame(shared.frame);
  sharedObservers.delete(doc);
}

function scheduleFrame(shared: SharedObserver): void {
  if (shared.frame !== undefined) return;
  shared.frame = requestAnimationFrame(() => {
    shared.frame = undefined;
    for (const listener of [...shared.listeners]) {
      try {
        listener();
      } catch (error) {
        // One failing reader must not starve the others; surface the error
        // to the console without interrupting this frame.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  });
}
