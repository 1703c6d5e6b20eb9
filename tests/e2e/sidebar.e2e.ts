/**
 * The sidebar page in real Chromium, next to a routed LinkedIn profile of a
 * known contact. A sidebar page opened in a tab of its own would follow
 * itself as "the active tab", so it is opened with ?tab=<id> (see
 * lib/sidebar/active-tab.ts) pointing at the profile's tab.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeProblems } from './axe';
import { rapportControls, waitForControl } from './badges';
import {
  importBackupThroughDashboard,
  launchWithExtension,
  serveHtml,
  snap,
  type ExtensionSession,
} from './harness';
import { openFixture, writeBackup } from './overlay-helpers';

const SLUG = 'eduardo-alvarez-nowak';
const PROFILE_URL = `https://www.linkedin.com/in/${SLUG}/`;

/** The one Chrome API the test calls in the extension's service worker. */
declare const chrome: { tabs: { query(info: { url: string }): Promise<Array<{ id?: number }>> } };

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
    expect(await seriousAxeProblems(sidebar, ['light', 'dark'])).toEqual([]);
  });
});

describe('sidebar: sharing an article with the person', () => {
  const ARTICLE_URL = 'https://blog.example.com/2026/energy-storage-outlook';
  const ARTICLE_TITLE = 'Energy storage outlook 2026';
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
    // Added 200 days ago with nothing logged since: far past a Customer's cadence.
    const dashboard = await importBackupThroughDashboard(
      session,
      writeBackup([
        {
          id: 'c-eduardo',
          name: 'Eduardo Alvarez Nowak',
          levelId: 'customer',
          linkedinSlugs: [SLUG],
          addedDaysAgo: 200,
        },
      ]),
    );
    await dashboard.close();
    await serveHtml(
      session.context,
      ARTICLE_URL,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${ARTICLE_TITLE}</title></head>
       <body><article><h1>${ARTICLE_TITLE}</h1><p>Grid-scale batteries are getting cheaper.</p></article></body></html>`,
    );
  });
  afterAll(() => session?.close());

  it('logs the article read in the tab in one click; timeline, follow-up and badge all change', async () => {
    const tab = await openFixture(session, PROFILE_URL, 'linkedin-profile-loggedin-2024.html');
    await waitForControl(tab, /^Rapport: Customer, follow-up badly overdue/);
    const [tabId] = await session.serviceWorker.evaluate(
      async (url) => (await chrome.tabs.query({ url })).map((found) => found.id),
      PROFILE_URL,
    );

    const sidebar = await session.context.newPage();
    await sidebar.goto(session.pageUrl(`sidepanel.html?tab=${tabId}`));
    await sidebar.getByRole('heading', { level: 2, name: 'Eduardo Alvarez Nowak', exact: true }).waitFor();
    const followUp = sidebar.getByRole('region', { name: 'Follow-up' });
    await expect(
      followUp
        .getByText(/overdue/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);

    // The user goes on to read an article in that tab: it shows nobody, so Eduardo stays in the sidebar.
    await tab.goto(ARTICLE_URL);
    await sidebar.getByText(/stays here/).waitFor();
    await sidebar
      .getByText(`“Shared an article” records this tab: ${ARTICLE_TITLE} (blog.example.com)`)
      .waitFor();
    const shareButton = sidebar.getByRole('button', { name: 'Shared an article', exact: true });
    const staleCheck = sidebar.getByRole('region', { name: 'Assumption check' }).getByText(/^Stale/);
    await staleCheck.waitFor();
    const before = await shareButton.boundingBox();
    await shareButton.click();

    const timeline = sidebar.getByRole('region', { name: 'Timeline' });
    await timeline.getByText(ARTICLE_TITLE).waitFor();
    await expect.poll(() => followUp.getByText(/overdue/).count()).toBe(0);
    // The give ends "stale": its line stays, marked cleared, so the buttons below it stay under the pointer.
    await sidebar.getByRole('region', { name: 'Assumption check' }).getByText('✓ Cleared').waitFor();
    expect((await shareButton.boundingBox())?.y).toBe(before?.y);
    await snap(sidebar, 'sidebar-article-logged');

    await tab.goto(PROFILE_URL);
    const badge = await waitForControl(tab, /^Rapport: Customer$/);
    expect(badge.name).toBe('Rapport: Customer');
    expect((await rapportControls(tab)).map((control) => control.name)).toEqual(['Rapport: Customer']);
  });

  it('made no web requests of its own', () => {
    expect(session.extensionRequests).toEqual([]);
  });
});

describe('sidebar: finding someone by surname and keeping notes on them', () => {
  const NOBODY_URL = 'https://intranet.example.com/weekly-update';
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
    const dashboard = await importBackupThroughDashboard(
      session,
      writeBackup([
        { id: 'c-eduardo', name: 'Eduardo Álvarez Nowak', levelId: 'customer', linkedinSlugs: [SLUG] },
        { id: 'c-ana', name: 'Ana Nowakowska', levelId: 'prospect', emails: ['ana@example.org'] },
        { id: 'c-bo', name: 'Bo Berg', levelId: 'client', emails: ['bo@example.org'] },
      ]),
    );
    await dashboard.close();
    await serveHtml(
      session.context,
      NOBODY_URL,
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Weekly update</title></head><body><p>Nothing about people here.</p></body></html>',
    );
  });
  afterAll(() => session?.close());

  it('finds a word inside a name, accents aside, and edits a note with undo', async () => {
    const tab = await session.context.newPage();
    await tab.goto(NOBODY_URL);
    const [tabId] = await session.serviceWorker.evaluate(
      async (url) => (await chrome.tabs.query({ url })).map((found) => found.id),
      NOBODY_URL,
    );
    const sidebar = await session.context.newPage();
    await sidebar.goto(session.pageUrl(`sidepanel.html?tab=${tabId}`));

    const search = sidebar.getByLabel('Name, email or account');
    await search.fill('alvarez');
    const results = sidebar.getByRole('list', { name: 'Search results' });
    await results.getByRole('button', { name: /^Eduardo Álvarez Nowak/ }).waitFor();
    // "nowak" starts no name but ends two: both, in name order.
    await search.fill('nowak');
    await expect
      .poll(() => results.getByRole('button').allTextContents())
      .toEqual([expect.stringMatching(/^Ana Nowakowska/), expect.stringMatching(/^Eduardo Álvarez Nowak/)]);
    await results.getByRole('button', { name: /^Eduardo Álvarez Nowak/ }).click();
    await sidebar.getByRole('heading', { level: 2, name: 'Eduardo Álvarez Nowak', exact: true }).waitFor();

    await sidebar.getByLabel('Note about Eduardo Álvarez Nowak').fill('Prefers calls before 10.');
    await sidebar.getByRole('button', { name: 'Add note' }).click();
    const timeline = sidebar.getByRole('region', { name: 'Timeline' });
    await timeline.getByText('Prefers calls before 10.', { exact: true }).waitFor();

    await timeline.getByRole('button', { name: /^Edit note from / }).click();
    const field = timeline.getByRole('textbox', { name: /^Edit note from / });
    await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
    await field.fill('Prefers calls before 10, never on Fridays.');
    await timeline.getByRole('button', { name: 'Save note' }).click();
    // Exact: the Undo's message quotes the note too.
    await timeline.getByText('Prefers calls before 10, never on Fridays.', { exact: true }).waitFor();
    await expect.poll(() => timeline.getByText('Prefers calls before 10.', { exact: true }).count()).toBe(0);

    await timeline.getByRole('button', { name: 'Undo' }).click();
    await timeline.getByText('Prefers calls before 10.', { exact: true }).waitFor();
    await expect(timeline.locator('.timeline-text', { hasText: 'never on Fridays' }).count()).resolves.toBe(
      0,
    );
    await snap(sidebar, 'sidebar-note-undone');
  });
});
