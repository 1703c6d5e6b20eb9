import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoBackup, DEMO_PROFILE_SLUG } from '../../scripts/demo/demo-backup';
import { hoverControl, rapportControls, waitForControl } from './badges';
import {
  importBackupThroughDashboard,
  launchWithExtension,
  readFixture,
  serveHtml,
  snap,
  type ExtensionSession,
} from './harness';
import { fixturesDir } from './paths';

describe('walking skeleton: a contact imported from a backup gets a badge on their real LinkedIn profile', () => {
  let session: ExtensionSession;
  let profile: Page;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(() => session?.close());

  it('imports the backup through the dashboard', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rapport-backup-')), 'rapport-backup.json');
    writeFileSync(file, JSON.stringify(demoBackup(Date.now())));
    const dashboard = await importBackupThroughDashboard(session, file);
    await expect(
      dashboard.getByRole('status').filter({ hasText: 'Imported' }).textContent(),
    ).resolves.toMatch(/Imported \d+ records from rapport-backup\.json/);
    await snap(dashboard, 'skeleton-1-backup-imported');
  });

  it('shows the contact’s level beside their name on the saved profile page', async () => {
    await serveHtml(
      session.context,
      `https://www.linkedin.com/in/${DEMO_PROFILE_SLUG}/`,
      readFixture(`${fixturesDir}/sites/linkedin-profile-loggedin-2024.html`),
    );
    profile = await session.context.newPage();
    await profile.goto(`https://www.linkedin.com/in/${DEMO_PROFILE_SLUG}/`);
    const badge = await waitForControl(profile, /^Rapport: Client/);
    expect(badge.name).toMatch(/^Rapport: Client/);
    await hoverControl(profile, badge);
    await snap(profile, 'skeleton-2-profile-badge');
    expect(session.extensionRequests).toEqual([]);
  });

  it('hides the badge’s card on Escape, with the pointer still on the badge, until the pointer comes back', async () => {
    const cardButtons = () => rapportControls(profile, /^(Open in sidebar|Log a gesture)$/);
    expect((await cardButtons()).map((control) => control.name)).toEqual([
      'Open in sidebar',
      'Log a gesture',
    ]);
    await profile.keyboard.press('Escape');
    await expect.poll(cardButtons).toEqual([]);
    await profile.mouse.move(0, 0);
    await hoverControl(profile, await waitForControl(profile, /^Rapport: Client/));
    await expect.poll(async () => (await cardButtons()).length).toBe(2);
  });
});
