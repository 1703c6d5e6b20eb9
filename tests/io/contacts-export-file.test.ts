import { describe, expect, it } from 'vitest';
import { defaultLadder } from '../../lib/domain/default-ladder';
import type { ContactExportContext } from '../../lib/io/contacts-csv-export';
import { buildContactsExportBlob, contactsExportFileName } from '../../lib/io/contacts-export-file';
import { contact } from '../domain/builders';

const context: ContactExportContext = { accounts: new Map(), ladder: defaultLadder };
const many = Array.from({ length: 2_500 }, (_, i) =>
  contact({ id: `c-${i}`, name: `Person ${i}`, accountId: null }),
);

describe('the export files', () => {
  it('a CSV built in parts has the BOM and header once, then every contact in order', async () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await (await buildContactsExportBlob('csv', many, context)).arrayBuffer(),
    );
    expect(text.match(/\uFEFF/g)).toHaveLength(1);
    expect(text.match(/Name,Emails,/g)).toHaveLength(1);
    expect(text.startsWith('\uFEFFName,Emails,')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(2_502);
    expect(lines.slice(1, -1).map((line) => line.split(',')[0])).toEqual(many.map((c) => c.name));
  });

  it('a vCard file built in parts holds every card once', async () => {
    const text = await (await buildContactsExportBlob('vcard', many, context)).text();
    expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(2_500);
    expect(text.match(/^END:VCARD\r$/gm)).toHaveLength(2_500);
    expect(text.match(/^UID;VALUE=text:c-2499\r$/gm)).toHaveLength(1);
  });

  it('reports progress a part at a time, pausing between parts', async () => {
    const progress: Array<[number, number]> = [];
    let pauses = 0;
    await buildContactsExportBlob('csv', many, context, {
      onProgress: (done, total) => progress.push([done, total]),
      pause: async () => {
        pauses += 1;
      },
    });
    expect(progress).toEqual([
      [1_000, 2_500],
      [2_000, 2_500],
      [2_500, 2_500],
    ]);
    expect(pauses).toBe(2);
  });

  it('names the files by the local date', () => {
    const now = new Date(2026, 0, 5, 23, 30).getTime();
    expect(contactsExportFileName(now, 'csv')).toBe('rapport-contacts-2026-01-05.csv');
    expect(contactsExportFileName(now, 'vcard')).toBe('rapport-contacts-2026-01-05.vcf');
  });

  it('names a file of selected contacts as such, with their number', () => {
    const now = new Date(2026, 0, 5, 23, 30).getTime();
    expect(contactsExportFileName(now, 'csv', 12)).toBe('rapport-contacts-12-selected-2026-01-05.csv');
    expect(contactsExportFileName(now, 'vcard', 1)).toBe('rapport-contacts-1-selected-2026-01-05.vcf');
  });
});
