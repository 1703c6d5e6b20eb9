import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickControl, hoverControl, rapportControls, waitForControl } from './badges';
import {
  importBackupThroughDashboard,
  launchWithExtension,
  serveHtml,
  snap,
  type ExtensionSession,
} from './harness';
import { openFixture, rapportGroupNames, writeBackup } from './overlay-helpers';

const SEARCH_URL =
  'https://www.linkedin.com/search/results/people/?keywords=procurement%20energy&origin=SWITCH_SEARCH_VERTICAL';
const EDUARDO_URL = 'https://www.linkedin.com/in/eduardo-alvarez-nowak/';
const XSS_NAME = '<img src=x onerror=alert(1)>';
const XSS_URL = 'https://www.linkedin.com/search/results/people/?keywords=xss';

/** A people search result shaped like tests/fixtures/sites/linkedin-search-people.html, for one person whose name is markup. */
const xssSearchPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Search | LinkedIn</title></head>
<body><main class="scaffold-layout__main">
  <ul class="reusable-search__entity-result-list list-style-none" role="list">
    <li class="reusable-search__result-container">
      <div class="entity-result" data-chameleon-result-urn="urn:li:member:998877">
        <div class="entity-result__item"><div class="entity-result__content">
          <span class="entity-result__title-line"><span class="entity-result__title-text t-16">
            <a class="app-aware-link" href="https://www.linkedin.com/in/mallory-markup-1x2y3z?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAX">
              <span dir="ltr"><span aria-hidden="true">&lt;img src=x onerror=alert(1)&gt;</span><span class="visually-hidden">View &lt;img src=x onerror=alert(1)&gt;’s profile</span></span>
            </a>
          </span></span>
          <div class="entity-result__primary-subtitle t-14">Buyer at Nowhere</div>
        </div></div>
      </div>
    </li>
  </ul>
</main></body></html>`;

describe('overlay: capturing an unknown person', () => {
  let session: ExtensionSession;
  const dialogs: string[] = [];
  beforeAll(async () => {
    session = await launchWithExtension();
    // Anna Berg is known, so a lookup that answers at all is visible before capturing.
    const backup = writeBackup([
      { id: 'c-anna', name: 'Anna Berg', levelId: 'customer', linkedinSlugs: ['anna-berg-4b1a2c'] },
    ]);
    const dashboard = await importBackupThroughDashboard(session, backup);
    await dashboard.close();
  });
  afterAll(() => session?.close());

  it('turns "Add Jörg Müller to Rapport" into a Prospect badge that survives a reload', async () => {
    const page = await openFixture(session, SEARCH_URL, 'linkedin-search-people.html');
    await waitForControl(page, /^Rapport: Customer/);
    const add = await waitForControl(page, /^Add Jörg Müller to Rapport$/);
    await clickControl(page, add);
    await waitForControl(page, /^Rapport: Prospect/);
    const names = (await rapportControls(page)).map((control) => control.name);
    expect(names).not.toContain('Add Jörg Müller to Rapport');
    expect(names.filter((name) => name.startsWith('Rapport: '))).toEqual([
      'Rapport: Customer',
      'Rapport: Prospect',
    ]);
    await snap(page, 'overlay-capture-1-captured');

    await page.reload();
    await hoverControl(page, await waitForControl(page, /^Rapport: Prospect/));
    await expect.poll(() => rapportGroupNames(page)).toEqual(['Rapport: Jörg Müller']);
    expect((await rapportControls(page)).map((control) => control.name)).not.toContain(
      'Add Jörg Müller to Rapport',
    );
    await snap(page, 'overlay-capture-2-after-reload');
    await page.close();
  });

  it('captures a person whose name is markup as plain text, running nothing', async () => {
    await serveHtml(session.context, XSS_URL, xssSearchPage);
    const page = await session.context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(XSS_URL);
    const add = await waitForControl(page, /^Add .* to Rapport$/);
    expect(add.name).toBe(`Add ${XSS_NAME} to Rapport`);
    await clickControl(page, add);
    await waitForControl(page, /^Rapport: Prospect/);
    await page.reload();
    // The hover card names the person with the literal text from the page.
    await hoverControl(page, await waitForControl(page, /^Rapport: Prospect/));
    await expect.poll(() => rapportGroupNames(page)).toEqual([`Rapport: ${XSS_NAME}`]);
    // Give a broken image's error handler time to run, had the name gone in as markup.
    await page.waitForTimeout(500);
    await snap(page, 'overlay-capture-3-markup-name');
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('adds the owner of a real profile page with the headline and company the page holds', async () => {
    const page = await openFixture(session, EDUARDO_URL, 'linkedin-profile-loggedin-2024.html');
    await clickControl(page, await waitForControl(page, /^Add Eduardo Alvarez Nowak to Rapport$/));
    await waitForControl(page, /^Rapport: Prospect/);
    await page.close();

    const dashboard = await session.context.newPage();
    await dashboard.goto(session.pageUrl('dashboard.html#/contacts'));
    const view = dashboard.getByRole('main', { name: 'Contacts' });
    await view.getByLabel('Search').fill('novare potential');
    await view.getByRole('button', { name: 'Eduardo Alvarez Nowak' }).click();
    const contact = dashboard.getByRole('main', { name: 'Contact' });
    await contact.getByRole('heading', { name: 'Eduardo Alvarez Nowak', level: 2, exact: true }).waitFor();
    await expect
      .poll(() => contact.textContent())
      .toContain('Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential');
    await snap(dashboard, 'overlay-capture-4-profile-owner');
    await dashboard.close();
  });

  it('made no web requests of its own', () => {
    expect(dialogs).toEqual([]);
    expect(session.extensionRequests).toEqual([]);
  });
});
