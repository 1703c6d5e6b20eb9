import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportControls } from '../../../entrypoints/dashboard/export-controls';
import type { RapportDatabase } from '../../../lib/db/database';
import { downloadFile } from '../../../lib/io/backup-download';
import { account, contact } from '../../domain/builders';
import { freshDatabase, seedDatabase } from '../../db/test-database';

vi.mock('../../../lib/io/backup-download', () => ({ downloadFile: vi.fn() }));

// Vitest runs without globals here, so Testing Library cannot unmount between tests by itself.
afterEach(cleanup);

const now = () => new Date(2025, 5, 16, 10, 0).getTime();
let database: RapportDatabase;

beforeEach(() => {
  vi.mocked(downloadFile).mockReset();
  database = freshDatabase();
});
afterEach(async () => {
  database.close();
  await database.delete();
});

async function downloaded(): Promise<{ text: string; bytes: Uint8Array; fileName: string; type: string }> {
  await waitFor(() => expect(downloadFile).toHaveBeenCalledOnce());
  const [blob, fileName] = vi.mocked(downloadFile).mock.calls[0]!;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return {
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
    bytes,
    fileName,
    type: blob.type,
  };
}

describe('exporting contacts from the dashboard', () => {
  it('downloads the contacts as a CSV file and says how many', async () => {
    await seedDatabase(database, {
      accounts: [account({ id: 'acme', name: 'Acme' })],
      contacts: [
        contact({ name: 'Zoë Ångström', levelId: 'client' }),
        contact({ name: '=cmd|calc', accountId: null }),
      ],
    });
    render(<ExportControls database={database} now={now} />);
    const button = screen.getByRole('button', { name: 'Export CSV' });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    const file = await downloaded();
    expect(file.fileName).toBe('rapport-contacts-2025-06-16.csv');
    expect(file.type).toBe('text/csv;charset=utf-8');
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.text.slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^Name,Emails,LinkedIn URLs,Account,Account revenue,Account potential,Level,/);
    expect(lines[1]).toMatch(/^'=cmd\|calc,,,,,,Prospect,/);
    expect(lines[2]).toMatch(/^Zoë Ångström,,,Acme,0,0,Client,/);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Exported 2 contacts to rapport-contacts-2025-06-16.csv.',
      ),
    );
  });

  it('downloads one vCard file holding every contact', async () => {
    await seedDatabase(database, {
      contacts: [contact({ name: 'Ann Lee', accountId: null }), contact({ name: 'Bo', accountId: null })],
    });
    render(<ExportControls database={database} now={now} />);
    const button = screen.getByRole('button', { name: 'Export vCard' });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    const file = await downloaded();
    expect(file.fileName).toBe('rapport-contacts-2025-06-16.vcf');
    expect(file.type).toBe('text/vcard;charset=utf-8');
    expect(file.text.match(/^BEGIN:VCARD\r\nVERSION:4\.0\r\nFN:(.*)\r\n/gm)).toEqual([
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Lee\r\n',
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bo\r\n',
    ]);
    expect(file.text.endsWith('END:VCARD\r\n')).toBe(true);
  });

  it('with no contacts, the buttons stay disabled; they enable when a contact arrives', async () => {
    render(<ExportControls database={database} now={now} />);
    await screen.findByText(/There are no contacts to export yet/);
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
    await seedDatabase(database, { contacts: [contact({ name: 'New' })] });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled());
    expect(screen.queryByText(/There are no contacts to export yet/)).not.toBeInTheDocument();
  });

  it('reports a failure instead of downloading', async () => {
    await seedDatabase(database, { contacts: [contact({ name: 'Ann' })] });
    vi.mocked(downloadFile).mockImplementation(() => {
      throw new Error('Downloads are blocked.');
    });
    render(<ExportControls database={database} now={now} />);
    const button = screen.getByRole('button', { name: 'Export CSV' });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The CSV export failed: Downloads are blocked.',
    );
  });
});
