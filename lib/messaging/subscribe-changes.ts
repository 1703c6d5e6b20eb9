/**
 * Content-script side of change notifications: keeps a port named
 * 'rapport-changes' open to the background and calls `onChange` whenever the
 * data may have changed, so badges look again.
 *
 * The Chrome service worker stops after ~30 s without events and its ports
 * close with it; changes made while it is stopped are never announced. So
 * when the port closes, this reconnects (restarting the worker) and calls
 * `onChange` once, as changes may have been missed. A hidden tab waits until
 * it is shown again, so background tabs do not keep waking the worker. A
 * port that closes soon after opening (refused, or the worker failing) backs
 * off exponentially instead of spinning.
 */
import { browser, type Browser } from 'wxt/browser';
import { CHANGES_PORT_NAME, isChangedNotice } from './change-port';

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 5 * 60_000;
/** A port that lived this long closed because the worker stopped, not because something is wrong. */
const HEALTHY_PORT_MS = 10_000;

export function subscribeChanges(onChange: () => void, signal: AbortSignal): void {
  let port: Browser.runtime.Port | undefined;
  let connectedAt = 0;
  let retryMs = FIRST_RETRY_MS;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const connect = (): boolean => {
    // No runtime id: the extension was reloaded or removed and this script is orphaned; stay quiet.
    if (signal.aborted || !browser.runtime?.id) return false;
    try {
      port = browser.runtime.connect({ name: CHANGES_PORT_NAME });
    } catch {
      return false;
    }
    connectedAt = Date.now();
    port.onMessage.addListener((message) => {
      if (isChangedNotice(message)) onChange();
    });
    port.onDisconnect.addListener(scheduleReconnect);
    return true;
  };

  const reconnect = () => {
    retry = undefined;
    if (document.hidden) {
      document.addEventListener('visibilitychange', reconnect, { once: true, signal });
      return;
    }
    if (connect()) onChange();
  };

  function scheduleReconnect() {
    port = undefined;
    if (signal.aborted) return;
    const lived = Date.now() - connectedAt;
    retryMs = lived >= HEALTHY_PORT_MS ? FIRST_RETRY_MS : Math.min(retryMs * 2, MAX_RETRY_MS);
    retry = setTimeout(reconnect, retryMs);
  }

  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(retry);
      port?.disconnect();
    },
    { once: true },
  );
  connect();
}
