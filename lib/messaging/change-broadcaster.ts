/**
 * The background's side of change notifications: the open ports of content
 * scripts, and one `{ type: 'changed' }` to each per burst of writes (an
 * import commits many transactions; the badges need to look again once).
 */
import type { Browser } from 'wxt/browser';
import { changedNotice } from './change-port';

export interface ChangeBroadcaster {
  add(port: Browser.runtime.Port): void;
  /** Something changed: every port hears about it once, `delayMs` after the first change of a burst. */
  notify(): void;
  readonly size: number;
}

export function createChangeBroadcaster(delayMs: number): ChangeBroadcaster {
  const ports = new Set<Browser.runtime.Port>();
  let pending: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    pending = undefined;
    for (const port of ports) {
      try {
        port.postMessage(changedNotice);
      } catch {
        // The other end went away without onDisconnect reaching us first.
        ports.delete(port);
      }
    }
  };

  return {
    add(port) {
      ports.add(port);
      port.onDisconnect.addListener(() => ports.delete(port));
    },
    notify() {
      // Not a trailing debounce: a long import must not postpone the notice until it ends.
      pending ??= setTimeout(flush, delayMs);
    },
    get size() {
      return ports.size;
    },
  };
}
