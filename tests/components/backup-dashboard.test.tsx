import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/dashboard/app';
import { createContact } from '../../lib/db/contacts';
import { readSiteSwitches } from '../../lib/sites/site-switches';
import { recordsV1 } from '../db/fixtures/records-v1';
import { freshDatabase, readEverything, seedDatabase } from '../db/test-database';
import { fileOf, fileWith, validBackupJson } from '../io/backup-file';

// Vitest runs without globals here, so Testing Library cannot unmount between tests by itself.
afterEach(cleanup);

const now = () => new Date(2025, 2, 1, 10, 0).getTime();

function renderDashboard() {
  const database = freshDatabase();
  window.location.hash = '#/data';
  render(<App database={database} now={now} />);
  return database;
}

const importInput = () => screen.getByLabelText('Import backup');

describe('the dashboard', () => {
  it('is headed Rapport', () => {
    renderDashboard();
    expect(screen.getByRole('heading', { level: 1, name: 'Rapport' })).toBeInTheDocument();
  });
});

describe('exporting from the dashboard', () => {
  it('downloads rapport-backup-<date>.json holding every record', async () => {
    const database = renderDashboard();
    await seedDatabase(database, recordsV1);
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:rapport/backup';
    });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });

    await userEvent.click(screen.getByRole('button', { name: 'Export backup' }));

    expect(await screen.findByText('Saved rapport-backup-2025-03-01.json (16 records).')).toBeInTheDocument();
    expect(downloads).toEqual(['rapport-backup-2025-03-01.json']);
    const json = JSON.parse(await saved[0]!.text());
    expect(json.format).toBe('rapport-backup');
    expect(json.tables.contacts).toEqual(recordsV1.contacts);
    expect(json.tables.goals).toEqual(recordsV1.goals);
  });
});

describe('importing on the dashboard', () => {
  it('imports a good file into an empty Rapport straight away and shows the counts', async () => {
    const database = renderDashboard();
    await userEvent.upload(importInput(), fileWith(validBackupJson()));

    const result = await screen.findByText(/Imported 17 records from/);
    const counts = within(result.parentElement!).getByRole('list', { name: 'Records imported' });
    expect(within(counts).getByText('Contacts: 2')).toBeInTheDocument();
    expect(within(counts).getByText('Account issues: 1')).toBeInTheDocument();
    expect(within(counts).getByText('Level changes: 1')).toBeInTheDocument();
    expect(await database.contacts.count()).toBe(2);
  });

  it('asks before replacing existing data, and Undo import puts it back', async () => {
    const database = renderDashboard();
    await createContact({ name: 'Someone Else', levelId: 'prospect' }, now(), database);
    const before = await readEverything(database);

    await userEvent.upload(importInput(), fileWith(validBackupJson()));
    expect(
      await screen.findByText(
        'Replace the 1 record now in Rapport with the 17 records in rapport-backup-2025-03-01.json?',
      ),
    ).toBeInTheDocument();
    expect(await readEverything(database)).toEqual(before);

    await userEvent.click(screen.getByRole('button', { name: 'Replace my data' }));
    await screen.findByText(/Imported 17 records/);
    expect((await database.contacts.toArray()).map((c) => c.name)).toEqual(['Ada Byrne', 'Ben Okafor']);

    await userEvent.click(screen.getByRole('button', { name: 'Undo import' }));
    await screen.findByText('Import undone: the data from before the import is back.');
    expect(await readEverything(database)).toEqual(before);
  });

  it('sets the sites as the file says, and Undo import sets them back', async () => {
    fakeBrowser.reset();
    renderDashboard();
    await userEvent.upload(importInput(), fileWith({ ...validBackupJson(), siteSwitches: { gmail: false } }));
    await screen.findByText(/Imported 17 records/);
    expect(await readSiteSwitches()).toEqual({ linkedin: true, gmail: false, outlook: true });

    await userEvent.click(screen.getByRole('button', { name: 'Undo import' }));
    await screen.findByText('Import undone: the data from before the import is back.');
    expect(await readSiteSwitches()).toEqual({ linkedin: true, gmail: true, outlook: true });
  });

  it('changes nothing when the import is cancelled', async () => {
    const database = renderDashboard();
    await createContact({ name: 'Someone Else', levelId: 'prospect' }, now(), database);
    const before = await readEverything(database);
    await userEvent.upload(importInput(), fileWith(validBackupJson()));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Replace my data' })).not.toBeInTheDocument();
    expect(await readEverything(database)).toEqual(before);
  });

  it('shows the precise error for a bad file and changes nothing', async () => {
    const database = renderDashboard();
    await seedDatabase(database, recordsV1);
    const before = await readEverything(database);
    const bad = validBackupJson();
    bad.tables.contacts[1]!.emails = ['Ben@Acme.com'];

    await userEvent.upload(importInput(), fileWith(bad));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'rapport-backup-2025-03-01.json was not imported; your data is unchanged.',
    );
    expect(alert).toHaveTextContent(
      'tables.contacts[1].emails[0]: an email address is lower case, like name@example.com',
    );
    expect(await readEverything(database)).toEqual(before);
  });

  it('says so when the file is not JSON at all', async () => {
    renderDashboard();
    await userEvent.upload(importInput(), fileOf('{"format": "rapport-backup", "tables": {'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not valid JSON; it may have been cut short/);
  });

  it('shows progress while a file is being read and checked', async () => {
    renderDashboard();
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const bar = document.querySelector('progress');
      if (bar) seen.push(bar.getAttribute('aria-label') ?? '');
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    await userEvent.upload(importInput(), fileWith(validBackupJson()));
    await screen.findByText(/Imported 17 records/);
    observer.disconnect();
    await waitFor(() => expect(seen.some((label) => label.startsWith('Writing records'))).toBe(true));
  });
});
