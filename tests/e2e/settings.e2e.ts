/**
 * Settings take effect on open pages at once: a level renamed in the
 * dashboard renames the badge on a LinkedIn profile open in another tab, and
 * switching LinkedIn off takes its badges away until it is switched on again,
 * all without reloading the profile.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeProblems } from './axe';
import { controlBackground, rapportControls, waitForControl } from './badges';
import { importBackupThroughDashboard, launchWithExtension, snap, type ExtensionSession } from './harness';
import { openFixture, writeBackup } from './overlay-helpers';

const SLUG = 'eduardo-alvarez-nowak';
const PROFILE_URL = `https://www.linkedin.com/in/${SLUG}/`;

describe('settings reach the page live', () => {
  let session: ExtensionSession;
  let dashboard: Page;
  let profile: Page;

  beforeAll(async () => {
    session = await launchWithExtension();
    dashboard = await importBackupThroughDashboard(
      session,
      writeBackup([
        { id: 'c-eduardo', name: 'Eduardo Alvarez Nowak', levelId: 'client', linkedinSlugs: [SLUG] },
      ]),
    );
    profile = await openFixture(session, PROFILE_URL, 'linkedin-profile-loggedin-2024.html');
    await waitForControl(profile, /^Rapport: Client/);
    await profile.evaluate(() => {
      (window as unknown as { rapportNoReload: boolean }).rapportNoReload = true;
    });
  });
  afterAll(() => session?.close());

  const stillSameDocument = () =>
    profile.evaluate(() => (window as unknown as { rapportNoReload?: boolean }).rapportNoReload === true);

  it('renames and recolours the badge when its level is edited in the ladder editor', async () => {
    await dashboard.bringToFront();
    await dashboard
      .getByRole('navigation', { name: 'Dashboard' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await dashboard.getByRole('main', { name: 'Settings' }).waitFor();
    expect(await seriousAxeProblems(dashboard, ['light', 'dark'])).toEqual([]);
    const client = dashboard.getByRole('group', { name: /^Client/ });
    // Colour first: the group is named after the level's name.
    await client.getByLabel('Colour').fill('#7b1fa2');
    await client.getByLabel('Name').fill('Key client');
    await dashboard.getByRole('button', { name: 'Save ladder' }).click();
    await dashboard.getByRole('status').filter({ hasText: 'Ladder saved' }).waitFor();
    await snap(dashboard, 'settings-ladder-saved');

    const badge = await waitForControl(profile, /^Rapport: Key client/);
    expect(badge.name).toBe('Rapport: Key client');
    await expect.poll(() => controlBackground(profile, badge)).toBe('rgb(123, 31, 162)');
    expect(await stillSameDocument()).toBe(true);
  });

  it('takes the badges off LinkedIn while it is switched off, and brings them back', async () => {
    await dashboard.bringToFront();
    await dashboard.getByRole('checkbox', { name: 'LinkedIn' }).uncheck();
    await expect.poll(async () => (await rapportControls(profile)).length, { timeout: 10_000 }).toBe(0);
    await snap(profile, 'settings-linkedin-off');

    await dashboard.getByRole('checkbox', { name: 'LinkedIn' }).check();
    await waitForControl(profile, /^Rapport: Key client/);
    expect(await stillSameDocument()).toBe(true);
  });

  it('made no web requests of its own', () => {
    expect(session.extensionRequests).toEqual([]);
  });
});
