/**
 * The content script is injected on every page of a supported site (in-app
 * navigation never injects it again), but most of those pages show nobody
 * Rapport reads: the LinkedIn feed, jobs, settings. On such a page it costs
 * nothing but an address watch: no DOM observer, no storage read, no port to
 * the background. Everything starts the first time the address is one a
 * site adapter reads, whether the page loaded there or navigated there.
 */
import { onLocationChange } from '../dom/observe';

/** The parts of the Navigation API used here (Chromium; not in every browser). */
interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void, options: { signal: AbortSignal }): void;
}

/**
 * Calls `start` once, as soon as `hasPeople` accepts the page's address: at
 * once if it already does, else on the first in-app navigation to such an
 * address. Never after `signal` aborts.
 */
export function whenPeoplePage(
  hasPeople: (url: URL) => boolean,
  start: () => void,
  signal: AbortSignal,
  win: Window = window,
): void {
  if (signal.aborted) return;
  if (hasPeople(new URL(win.location.href))) {
    start();
    return;
  }
  const watch = new AbortController();
  const watching = AbortSignal.any([signal, watch.signal]);
  const check = () => {
    if (watching.aborted || !hasPeople(new URL(win.location.href))) return;
    watch.abort();
    start();
  };
  const navigation = (win as unknown as { navigation?: NavigationLike }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    // Fires after every change of address (pushState, replaceState, back,
    // forward, fragment), with no cost in between.
    navigation.addEventListener('currententrychange', check, { signal: watching });
  } else {
    onLocationChange(check, watching, win);
  }
}
