import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rapportControls, waitForControl } from './badges';
import { importBackupThroughDashboard, launchWithExtension, snap, type ExtensionSession } from './harness';
import { openFixture, writeBackup } from './overlay-helpers';

/** People named on the saved site fixtures, each at a different level so a wrong match shows. */
const people = [
  { id: 'c-anna', name: 'Anna Berg', levelId: 'customer', linkedinSlugs: ['anna-berg-4b1a2c'] },
  { id: 'c-sara', name: 'Sara Lind', levelId: 'supporter', linkedinSlugs: ['sara-lind-9a8b7c'] },
  { id: 'c-twilio', name: 'Team Twilio', levelId: 'client', emails: ['news@twilio.com'] },
  { id: 'c-pat', name: 'Pat Buyer', levelId: 'client', emails: ['pat.buyer@acme-energy.com'] },
  { id: 'c-rosa', name: 'Rosa Ortiz', levelId: 'supporter', emails: ['r.ortiz@globex.example'] },
  { id: 'c-carol', name: 'Carol Diaz', levelId: 'supporter', emails: ['carol.diaz@globex.example'] },
  { id: 'c-bob', name: 'Bob Jones', levelId: 'customer', emails: ['bob.jones@contoso.com'] },
  {
    id: 'c-joerg',
    name: 'Jörg Müller',
    levelId: 'client',
    emails: ['joerg.mueller@stadtwerke-kiel.example'],
  },
];

async function badgeNames(page: Parameters<typeof rapportControls>[0]): Promise<string[]> {
  return (await rapportControls(page)).map((control) => control.name);
}

describe('overlay: badges with the right level on every supported view', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
    const dashboard = await importBackupThroughDashboard(session, writeBackup(people));
    await dashboard.close();
  });
  afterAll(() => session?.close());

  it('LinkedIn search results: Anna Berg is a Customer, the unknown Jörg Müller can be added', async () => {
    const page = await openFixture(
      session,
      'https://www.linkedin.com/search/results/people/?keywords=procurement%20energy&origin=SWITCH_SEARCH_VERTICAL',
      'linkedin-search-people.html',
    );
    await waitForControl(page, /^Rapport: Customer/);
    await waitForControl(page, /^Add Jörg Müller to Rapport$/);
    const names = await badgeNames(page);
    expect(names.filter((name) => name.startsWith('Rapport: '))).toEqual(['Rapport: Customer']);
    await snap(page, 'overlay-views-linkedin-search');
    await page.close();
  });

  it('LinkedIn My Network: Sara Lind is a Supporter', async () => {
    const page = await openFixture(
      session,
      'https://www.linkedin.com/mynetwork/',
      'linkedin-mynetwork-pymk.html',
    );
    await waitForControl(page, /^Rapport: Supporter/);
    await waitForControl(page, /^Add Mikael Strand to Rapport$/);
    expect((await badgeNames(page)).filter((name) => name.startsWith('Rapport: '))).toEqual([
      'Rapport: Supporter',
    ]);
    await snap(page, 'overlay-views-linkedin-mynetwork');
    await page.close();
  });

  it('LinkedIn messaging: Anna Berg is a Customer in the header and beside her message', async () => {
    const page = await openFixture(
      session,
      'https://www.linkedin.com/messaging/thread/2-ODk1ZTQ4YjQtNjBmZi00ZGJjLWE2YjMtM2M1ZDA0ZjYxZjQ2XzAxMA==/',
      'linkedin-messaging-thread.html',
    );
    await waitForControl(page, /^Rapport: Customer/);
    await expect.poll(() => badgeNames(page)).toEqual(['Rapport: Customer', 'Rapport: Customer']);
    await snap(page, 'overlay-views-linkedin-messaging');
    await page.close();
  });

  it('Gmail inbox list: the Twilio sender is a Client', async () => {
    const page = await openFixture(
      session,
      'https://mail.google.com/mail/u/0/#inbox',
      'gmail-inbox-threadlist-2014.html',
    );
    const badge = await waitForControl(page, /^Rapport: Client/);
    expect(badge.name).toBe('Rapport: Client');
    await snap(page, 'overlay-views-gmail-inbox');
    await page.close();
  });

  it('Gmail open thread: Pat Buyer is a Client wherever named; Sam Ops can be added', async () => {
    const page = await openFixture(
      session,
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmQpTbcvLrNwHkqzVxRt',
      'gmail-thread-open.html',
    );
    await waitForControl(page, /^Rapport: Client/);
    await expect
      .poll(async () => (await badgeNames(page)).filter((name) => name.startsWith('Rapport: ')))
      .toEqual(['Rapport: Client', 'Rapport: Client']);
    await waitForControl(page, /^Add Sam Ops to Rapport$/);
    await snap(page, 'overlay-views-gmail-thread');
    await page.close();
  });

  it('Gmail compose (current chips): Pat Buyer is a Client and Rosa Ortiz a Supporter', async () => {
    const page = await openFixture(
      session,
      'https://mail.google.com/mail/u/0/#inbox?compose=new',
      'gmail-compose-chips-2024.html',
    );
    await waitForControl(page, /^Rapport: Supporter/);
    await expect
      .poll(async () => (await badgeNames(page)).filter((name) => name.startsWith('Rapport: ')))
      .toEqual(['Rapport: Client', 'Rapport: Supporter']);
    await snap(page, 'overlay-views-gmail-compose-2024');
    await page.close();
  });

  it('Gmail compose (older chips): Carol Diaz is a Supporter', async () => {
    const page = await openFixture(
      session,
      'https://mail.google.com/mail/u/1/#search/renewal?compose=new',
      'gmail-compose-chips-legacy.html',
    );
    await waitForControl(page, /^Rapport: Supporter/);
    await waitForControl(page, /^Add Dana Whitfield to Rapport$/);
    expect((await badgeNames(page)).filter((name) => name.startsWith('Rapport: '))).toEqual([
      'Rapport: Supporter',
    ]);
    await snap(page, 'overlay-views-gmail-compose-legacy');
    await page.close();
  });

  it('Outlook reading pane: Bob Jones is a Customer', async () => {
    const page = await openFixture(
      session,
      'https://outlook.office.com/mail/inbox/id/AAQkADAwATMwMAItYjBiZi03YmY3LTAwAi0wMAoAEABjgKbAj7DwSKnW58xs6QY7',
      'outlook-reading-pane-en.html',
    );
    await waitForControl(page, /^Rapport: Customer/);
    await expect
      .poll(async () => (await badgeNames(page)).filter((name) => name.startsWith('Rapport: ')))
      .toEqual(['Rapport: Customer', 'Rapport: Customer']);
    await waitForControl(page, /^Add Alice Smith to Rapport$/);
    await snap(page, 'overlay-views-outlook-reading');
    await page.close();
  });

  it('Outlook compose: Jörg Müller is a Client', async () => {
    const page = await openFixture(
      session,
      'https://outlook.office365.com/mail/deeplink/compose?popoutv2=1',
      'outlook-compose-popout-de.html',
    );
    await waitForControl(page, /^Rapport: Client/);
    await waitForControl(page, /^Add Anke Vogel to Rapport$/);
    expect((await badgeNames(page)).filter((name) => name.startsWith('Rapport: '))).toEqual([
      'Rapport: Client',
    ]);
    await snap(page, 'overlay-views-outlook-compose');
    await page.close();
  });

  it('made no web requests of its own', () => {
    expect(session.extensionRequests).toEqual([]);
  });
});
