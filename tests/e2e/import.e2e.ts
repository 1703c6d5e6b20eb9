import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForControl } from './badges';
import { launchWithExtension, readFixture, serveHtml, snap, type ExtensionSession } from './harness';
import { fixturesDir } from './paths';

const ANNA_PROFILE = 'https://www.linkedin.com/in/anna-berg-4b1a2c/';

describe('contact import: LinkedIn’s Connections.csv through the dashboard, then a badge on LinkedIn', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(() => session?.close());

  it('previews and imports the connections at the chosen level, and reports', async () => {
    const dashboard = await session.context.newPage();
    await dashboard.goto(session.pageUrl('dashboard.html'));
    await dashboard.getByLabel('Choose a CSV file').setInputFiles(`${fixturesDir}/import/Connections.csv`);

    const preview = dashboard.getByRole('group', { name: 'Preview of the import' });
    await preview.waitFor();
    await expect(
      preview.getByRole('list', { name: 'What the import will do' }).textContent(),
    ).resolves.toMatch(/18 new contacts \(and 11 new accounts\).*0 already in Rapport.*2 skipped/);
    await preview.getByLabel('Level for the new contacts').selectOption({ label: 'Customer' });
    await snap(dashboard, 'import-1-preview');
    await preview.getByRole('button', { name: 'Import 18 contacts' }).click();

    const report = dashboard.getByRole('group', { name: 'Import report' });
    await report.waitFor();
    await expect(report.getByRole('status').textContent()).resolves.toBe(
      'Imported Connections.csv: 18 contacts created, 0 merged, 2 skipped.',
    );
    await expect(report.textContent()).resolves.toContain(
      '18 new contacts at level Customer, in 11 new accounts',
    );
    await report.getByText('Skipped, with reasons (2)').waitFor();
    await snap(dashboard, 'import-2-report');
    await dashboard.close();
  });

  it('shows an imported connection’s level on their LinkedIn profile', async () => {
    await serveHtml(
      session.context,
      ANNA_PROFILE,
      readFixture(`${fixturesDir}/sites/linkedin-profile-sdui-sv.html`),
    );
    const profile = await session.context.newPage();
    await profile.goto(ANNA_PROFILE);
    const badge = await waitForControl(profile, /^Rapport: Customer/);
    expect(badge.name).toMatch(/^Rapport: Customer/);
    await snap(profile, 'import-3-profile-badge');
    expect(session.extensionRequests).toEqual([]);
  });
});
