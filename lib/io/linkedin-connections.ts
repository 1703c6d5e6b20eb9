/**
 * LinkedIn's own connections export: Connections.csv in the archive from
 * Settings › Data privacy › "Get a copy of your data". Its shape (as of
 * 2024; public descriptions in tests/fixtures/import/SOURCES.md):
 *
 *   Notes:
 *   "When exporting your connection data, you may notice that some of the
 *    email addresses are missing. ..."
 *   <blank line>
 *   First Name,Last Name,URL,Email Address,Company,Position,Connected On
 *   Ana,Lima,https://www.linkedin.com/in/ana-lima-1b2c3d,,"Acme, Inc.",CTO,12 Mar 2024
 *
 * URL is the profile (its slug is the identity the badges look up); Email
 * Address is empty unless the connection allows it; Company becomes the
 * account and Position the headline. Members who hid themselves come with
 * empty names, and those rows are skipped. Connected On is not kept: the
 * follow-up clock of an imported contact starts at the import
 * (contact-import.ts), not years ago when they connected.
 */
import { CsvFileError, type CsvTable } from './csv-file';
import type { ColumnMapping, ImportField } from './csv-mapping';

export const LINKEDIN_COLUMNS = [
  'First Name',
  'Last Name',
  'URL',
  'Email Address',
  'Company',
  'Position',
  'Connected On',
] as const;

const fieldOf: Record<(typeof LINKEDIN_COLUMNS)[number], ImportField | null> = {
  'First Name': 'firstName',
  'Last Name': 'lastName',
  URL: 'linkedin',
  'Email Address': 'email',
  Company: 'company',
  Position: 'headline',
  'Connected On': null,
};

const lower = (cell: string) => cell.trim().toLowerCase();

/**
 * Whether the table is LinkedIn's export: it opens with LinkedIn's notes, or
 * its header has LinkedIn's distinctive "Connected On" with first and last
 * names.
 */
export function looksLikeLinkedinConnections(table: CsvTable): boolean {
  const notes = table.preamble.some((cells) => /^notes:?$/i.test(cells[0]?.trim() ?? ''));
  const header = new Set(table.header.map(lower));
  return notes || (header.has('connected on') && header.has('first name'));
}

/**
 * The fixed mapping of LinkedIn's columns, found by name wherever they are.
 * Refuses (CsvFileError) a LinkedIn-looking file that lacks one, naming what
 * is missing and what the file has.
 */
export function linkedinMapping(table: CsvTable): ColumnMapping {
  const header = table.header.map(lower);
  const missing = LINKEDIN_COLUMNS.filter((column) => !header.includes(column.toLowerCase()));
  if (missing.length > 0) {
    const found = table.header.filter((cell) => cell !== '');
    throw new CsvFileError(
      `This looks like LinkedIn's Connections.csv, but the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (row ${table.headerRow} has: ${found.length > 0 ? found.join(', ') : 'nothing'}). Use the Connections.csv file from LinkedIn's data archive as it came, without editing it.`,
    );
  }
  return header.map((cell) => {
    const column = LINKEDIN_COLUMNS.find((name) => name.toLowerCase() === cell);
    return column ? fieldOf[column] : null;
  });
}
