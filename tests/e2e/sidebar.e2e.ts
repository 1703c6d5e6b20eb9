/**
 * The sidebar page in real Chromium, next to a routed LinkedIn profile of a
 * known contact. A sidebar page opened in a tab of its own would follow
 * itself as "the active tab", so it is opened with ?tab=<id> (see
 * lib/sidebar/active-tab.ts) pointing at the profile's tab.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForControl } from './badges';
import { importBackupThroughDashboard, launchWithExtension, snap, type ExtensionSession } from './harness';
import { openFixture, writeBackup } from './overlay-helpers';

const SLUG = 'eduardo-alvarez-nowak';
const PROFILE_URL = `https://www.linkedin.com/in/${SLUG}/`;
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The one Chrome API the test calls in the extension's service worker. */
declare const chrome: { tabs: { query(info: { url: string }): Promise<Array<{ id?: number }>> } };

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

async function seriousViolations(page: Page): Promise<string[]> {
  // The extension page's CSP refuses inline scripts (what addScriptTag adds); evaluating over CDP is not subject to it.
  await page.evaluate(readFileSync(axePath, 'utf8'));
  const { violations, passes } = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }
    ).axe;
    const results = await axe.run();
    return { violations: results.violations, passes: results.passes.length };
  });
  // Axe really looked at the page (a blank page passes nothing).
  expect(passes).toBeGreaterThan(10);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('sidebar: the person on the page', () => {
  let session: ExtensionSession;
  let sidebar: Page;
  beforeAll(async () => {
    session = await launchWithExtension();
    const dashboard = await importBackupThroughDashboard(
      session,
      writeBackup([
        { id: 'c-eduardo', name: 'Eduardo Alvarez Nowak', levelId: 'customer', linkedinSlugs: [SLUG] },
      ]),
    );
    await dashboard.close();
  });
  afterAll(() => session?.close());

  it('shows the known contact of the profile open in another tab', async () => {
    const profile = await openFixture(session, PROFILE_URL, 'linkedin-profile-loggedin-2024.html');
    await waitForControl(profile, /^Rapport: Customer/);
    const tabs = await session.serviceWorker.evaluate(
      async (url) => (await chrome.tabs.query({ url })).map((tab) => tab.id),
      PROFILE_URL,
    );
    expect(tabs).toHaveLength(1);

    sidebar = await session.context.newPage();
    await sidebar.goto(session.pageUrl(`sidepanel.html?tab=${tabs[0]}`));
    await sidebar.getByRole('heading', { level: 2, name: 'Eduardo Alvarez Nowak', exact: true }).waitFor();
    await expect(sidebar.getByRole('heading', { name: 'Level: Customer' }).isVisible()).resolves.toBe(true);
    await expect(sidebar.getByRole('heading', { name: 'To reach Client' }).isVisible()).resolves.toBe(true);
    await snap(sidebar, 'sidebar-profile');
  });

  it('has no serious or critical accessibility violations, in light and dark mode', async () => {
    expect(await seriousViolations(sidebar)).toEqual([]);
    await sidebar.emulateMedia({ colorScheme: 'dark' });
    await sidebar.reload();
    await sidebar.getByRole('heading', { level: 2, name: 'Eduardo Alvarez Nowak', exact: true }).waitFor();
    expect(await seriousViolations(sidebar)).toEqual([]);
    await snap(sidebar, 'sidebar-profile-dark');
  });
});
