/**
 * Runs the overlay only while the user has its site switched on, following
 * the switch live: switching a site off takes every badge away (the run's
 * signal aborts), switching it on again starts afresh, without a reload.
 */
import { onSiteSwitchesChanged, readSiteSwitches, type SiteId } from '../sites/site-switches';

export async function whileSiteOn(
  site: SiteId | null,
  run: (signal: AbortSignal) => void,
  signal: AbortSignal,
): Promise<void> {
  if (site === null) return;
  let current: AbortController | null = null;
  const apply = (on: boolean) => {
    if (signal.aborted) return;
    if (on && !current) {
      current = new AbortController();
      run(AbortSignal.any([signal, current.signal]));
    } else if (!on && current) {
      current.abort();
      current = null;
    }
  };
  onSiteSwitchesChanged((switches) => apply(switches[site]), signal);
  apply((await readSiteSwitches())[site]);
}
