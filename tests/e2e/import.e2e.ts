/**
 * The contact import through the real dashboard: LinkedIn's Connections.csv
 * (tests/fixtures/import) previewed and imported at a chosen level, the
 * report, then the badge on an imported person's LinkedIn profile; a CRM
 * export through the column-mapping step; a bad file refused. Axe finds no
 * serious or critical problems on any step, in light or dark mode.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeProblems } from './axe';
import { connections } from '../../bench/contact-import';
import { waitForControl } from './badges';
import { launchWithExtension, readFixture, serveHtml, snap, type ExtensionSession } from './harness';
import { fixturesDir } from './paths';

const ANNA_PROFILE = 'https://www.linkedin.com/in/anna-berg-4b1a2c/';

function writeTemp(name: string, content: string | Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'rapport-import-')), name);
  writeFileSync(file, content);
  return file;
}

describe('contact import: LinkedIn’s Connections.csv through the dashboard, then a badge on LinkedIn', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(() => session?.close());

  it('previews and imports the connections at the chosen level, and reports', async () => {
    const dashboard = await session.context.newPage();
    await dashboard.goto(session.pageUrl('dashboard.html#/data'));
    expect(await seriousAxeProblems(dashboard, ['light', 'dark'])).toEqual([]);
    await dashboard.getByLabel('Choose a CSV file').setInputFiles(`${fixturesDir}/import/Connections.csv`);

    const preview = dashboard.getByRole('group', { name: 'Preview of the import' });
    await preview.waitFor();
    await expect(
      preview.getByRole('list', { name: 'What the import will do' }).textContent(),
    ).resolves.toMatch(/18 new contacts \(and 11 new accounts\).*0 already in Rapport.*2 skipped/);
    await preview.getByLabel('Level for the new contacts').selectOption({ label: 'Customer' });
    await snap(dashboard, 'import-1-preview');
    expect(await seriousAxeProblems(dashboard, ['light', 'dark'])).toEqual([]);
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
    expect(await seriousAxeProblems(dashboard, ['light', 'dark'])).toEqual([]);
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

  it('a CRM export goes through the mapping step; a bad file is refused with what to do', async () => {
    const dashboard = await session.context.newPage();
    await dashboard.goto(session.pageUrl('dashboard.html#/data'));
    const crm = writeTemp(
      'crm-contacts.csv',
      'Full Name,E-mail,Organization,Job Title,Tags\nWei Zhang,wei.zhang@initech.example,"Initech, Inc.",Data Engineer,"vip;emea"\nNew Person,new.person@hooli.example,Hooli,CTO,\n',
    );
    await dashboard.getByLabel('Choose a CSV file').setInputFiles(crm);
    const step = dashboard.getByRole('group', { name: 'Match the columns' });
    await step.waitFor();
    await expect(step.getByLabel('What “Organization” holds').inputValue()).resolves.toBe('company');
    await dashboard.emulateMedia({ colorScheme: 'dark' });
    await snap(dashboard, 'import-4-mapping-dark');
    expect(await seriousAxeProblems(dashboard, ['light', 'dark'])).toEqual([]);
    await step.getByRole('button', { name: 'Preview the import' }).click();
    const preview = dashboard.getByRole('group', { name: 'Preview of the import' });
    // Wei is in Rapport from the LinkedIn import (same email): the tags complete him.
    await expect(
      preview.getByRole('list', { name: 'What the import will do' }).textContent(),
    ).resolves.toMatch(/1 new contact.*1 already in Rapport, to complete/);
    await preview.getByRole('button', { name: 'Cancel' }).click();

    const latin1 = writeTemp(
      'export-ansi.csv',
      Uint8Array.from([...Buffer.from('Name,Email\nJ'), 0xf6, ...Buffer.from('rg,j@x.example\n')]),
    );
    await dashboard.getByLabel('Choose a CSV file').setInputFiles(latin1);
    const alert = dashboard.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(
      /export-ansi\.csv cannot be imported; nothing was changed\..*not UTF-8.*CSV UTF-8/,
    );
    await snap(dashboard, 'import-5-refused');
    expect(await seriousAxeProblems(dashboard, ['light', 'dark'])).toEqual([]);
    await dashboard.close();
  });

  it('moves the progress bar while a large file is written', async () => {
    const dashboard = await session.context.newPage();
    await dashboard.goto(session.pageUrl('dashboard.html#/data'));
    await dashboard
      .getByLabel('Choose a CSV file')
      .setInputFiles(writeTemp('Connections.csv', connections(6_000)));
    const preview = dashboard.getByRole('group', { name: 'Preview of the import' });
    await preview.waitFor({ timeout: 60_000 });
    await dashboard.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"]');
        if (bar) seen.push(`${bar.getAttribute('aria-valuenow')}/${bar.getAttribute('aria-valuemax')}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await preview.getByRole('button', { name: /^Import 6,000 contacts$/ }).click();
    await dashboard.getByRole('group', { name: 'Import report' }).waitFor({ timeout: 60_000 });
    const seen = await dashboard.evaluate(
      () => (window as unknown as { progressSeen: string[] }).progressSeen,
    );
    const values = seen.map((entry) => entry.split('/').map(Number) as [number, number]);
    // Some value strictly between the start and the end: the bar moved during the one transaction.
    expect(values.some(([now, max]) => now > 0 && now < max)).toBe(true);
    await dashboard.close();
  });
});
