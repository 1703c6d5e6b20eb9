import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/dashboard/app';
import { rememberedMapping } from '../../../lib/io/csv-mapping';
import { contact } from '../../domain/builders';
import { freshDatabase, readEverything, seedDatabase } from '../../db/test-database';
import { connectionsFile, csvFile } from '../../io/import-fixture';

// Imports of hundreds of rows into fake-indexeddb take seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

// Vitest runs without globals here, so Testing Library cannot unmount between tests by itself.
afterEach(cleanup);

const NOW = new Date(2025, 2, 1, 10, 0).getTime();

function renderDashboard() {
  const database = freshDatabase();
  window.location.hash = '#/data';
  render(<App database={database} now={() => NOW} />);
  return database;
}

const section = () => screen.getByRole('region', { name: 'Import contacts' });
const fileInput = () => within(section()).getByLabelText('Choose a CSV file');

describe('importing LinkedIn’s Connections.csv on the dashboard', () => {
  it('previews, imports at the chosen level, reports, and undoes', async () => {
    const database = renderDashboard();
    await seedDatabase(database, {
      contacts: [
        contact({ id: 'c-wei', name: 'Wei Zhang', emails: ['wei.zhang@initech.example'], accountId: null }),
      ],
    });
    const before = await readEverything(database);
    await userEvent.upload(fileInput(), connectionsFile());

    const preview = await screen.findByRole('group', { name: 'Preview of the import' });
    expect(preview).toHaveTextContent('Connections.csv (LinkedIn connections export): 20 rows.');
    const counts = within(preview).getByRole('list', { name: 'What the import will do' });
    expect(counts).toHaveTextContent('17 new contacts (and 11 new accounts)');
    expect(counts).toHaveTextContent('1 already in Rapport, to complete');
    expect(counts).toHaveTextContent('2 skipped');
    expect(within(preview).getByRole('list', { name: 'To complete (1)' })).toHaveTextContent(
      'Row 8 Wei Zhang — adds LinkedIn profile, headline, account Initech',
    );
    expect(within(preview).getByRole('list', { name: 'Skipped (2)' })).toHaveTextContent(
      'Row 11 (no name) — No name (LinkedIn leaves names out for members who hide them).',
    );
    // Nothing is written by the preview.
    expect(await readEverything(database)).toEqual(before);

    const level = within(preview).getByLabelText('Level for the new contacts');
    expect(level).toHaveValue('prospect');
    await userEvent.selectOptions(level, 'customer');
    await userEvent.click(within(preview).getByRole('button', { name: 'Import 18 contacts' }));

    const report = await screen.findByRole('group', { name: 'Import report' });
    expect(within(report).getByRole('status')).toHaveTextContent(
      'Imported Connections.csv: 17 contacts created, 1 merged, 2 skipped.',
    );
    expect(report).toHaveTextContent('17 new contacts at level Customer, in 11 new accounts');
    expect(within(report).getByRole('heading', { name: 'Import finished' })).toHaveFocus();
    const anna = await database.contacts.where('linkedinSlugs').equals('anna-berg-4b1a2c').first();
    expect(anna).toMatchObject({ name: 'Anna Berg', levelId: 'customer' });
    expect(await database.contacts.count()).toBe(18);

    await userEvent.click(within(report).getByRole('button', { name: 'Undo import' }));
    expect(
      await screen.findByText(/^Import undone: 17 contacts removed, 1 contact put back/),
    ).toBeInTheDocument();
    expect(await readEverything(database)).toEqual(before);
  });

  it('accepts a dropped file', async () => {
    renderDashboard();
    const zone = fileInput().closest('.import-drop')!;
    fireEvent.drop(zone, { dataTransfer: { files: [connectionsFile()] } });
    expect(await screen.findByRole('group', { name: 'Preview of the import' })).toHaveTextContent(
      '18 new contacts',
    );
  });

  it('cancelling the preview writes nothing and goes back to choosing a file', async () => {
    const database = renderDashboard();
    await userEvent.upload(fileInput(), connectionsFile());
    const preview = await screen.findByRole('group', { name: 'Preview of the import' });
    await userEvent.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'Preview of the import' })).not.toBeInTheDocument();
    expect(fileInput()).toBeEnabled();
    expect(await database.contacts.count()).toBe(0);
  });
});

describe('bad files on the dashboard', () => {
  it('shows what is wrong and what to do, and changes nothing', async () => {
    const database = renderDashboard();
    const before = await readEverything(database);
    const latin1 = new Uint8Array([...new TextEncoder().encode('Name,Email\nJ'), 0xf6, 0x72, 0x67, 0x0a]);
    await userEvent.upload(fileInput(), csvFile(latin1, 'export.csv'));
    const alert = await within(section()).findByRole('alert');
    expect(alert).toHaveTextContent('export.csv cannot be imported; nothing was changed.');
    expect(alert).toHaveTextContent(/not UTF-8 text: line 2.*CSV UTF-8/);
    expect(await readEverything(database)).toEqual(before);

    // The next file can be chosen straight away.
    await userEvent.upload(fileInput(), csvFile('Name;Email\nA;a@b.example\n', 'semi.csv'));
    expect(await within(section()).findByRole('alert')).toHaveTextContent(/separated by semicolons/);
  });
});

describe('importing any CSV with a mapping step', () => {
  const crm =
    'Contact,E-mail,Org,Notes\nAda Lovelace,ada@analytical.example,Analytical Engines,met at a fair\n';

  it('previews the first rows, needs a name column, remembers the mapping', async () => {
    const database = renderDashboard();
    await userEvent.upload(fileInput(), csvFile(crm, 'crm.csv'));
    const step = await screen.findByRole('group', { name: 'Match the columns' });
    expect(within(step).getByRole('table')).toHaveTextContent('met at a fair');
    expect(within(step).getByLabelText('What “Contact” holds')).toHaveValue('name');
    expect(within(step).getByLabelText('What “Org” holds')).toHaveValue('company');
    expect(within(step).getByLabelText('What “Notes” holds')).toHaveValue('');

    await userEvent.selectOptions(within(step).getByLabelText('What “Contact” holds'), '');
    expect(step).toHaveTextContent('Choose the column with the name');
    expect(within(step).getByRole('button', { name: 'Preview the import' })).toBeDisabled();
    await userEvent.selectOptions(within(step).getByLabelText('What “Contact” holds'), 'name');
    await userEvent.selectOptions(within(step).getByLabelText('What “Notes” holds'), 'interests');
    await userEvent.click(within(step).getByRole('button', { name: 'Preview the import' }));

    const preview = await screen.findByRole('group', { name: 'Preview of the import' });
    expect(preview).toHaveTextContent('crm.csv (CSV file): 1 row.');
    // Nothing is kept until the import is made, not even the mapping.
    expect(await database.settings.count()).toBe(0);
    await userEvent.click(within(preview).getByRole('button', { name: 'Import 1 contact' }));
    await screen.findByRole('group', { name: 'Import report' });
    expect(await database.contacts.toArray()).toEqual([
      expect.objectContaining({
        name: 'Ada Lovelace',
        emails: ['ada@analytical.example'],
        interests: ['met at a fair'],
        levelId: 'prospect',
      }),
    ]);
    expect(await rememberedMapping(['Contact', 'E-mail', 'Org', 'Notes'], database)).toEqual([
      'name',
      'email',
      'company',
      'interests',
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Import another file' }));
    await userEvent.upload(fileInput(), csvFile(crm, 'crm-again.csv'));
    const again = await screen.findByRole('group', { name: 'Match the columns' });
    expect(again).toHaveTextContent('These are the choices you made last time');
    expect(within(again).getByLabelText('What “Notes” holds')).toHaveValue('interests');
  });

  it('offers roles, seniority, motivations, cadence and having left as fields, and imports them', async () => {
    const database = renderDashboard();
    const file =
      'Name,Buying role,Seniority level,Drivers,Every,Gone\nAda,Champion,Senior management,growth,21,yes\n';
    await userEvent.upload(fileInput(), csvFile(file, 'crm.csv'));
    const step = await screen.findByRole('group', { name: 'Match the columns' });
    const holds = (column: string) => within(step).getByLabelText(`What “${column}” holds`);
    expect(holds('Buying role')).toHaveValue('roles');
    expect(holds('Seniority level')).toHaveValue('seniority');
    expect(within(holds('Buying role')).getByRole('option', { selected: true })).toHaveTextContent(
      'Roles (decision maker, influencer…)',
    );
    await userEvent.selectOptions(holds('Drivers'), 'Motivations');
    await userEvent.selectOptions(holds('Every'), 'Cadence (days between touches)');
    await userEvent.selectOptions(holds('Gone'), 'Left account (yes / no)');
    await userEvent.click(within(step).getByRole('button', { name: 'Preview the import' }));

    const preview = await screen.findByRole('group', { name: 'Preview of the import' });
    await userEvent.click(within(preview).getByRole('button', { name: 'Import 1 contact' }));
    await screen.findByRole('group', { name: 'Import report' });
    expect(await database.contacts.toArray()).toEqual([
      expect.objectContaining({
        name: 'Ada',
        roles: ['champion'],
        seniority: 'senior',
        motivations: ['growth'],
        cadenceDays: 21,
        left: true,
      }),
    ]);
  });

  it('imports a row with a value it does not recognise without that value, saying so before and after', async () => {
    const database = renderDashboard();
    const file = [
      'Name,Email,Buying role,Seniority level,Touch every (days),Left company',
      'Ada,ada@acme.example,"Champion; VP",,30 days,',
      'Bo,not-an-email,VP,,,',
      'Cy,cy@acme.example,Influencer,Staff,21,no',
    ].join('\n');
    const leftOut =
      'Row 2 Ada — Buying role: the role "VP" is not one of Decision maker, Influencer, Champion, User, Gatekeeper; Touch every (days): the cadence "30 days" is not a whole number of days from 1 to 3650';
    await userEvent.upload(fileInput(), csvFile(file, 'crm.csv'));
    const step = await screen.findByRole('group', { name: 'Match the columns' });
    await userEvent.click(within(step).getByRole('button', { name: 'Preview the import' }));

    const preview = await screen.findByRole('group', { name: 'Preview of the import' });
    const counts = within(preview).getByRole('list', { name: 'What the import will do' });
    expect(counts).toHaveTextContent('2 new contacts');
    expect(counts).toHaveTextContent('1 skipped');
    expect(counts).toHaveTextContent('1 imported with a value left out');
    // A bad email still skips the row; its unknown role is not listed apart.
    expect(within(preview).getByRole('list', { name: 'Skipped (1)' })).toHaveTextContent(
      'Row 3 Bo — Could not be read: the email "not-an-email" is not an email address.',
    );
    expect(within(preview).getByRole('list', { name: 'Values left out (1)' })).toHaveTextContent(leftOut);
    expect(await database.contacts.count()).toBe(0);

    await userEvent.click(within(preview).getByRole('button', { name: 'Import 2 contacts' }));
    const report = await screen.findByRole('group', { name: 'Import report' });
    expect(within(report).getByRole('status')).toHaveTextContent(
      'Imported crm.csv: 2 contacts created, 0 merged, 1 skipped, 1 row with a value left out.',
    );
    expect(within(report).getByRole('list', { name: 'Values left out (1)' })).toHaveTextContent(leftOut);
    expect(await database.contacts.orderBy('name').toArray()).toEqual([
      expect.objectContaining({ name: 'Ada', roles: ['champion'], cadenceDays: null, left: false }),
      expect.objectContaining({ name: 'Cy', roles: ['influencer'], seniority: 'staff', cadenceDays: 21 }),
    ]);
  });
});
