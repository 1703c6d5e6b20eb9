import { describe, expect, it } from 'vitest';
import { CsvFileError, MAX_CSV_BYTES, readCsvFile } from '../../lib/io/csv-file';

import { connectionsCsv as fixture, csvFile as csv } from './import-fixture';

async function refusal(file: Blob): Promise<string> {
  const error = await readCsvFile(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CsvFileError);
  return (error as CsvFileError).message;
}

describe('reading a CSV file', () => {
  it('reads LinkedIn’s export: notes skipped, header found, spreadsheet row numbers kept', async () => {
    const table = await readCsvFile(csv(new Uint8Array(fixture), 'Connections.csv'));
    expect(table.header).toEqual([
      'First Name',
      'Last Name',
      'URL',
      'Email Address',
      'Company',
      'Position',
      'Connected On',
    ]);
    expect(table.headerRow).toBe(4);
    expect(table.preamble[0]).toEqual(['Notes:']);
    expect(table.rows).toHaveLength(20);
    expect(table.rows[0]).toEqual({
      row: 5,
      cells: [
        'Anna',
        'Berg',
        'https://www.linkedin.com/in/anna-berg-4b1a2c',
        '',
        'Nordkraft Energi AB',
        'Head of Procurement',
        '12 Mar 2024',
      ],
    });
    expect(table.rows[2]!.cells[4]).toBe('Globex, Inc.');
    expect(table.rows[14]!.cells[5]).toBe('Director, "Special" Projects');
  });

  it('accepts a UTF-8 byte order mark and Windows line endings', async () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('Name,Email\r\nÅsa Ek,asa@ek.example\r\n'),
    ]);
    const table = await readCsvFile(csv(bytes));
    expect(table.header).toEqual(['Name', 'Email']);
    expect(table.rows).toEqual([{ row: 2, cells: ['Åsa Ek', 'asa@ek.example'] }]);
  });

  it('reads UTF-16 text that says so with its byte order mark (Excel’s "Unicode text")', async () => {
    const text = 'Name,Email\nJörg Müller,j@m.example\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) bytes[2 + i * 2] = text.charCodeAt(i);
    const table = await readCsvFile(csv(bytes));
    expect(table.rows[0]!.cells).toEqual(['Jörg Müller', 'j@m.example']);
  });

  it('skips blank lines between rows but counts them in row numbers', async () => {
    const table = await readCsvFile(csv('Name\nA\n\nB\n'));
    expect(table.rows.map((r) => r.row)).toEqual([2, 4]);
  });
});

describe('bad files are refused with a message that says what to do', () => {
  it('wrong encoding: Latin-1 bytes, with the line and the advice to save as CSV UTF-8', async () => {
    // "Jörg" in ISO-8859-1: ö is the single byte 0xF6.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('First Name,Last Name\nAnna,Berg\nJ'),
      0xf6,
      ...new TextEncoder().encode('rg,M\n'),
    ]);
    const message = await refusal(csv(bytes));
    expect(message).toMatch(/not UTF-8/);
    expect(message).toMatch(/line 3/);
    expect(message).toMatch(/0xf6/);
    expect(message).toMatch(/CSV UTF-8/);
  });

  it('wrong encoding: names the odd byte itself, not the one after it (é in Windows-1252 is 0xe9)', async () => {
    // 0xE9 opens a three-byte sequence in UTF-8; the space after it is what shows it is not one.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Name,Company\nJos'),
      0xe9,
      ...new TextEncoder().encode(' N'),
      0xfa,
      ...new TextEncoder().encode('\u00f1ez,Acme\n'),
    ]);
    const message = await refusal(csv(bytes));
    expect(message).toMatch(/line 2 has a byte \(0xe9\)/);
  });

  it('wrong encoding: a sequence cut short by the end of the file, or a surrogate, is named by its first byte', async () => {
    const cut = new Uint8Array([...new TextEncoder().encode('Name\nA\nB'), 0xe2, 0x82]);
    expect(await refusal(csv(cut))).toMatch(/line 3 has a byte \(0xe2\)/);
    // ED A0 80 would be U+D800, a surrogate, which UTF-8 does not allow.
    const surrogate = new Uint8Array([...new TextEncoder().encode('Name\n'), 0xed, 0xa0, 0x80, 0x0a]);
    expect(await refusal(csv(surrogate))).toMatch(/line 2 has a byte \(0xed\)/);
  });

  it('UTF-16 without a byte order mark: says so, rather than calling it a binary', async () => {
    const text = 'Name,Email\nAnna Berg,anna@berg.example\n';
    const little = new Uint8Array(text.length * 2);
    const big = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) {
      little[i * 2] = text.charCodeAt(i);
      big[i * 2 + 1] = text.charCodeAt(i);
    }
    for (const bytes of [little, big]) {
      const message = await refusal(csv(bytes));
      expect(message).toMatch(/UTF-16 text without the byte order mark/);
      expect(message).toMatch(/CSV UTF-8/);
    }
  });

  it('semicolon-delimited: names the separator and how to save with commas', async () => {
    const message = await refusal(csv('First Name;Last Name;Email\nAnna;Berg;anna@berg.example\n'));
    expect(message).toMatch(/separated by semicolons/);
    expect(message).toMatch(/Comma delimited/);
  });

  it('semicolon-delimited LinkedIn export (re-saved by a spreadsheet): the same message', async () => {
    const text = fixture.toString('utf8').replace(/,/g, ';');
    expect(await refusal(csv(text, 'Connections.csv'))).toMatch(/separated by semicolons/);
  });

  it('tab-separated: says tabs', async () => {
    expect(await refusal(csv('Name\tEmail\nA\ta@b.example\n'))).toMatch(/separated by tabs/);
  });

  it('too large: refused from its size, before reading, saying the limit', async () => {
    const huge = {
      name: 'huge.csv',
      size: 100 * 1024 * 1024,
      arrayBuffer: () => Promise.reject(new Error('read')),
    };
    const message = await refusal(huge as unknown as File);
    expect(message).toMatch(/100\.0 MB/);
    expect(message).toMatch(new RegExp(`${(MAX_CSV_BYTES / 1024 / 1024).toFixed(1)} MB`));
    expect(message).toMatch(/Split it/);
  });

  it('empty: says so', async () => {
    expect(await refusal(csv(''))).toMatch(/empty/);
    expect(await refusal(csv('\n\n  \n'))).toMatch(/no text/);
  });

  it('header only: no contacts under it', async () => {
    expect(await refusal(csv('Name,Email\n'))).toMatch(/no contacts under it/);
  });

  it('binary: NUL bytes', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect(await refusal(csv(bytes, 'photo.csv'))).toMatch(/not text/);
  });

  it('binary: the LinkedIn ZIP archive itself, with the advice to open it', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);
    expect(await refusal(csv(bytes, 'Basic_LinkedInDataExport.zip'))).toMatch(
      /ZIP archive.*Connections\.csv/,
    );
  });

  it('binary without NULs: mostly control characters', async () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7)));
    expect(await refusal(csv(bytes))).toMatch(/does not look like text/);
  });

  it('malformed quotes: a quote never closed, with the row number', async () => {
    const message = await refusal(csv('Name,Company\nAnna,Acme\n"Bob,Initech\nCarl,Hooli\n'));
    expect(message).toMatch(/^Row 3 is malformed: a value opens a double quote/);
    expect(message).toMatch(/doubled/);
  });

  it('malformed quotes: text after a closing quote, with the row number', async () => {
    const message = await refusal(csv('Name,Company\nAnna,Acme\nCarl,"Hooli" Inc\n'));
    expect(message).toMatch(/^Row 3 is malformed: a double quote \("\) closes a value but more text follows/);
  });
});
