import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RapportDatabase } from '../../lib/db/database';
import { downloadFile } from '../../lib/io/backup-download';
import { downloadContactsExport } from '../../lib/io/contacts-export-download';
import { freshDatabase, seedDatabase } from '../db/test-database';
import { account, contact } from '../domain/builders';

vi.mock('../../lib/io/backup-download', () => ({ downloadFile: vi.fn() }));

const now = new Date(2025, 5, 16, 10, 0).getTime();
let database: RapportDatabase;

beforeEach(async () => {
  vi.mocked(downloadFile).mockReset();
  database = freshDatabase();
  await seedDatabase(database, {
    accounts: [account({ id: 'acme', name: 'Acme' }), account({ id: 'globex', name: 'Globex' })],
    contacts: [
      contact({ id: 'ann', name: 'Ann Archer', accountId: 'acme', levelId: 'client' }),
      contact({ id: 'bob', name: 'Bob Baker', accountId: 'globex' }),
      contact({ id: 'cy', name: '=HYPERLINK("http://evil.example")', accountId: 'globex' }),
    ],
  });
});
afterEach(async () => {
  database.close();
  await database.delete();
});

async function downloadedText(): Promise<{ text: string; fileName: string }> {
  expect(downloadFile).toHaveBeenCalledOnce();
  const [blob, fileName] = vi.mocked(downloadFile).mock.calls[0]!;
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer()), fileName };
}

describe('exporting chosen contacts', () => {
  it('writes only those contacts, with their accounts, to a file named for the selection', async () => {
    const done = await downloadContactsExport('csv', { database, now, contactIds: ['cy', 'ann'] });
    expect(done).toEqual({ fileName: 'rapport-contacts-2-selected-2025-06-16.csv', contacts: 2, skipped: 0 });
    const { text, fileName } = await downloadedText();
    expect(fileName).toBe(done.fileName);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^Name,Emails,LinkedIn URLs,Account,Account revenue,Account potential,Level,/);
    // The same formula guard as the export of all contacts.
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example""\)",,,Globex,0,0,Prospect,/);
    expect(lines[2]).toMatch(/^Ann Archer,,,Acme,0,0,Client,/);
    expect(lines.slice(3)).toEqual(['']);
  });

  it('without chosen ids, exports every contact under the usual name', async () => {
    const done = await downloadContactsExport('vcard', { database, now });
    expect(done.fileName).toBe('rapport-contacts-2025-06-16.vcf');
    const { text } = await downloadedText();
    expect(text.match(/^UID;VALUE=text:(.*)\r$/gm)).toHaveLength(3);
  });
});
