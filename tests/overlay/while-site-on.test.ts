import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { whileSiteOn } from '../../lib/overlay/while-site-on';
import { writeSiteSwitches } from '../../lib/sites/site-switches';

beforeEach(() => fakeBrowser.reset());

describe('the overlay runs only while its site is switched on', () => {
  it('starts at once on a site that is on, stops when switched off, starts afresh when on again', async () => {
    const runs: AbortSignal[] = [];
    const page = new AbortController();
    await whileSiteOn('gmail', (signal) => runs.push(signal), page.signal);
    expect(runs).toHaveLength(1);
    await writeSiteSwitches({ linkedin: true, gmail: false, outlook: true });
    expect(runs[0]!.aborted).toBe(true);
    await writeSiteSwitches({ linkedin: false, gmail: false, outlook: true });
    expect(runs).toHaveLength(1);
    await writeSiteSwitches({ linkedin: false, gmail: true, outlook: true });
    expect(runs).toHaveLength(2);
    expect(runs[1]!.aborted).toBe(false);
    page.abort();
    expect(runs[1]!.aborted).toBe(true);
  });

  it('does nothing on a site that is off until it is switched on', async () => {
    await writeSiteSwitches({ linkedin: false, gmail: true, outlook: true });
    const runs: AbortSignal[] = [];
    await whileSiteOn('linkedin', (signal) => runs.push(signal), new AbortController().signal);
    expect(runs).toHaveLength(0);
    await writeSiteSwitches({ linkedin: true, gmail: true, outlook: true });
    expect(runs).toHaveLength(1);
  });

  it('stays silent once the page is gone', async () => {
    const page = new AbortController();
    const runs: AbortSignal[] = [];
    await whileSiteOn('outlook', (signal) => runs.push(signal), page.signal);
    page.abort();
    await writeSiteSwitches({ linkedin: true, gmail: true, outlook: false });
    await writeSiteSwitches({ linkedin: true, gmail: true, outlook: true });
    expect(runs).toHaveLength(1);
  });
});
