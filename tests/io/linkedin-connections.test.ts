import { describe, expect, it } from 'vitest';
import { CsvFileError, parseCsvText, readCsvFile } from '../../lib/io/csv-file';
import { mapRows } from '../../lib/io/csv-mapping';
import { linkedinMapping, looksLikeLinkedinConnections } from '../../lib/io/linkedin-connections';
import { readImportSource } from '../../lib/io/contact-import';
import { freshDatabase } from '../db/test-database';
import { connectionsFile, csvFile } from './import-fixture';

describe('LinkedIn’s Connections.csv', () => {
  it('is recognised by its notes, and needs no mapping', async () => {
    const source = await readImportSource(connectionsFile(), freshDatabase());
    expect(source.kind).toBe('linkedin');
    expect(source.mapping).toEqual([
      'firstName',
      'lastName',
      'linkedin',
      'email',
      'company',
      'headline',
      null,
    ]);
  });

  it('is recognised by its header alone (an export saved without the notes)', () => {
    const table = parseCsvText(
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,B,https://www.linkedin.com/in/ab,,X,Y,01 Jan 2024\n',
      'Connections.csv',
    );
    expect(looksLikeLinkedinConnections(table)).toBe(true);
  });

  it('reads every person on the fixture: names joined, URL to slug, email, company and position', async () => {
    const table = await readCsvFile(connectionsFile());
    const rows = mapRows(table, linkedinMapping(table));
    expect(rows).toHaveLength(20);
    expect(rows[0]).toEqual({
      row: 5,
      name: 'Anna Berg',
      emails: [],
      slugs: ['anna-berg-4b1a2c'],
      company: 'Nordkraft Energi AB',
      headline: 'Head of Procurement',
      tags: [],
      interests: [],
      level: null,
      accountRevenue: null,
      accountPotential: null,
      roles: [],
      seniority: 'unknown',
      motivations: [],
      cadenceDays: null,
      left: null,
      problem: null,
      leftOut: [],
    });
    // Percent-encoded slug decoded; email kept lower case.
    expect(rows[1]).toMatchObject({
      name: 'Jörg Müller',
      slugs: ['jörg-müller-1a2b3c'],
      emails: ['joerg.mueller@stadtwerke-kiel.example'],
      company: 'Stadtwerke Kiel',
    });
    expect(rows[2]).toMatchObject({
      name: "Siobhán O'Connell",
      company: 'Globex, Inc.',
      headline: 'VP Sales, EMEA',
    });
    expect(rows[12]).toMatchObject({
      name: 'Omar Haddad',
      company: null,
      headline: 'Independent Consultant',
    });
    // A member who hid themselves: no name, only an opaque URL.
    expect(rows[6]).toMatchObject({ name: '', slugs: ['acoaab3xyz0bqw9fkk2'], company: null });
    expect(rows.every((row) => row.problem === null)).toBe(true);
  });

  it('missing columns: names which are missing and what the header has', () => {
    const table = parseCsvText(
      'Notes:\n"Some notes"\n\nFirst Name,Last Name,Email Address,Connected On\nA,B,,01 Jan 2024\n',
      'Connections.csv',
    );
    expect(() => linkedinMapping(table)).toThrow(CsvFileError);
    expect(() => linkedinMapping(table)).toThrow(
      /the columns URL, Company, Position are missing \(row 4 has: First Name, Last Name, Email Address, Connected On\)/,
    );
  });

  it('missing columns are reported when the file is read', async () => {
    const file = csvFile('First Name,Last Name,Connected On\nA,B,01 Jan 2024\n', 'Connections.csv');
    await expect(readImportSource(file, freshDatabase())).rejects.toThrow(
      /URL, Email Address, Company, Position are missing/,
    );
  });

  it('finds the columns by name in any order', () => {
    const table = parseCsvText(
      'Connected On,Position,Company,Email Address,URL,Last Name,First Name\n01 Jan 2024,CTO,Acme,,https://www.linkedin.com/in/x-y,Y,X\n',
      'Connections.csv',
    );
    expect(mapRows(table, linkedinMapping(table))[0]).toMatchObject({
      name: 'X Y',
      slugs: ['x-y'],
      company: 'Acme',
      headline: 'CTO',
    });
  });
});
