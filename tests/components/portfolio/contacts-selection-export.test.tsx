import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContactsView } from '../../../entrypoints/dashboard/views/contacts-view';
import { contactRowsLoader } from '../../../lib/db/contact-rows';
import type { RapportDatabase } from '../../../lib/db/database';
import { downloadFile } from '../../../lib/io/backup-download';
import { freshDatabase, seedDatabase } from '../../db/test-database';
import { account, contact } from '../../domain/builders';
import { layOutViewport, restoreLayout, shownNames } from './contacts-test-kit';

vi.mock('../../../lib/io/backup-download', () => ({ downloadFile: vi.fn() }));

afterEach(cleanup);
beforeEach(() => layOutViewport());
afterEach(restoreLayout);

const now = () => new Date(2025, 5, 16, 10, 0).getTime();
let database: RapportDatabase;

beforeEach(async () => {
  vi.mocked(downloadFile).mockReset();
  database = freshDatabase();
  await seedDatabase(database, {
    accounts: [account({ id: 'acme', name: 'Acme' }), account({ id: 'globex', name: 'Globex' })],
    contacts: [
      contact({ id: 'ann', name: 'Ann Archer', levelId: 'client', accountId: 'acme' }),
      contact({ id: 'bob', name: 'Bob Baker', levelId: 'prospect', accountId: 'globex' }),
      contact({ id: 'cy', name: '@Cy Clark', levelId: 'prospect', accountId: null }),
      contact({ id: 'dee', name: 'Dee Dunn', levelId: 'customer', accountId: 'acme' }),
    ],
  });
  render(
    <ContactsView database={database} rows={contactRowsLoader(database)} now={now} onOpenContact={vi.fn()} />,
  );
  await waitFor(() => expect(shownNames()).toHaveLength(4));
});
afterEach(async () => {
  database.close();
  await database.delete();
});

async function downloaded(): Promise<{ text: string; fileName: string }> {
  await waitFor(() => expect(downloadFile).toHaveBeenCalledOnce());
  const [blob, fileName] = vi.mocked(downloadFile).mock.calls[0]!;
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer()), fileName };
}

const bulkBar = () => screen.getByRole('region', { name: /selected/ });

describe('exporting the selected contacts', () => {
  it('offers no export until a contact is selected', async () => {
    expect(screen.queryByRole('button', { name: /^Export / })).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Bob Baker' }));
    expect(within(bulkBar()).getByRole('button', { name: 'Export 1 as CSV' })).toBeEnabled();
    expect(within(bulkBar()).getByRole('button', { name: 'Export 1 as vCard' })).toBeEnabled();
  });

  it('downloads just the selected contacts as CSV, says so, and keeps the focus on the button', async () => {
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Ann Archer' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select @Cy Clark' }));
    const button = within(bulkBar()).getByRole('button', { name: 'Export 2 as CSV' });
    await userEvent.click(button);

    const file = await downloaded();
    expect(file.fileName).toBe('rapport-contacts-2-selected-2025-06-16.csv');
    const lines = file.text.slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^Name,Emails,LinkedIn URLs,Account,Account revenue,Account potential,Level,/);
    expect(lines[1]).toMatch(/^'@Cy Clark,,,,,,Prospect,/);
    expect(lines[2]).toMatch(/^Ann Archer,,,Acme,0,0,Client,/);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(
      (await screen.findByText('Exported 2 contacts to rapport-contacts-2-selected-2025-06-16.csv.')).closest(
        '[role="status"]',
      ),
    ).toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toBeEnabled();
  });

  it('downloads the selected contacts that match the filters as vCards, from the keyboard', async () => {
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all 4 matching contacts' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'Prospect');
    await waitFor(() => expect(shownNames()).toEqual(['@Cy Clark', 'Bob Baker']));
    within(bulkBar()).getByRole('button', { name: 'Export 2 as vCard' }).focus();
    await userEvent.keyboard('{Enter}');

    const file = await downloaded();
    expect(file.fileName).toBe('rapport-contacts-2-selected-2025-06-16.vcf');
    expect(file.text.match(/^FN:(.*)\r$/gm)).toEqual(['FN:@Cy Clark\r', 'FN:Bob Baker\r']);
    expect(file.text).toMatch(/^ORG:Globex\r$/m);
    expect(
      await screen.findByText('Exported 2 contacts to rapport-contacts-2-selected-2025-06-16.vcf.'),
    ).toBeTruthy();
  });

  it('says which export failed', async () => {
    vi.mocked(downloadFile).mockImplementation(() => {
      throw new Error('Downloads are blocked.');
    });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Dee Dunn' }));
    await userEvent.click(within(bulkBar()).getByRole('button', { name: 'Export 1 as CSV' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The CSV export failed: Downloads are blocked.',
    );
  });
});
