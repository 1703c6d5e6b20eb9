import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { hostPermissions } from '../../lib/sites/hosts';
import {
  onSiteSwitchesChanged,
  readSiteSwitches,
  SITE_SWITCHES_KEY,
  siteOfHost,
  writeSiteSwitches,
  type SiteSwitches,
} from '../../lib/sites/site-switches';

beforeEach(() => fakeBrowser.reset());

describe('site switches', () => {
  it('are all on until the user switches one off', async () => {
    expect(await readSiteSwitches()).toEqual({ linkedin: true, gmail: true, outlook: true });
    await writeSiteSwitches({ linkedin: true, gmail: false, outlook: true });
    expect(await readSiteSwitches()).toEqual({ linkedin: true, gmail: false, outlook: true });
  });

  it('read anything stored that is not a boolean as on', async () => {
    await fakeBrowser.storage.local.set({
      [SITE_SWITCHES_KEY]: { linkedin: 'no', gmail: false, evil: true },
    });
    expect(await readSiteSwitches()).toEqual({ linkedin: true, gmail: false, outlook: true });
    await fakeBrowser.storage.local.set({ [SITE_SWITCHES_KEY]: 'garbage' });
    expect(await readSiteSwitches()).toEqual({ linkedin: true, gmail: true, outlook: true });
  });

  it('tell listeners about each change until they stop listening', async () => {
    const heard: SiteSwitches[] = [];
    const controller = new AbortController();
    onSiteSwitchesChanged((switches) => heard.push(switches), controller.signal);
    await writeSiteSwitches({ linkedin: false, gmail: true, outlook: true });
    controller.abort();
    await writeSiteSwitches({ linkedin: true, gmail: true, outlook: true });
    expect(heard).toEqual([{ linkedin: false, gmail: true, outlook: true }]);
  });

  it('cover every host Rapport may read', () => {
    for (const pattern of hostPermissions) {
      expect(siteOfHost(new URL(pattern.replace('/*', '/')).hostname)).not.toBeNull();
    }
    expect(siteOfHost('linkedin.com.evil.example')).toBeNull();
  });
});
