/**
 * `npm run demo`: builds Rapport, opens Chromium with it, restores a small
 * demo book of business through the dashboard, and shows a LinkedIn profile
 * (a real saved page, served locally: nothing is fetched) with its badge.
 * Headless where there is no display, saving a screenshot of each step.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoBackup, DEMO_PROFILE_SLUG } from './demo/demo-backup';
import { hoverControl, waitForControl } from '../tests/e2e/badges';
import {
  importBackupThroughDashboard,
  launchWithExtension,
  readFixture,
  serveHtml,
  snap,
} from '../tests/e2e/harness';
import { fixturesDir, screenshotDir } from '../tests/e2e/paths';

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const headless = !process.env.DISPLAY;
console.log(`\nStarting Chromium with Rapport${headless ? ' (headless: no display found)' : ''}…`);
const session = await launchWithExtension({ headless });

const backupFile = join(mkdtempSync(join(tmpdir(), 'rapport-demo-')), 'rapport-demo-backup.json');
writeFileSync(backupFile, JSON.stringify(demoBackup(Date.now()), null, 2));
const dashboard = await importBackupThroughDashboard(session, backupFile);
const shots = [await snap(dashboard, 'demo-1-dashboard-backup-restored')];

const profileUrl = `https://www.linkedin.com/in/${DEMO_PROFILE_SLUG}/`;
await serveHtml(
  session.context,
  profileUrl,
  readFixture(`${fixturesDir}/sites/linkedin-profile-loggedin-2024.html`),
);
const profile = await session.context.newPage();
await profile.goto(profileUrl);
const badge = await waitForControl(profile, /^Rapport: /);
await hoverControl(profile, badge);
shots.push(await snap(profile, 'demo-2-linkedin-profile-badge'));

// The sidebar, shown in a tab of its own and pointed at the profile's tab (?tab=), and the popup.
declare const chrome: { tabs: { query(info: { url: string }): Promise<Array<{ id?: number }>> } };
const [profileTab] = await session.serviceWorker.evaluate(
  async (url) => (await chrome.tabs.query({ url })).map((tab) => tab.id),
  profileUrl,
);
const sidebar = await session.context.newPage();
await sidebar.goto(session.pageUrl(`sidepanel.html?tab=${profileTab}`));
await sidebar.getByRole('heading', { level: 2 }).first().waitFor();
shots.push(await snap(sidebar, 'demo-3-sidebar'));
const popup = await session.context.newPage();
await popup.setViewportSize({ width: 400, height: 600 });
await popup.goto(session.pageUrl('popup.html'));
await popup.getByRole('list', { name: 'Needs attention' }).getByRole('listitem').first().waitFor();
shots.push(await snap(popup, 'demo-4-popup-needs-attention'));

// The dashboard's portfolio: the contacts table and the pictures.
await dashboard.setViewportSize({ width: 1280, height: 1000 });
await dashboard.bringToFront();
await dashboard.goto(session.pageUrl('dashboard.html#/contacts'));
await dashboard.getByRole('region', { name: 'Contacts table' }).waitFor();
shots.push(await snap(dashboard, 'demo-5-dashboard-contacts'));
await dashboard.goto(session.pageUrl('dashboard.html#/pictures'));
await dashboard.getByRole('figure', { name: 'Where the value is' }).locator('svg').first().waitFor();
shots.push(await snap(dashboard, 'demo-6-dashboard-pictures'));

console.log(`\nRapport is working. The badge on the profile says: "${badge.name}".`);
console.log(`Screenshots (in ${screenshotDir}):\n${shots.map((shot) => `  ${shot}`).join('\n')}`);

if (headless) {
  await session.close();
} else {
  console.log('\nThe browser stays open: try the badge, the popup and the dashboard. Press Ctrl+C to quit.');
  process.on('SIGINT', () => void session.close().then(() => process.exit(0)));
}
