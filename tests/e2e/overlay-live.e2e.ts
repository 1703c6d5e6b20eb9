import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rapportControls, waitForControl } from './badges';
import {
  importBackupThroughDashboard,
  launchWithExtension,
  readFixture,
  serveHtml,
  snap,
  type ExtensionSession,
} from './harness';
import { writeBackup } from './overlay-helpers';
import { fixturesDir } from './paths';

const SLUG = 'eduardo-alvarez-nowak';
const FEED_URL = 'https://www.linkedin.com/feed/';
const feedPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Feed | LinkedIn</title></head>
<body><main class="scaffold-layout__main"><h1>Home</h1>
  <p>Nothing but posts here.</p><a href="/jobs/">Jobs</a>
</main></body></html>`;

const eduardo = (levelId: string) => [
  { id: 'c-eduardo', name: 'Eduardo Alvarez Nowak', levelId, linkedinSlugs: [SLUG] },
];

describe('overlay: in-app navigation and live data', () => {
  let session: ExtensionSession;
  let profile: Page;
  beforeAll(async () => {
    session = await launchWithExtension();
    const dashboard = await importBackupThroughDashboard(session, writeBackup(eduardo('prospect')));
    await dashboard.close();
    await serveHtml(session.context, FEED_URL, feedPage);
  });
  afterAll(() => session?.close());

  it('badges a profile reached from the feed without a page load', async () => {
    profile = await session.context.newPage();
    await profile.goto(FEED_URL);
    await profile.waitForTimeout(500);
    expect(await rapportControls(profile)).toEqual([]);
    await profile.evaluate(() => {
      (window as unknown as { rapportNoReload: boolean }).rapportNoReload = true;
    });

    const profileHtml = readFixture(`${fixturesDir}/sites/linkedin-profile-loggedin-2024.html`);
    await profile.evaluate(
      ({ html, path }) => {
        history.pushState({}, '', path);
        const incoming = new DOMParser().parseFromString(html, 'text/html').querySelector('main')!;
        document.querySelector('main')!.replaceWith(document.importNode(incoming, true));
      },
      { html: profileHtml, path: `/in/${SLUG}/` },
    );
    const badge = await waitForControl(profile, /^Rapport: Prospect/);
    expect(badge.name).toBe('Rapport: Prospect');
    expect(profile.url()).toBe(`https://www.linkedin.com/in/${SLUG}/`);
    // Still the same document: nothing reloaded it.
    expect(
      await profile.evaluate(() => (window as unknown as { rapportNoReload?: boolean }).rapportNoReload),
    ).toBe(true);
    await snap(profile, 'overlay-live-1-spa-profile');
  });

  it('changes the badge when the data changes in another tab', async () => {
    const dashboard = await importBackupThroughDashboard(
      session,
      writeBackup(eduardo('client'), 'second.json'),
      {
        replacing: true,
      },
    );
    await dashboard.close();
    await profile.bringToFront();
    const badge = await waitForControl(profile, /^Rapport: Client/);
    expect(badge.name).toBe('Rapport: Client');
    expect((await rapportControls(profile)).map((control) => control.name)).toEqual(['Rapport: Client']);
    expect(
      await profile.evaluate(() => (window as unknown as { rapportNoReload?: boolean }).rapportNoReload),
    ).toBe(true);
    await snap(profile, 'overlay-live-2-updated');
  });

  it('made no web requests of its own', () => {
    expect(session.extensionRequests).toEqual([]);
  });
});
