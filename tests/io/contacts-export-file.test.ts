import { describe, expect, it } from 'vitest';
import { defaultLadder } from '../../lib/domain/default-ladder';
import type { ContactExportContext } from '../../lib/io/contacts-csv-export';
import { contactsExportBlob, contactsExportFileName } from '../../lib/io/contacts-export-file';
import { contact } from '../domain/builders';

const context: ContactExportContext = { accounts: new Map(), ladder: defaultLadder };
const many = Array.from({ length: 2_500 }, (_, i) =>
  contact({ id: `c-${i}`, name: `Person ${i}`, accountId: null }),
);

describe('the export files', () => {
  it('a CSV built in parts has the BOM and header once, then every contact in order', async () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      await contactsExportBlob('csv', many, context).arrayBuffer(),
    );
    expect(text.match(/\uFEFF/g)).toHaveLength(1);
    expect(text.match(/Name,Emails,/g)).toHaveLength(1);
    expect(text.startsWith('\uFEFFName,Emails,')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(2_502);
    expect(lines.slice(1, -1).map((line) => line.split(',')[0])).toEqual(many.map((c) => c.name));
  });

  it('a vCard file built in parts holds every card once', async () => {
    const text = await contactsExportBlob('vcard', many, context).text();
    expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(2_500);
    expect(text.match(/^END:VCARD\r$/gm)).toHaveLength(2_500);
    expect(text.match(/^UID;VALUE=text:c-2499\r$/gm)).toHaveLength(1);
  });

  it('names the files by the local date', () => {
    const now = new Date(2026, 0, 5, 23, 30).getTime();
    expect(contactsExportFileName(now, 'csv')).toBe('rapport-contacts-2026-01-05.csv');
    expect(contactsExportFileName(now, 'vcard')).toBe('rapport-contacts-2026-01-05.vcf');
  });
});
