/**
 * From CSV columns to contact fields: what each column holds (the user's
 * mapping, or a guess from the header), turning each row into an ImportRow,
 * and remembering the mapping for the next file with the same header.
 *
 * An ImportRow is normalised the way the database stores things (emails
 * lower case, LinkedIn URLs reduced to profile slugs, lists split); a row
 * that cannot be read carries the problem, and the plan skips it with that
 * reason (contact-import.ts). A value that an optional column (roles,
 * seniority, cadence, left account, account revenue or potential) does not
 * take is only left out: one unknown word from a CRM must not cost the whole
 * person, so the row is read as if that cell were empty and carries a note
 * for the preview.
 */
import { z } from 'zod';
import { db, type RapportDatabase } from '../db/database';
import { instantSchema, MAX_LIST, MAX_NAME, type Role, type Seniority } from '../db/schema';
import { defineSetting, getSetting, setSetting } from '../db/settings';
import { normaliseEmail, normaliseLinkedinSlug } from '../domain/identity';
import type { CsvTable } from './csv-file';
import { restoreFormula } from './contacts-csv-export';
import { splitListCell } from './csv-list-cell';
import {
  cadenceDaysFrom,
  cadenceDaysRange,
  roleChoices,
  roleNamed,
  seniorityChoices,
  seniorityNamed,
  yesNo,
} from './csv-contact-values';
import { amountForm, parseAmount } from '../domain/amount';

export const importFields = [
  'name',
  'firstName',
  'lastName',
  'email',
  'linkedin',
  'company',
  'headline',
  'tags',
  'interests',
  'level',
  'accountRevenue',
  'accountPotential',
  'roles',
  'seniority',
  'motivations',
  'cadenceDays',
  'left',
] as const;
export type ImportField = (typeof importFields)[number];
export const importFieldSchema = z.enum(importFields);

export const importFieldLabels: Record<ImportField, string> = {
  name: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  linkedin: 'LinkedIn profile URL',
  company: 'Company (account)',
  headline: 'Position / headline',
  tags: 'Tags',
  interests: 'Interests',
  level: 'Level (by its name on your ladder)',
  accountRevenue: 'Account revenue (for a new account)',
  accountPotential: 'Account potential (for a new account)',
  roles: 'Roles (decision maker, influencer…)',
  seniority: 'Seniority (senior, middle management, staff)',
  motivations: 'Motivations',
  cadenceDays: 'Cadence (days between touches)',
  left: 'Left account (yes / no)',
};

/** One entry per column of the header: the field it fills, or null to leave it out. */
export type ColumnMapping = (ImportField | null)[];

/** A CSV row read as a contact, normalised. */
export interface ImportRow {
  /** Spreadsheet row number, for the preview and the report. */
  row: number;
  /** '' when the row has no name. */
  name: string;
  emails: string[];
  slugs: string[];
  company: string | null;
  headline: string | null;
  tags: string[];
  interests: string[];
  /** The level the row names (Rapport's own export has one), as written; null for the level chosen at import. */
  level: string | null;
  /** Revenue to date of the row's company, given to its account when the import makes it (a CRM's "Annual Revenue"). */
  accountRevenue: number | null;
  /** Potential further revenue of the row's company, given to its account when the import makes it. */
  accountPotential: number | null;
  roles: Role[];
  /** 'unknown' when the row does not say, as Rapport stores it. */
  seniority: Seniority;
  motivations: string[];
  /** Days between value-adding touches; null when the row does not say. */
  cadenceDays: number | null;
  /** Whether the person has left the account; null when the row does not say. */
  left: boolean | null;
  /** Why this row cannot be imported, found while reading it. */
  problem: string | null;
  /** Values of optional columns the row is read without, each with its column and what that column takes. */
  leftOut: string[];
}

/** A column as the user knows it: its header, or its place when the header is blank. */
export const columnName = (header: string, index: number) => header || `Column ${index + 1}`;

const norm = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_.-]+/g, ' ');

/** Header names (normalised) that say what a column holds, as CRMs and address books write them. */
const guesses: Array<{ field: ImportField; names: RegExp }> = [
  { field: 'firstName', names: /^(first ?name|given ?name|forename|vorname|prénom|prenom|förnamn)$/ },
  {
    field: 'lastName',
    names: /^(last ?name|family ?name|surname|nachname|nom de famille|efternamn)$/,
  },
  { field: 'name', names: /^(name|full ?name|contact ?name|display ?name|contact|person|namn)$/ },
  {
    field: 'email',
    names:
      /^(e ?mails?|e ?mail address(es)?|email address \d|e ?mail \d|work e ?mail|business e ?mail|personal e ?mail|primary e ?mail|mail|e ?mail 1 value)$/,
  },
  {
    field: 'linkedin',
    names:
      /^(linkedin|linkedin ?urls?|linkedin profiles?|linkedin profile urls?|person linkedin url|profile url|url)$/,
  },
  {
    field: 'company',
    names:
      /^(company|company name|org|organi[sz]ation|organi[sz]ation name|account|account name|employer|firma|företag)$/,
  },
  {
    field: 'headline',
    names: /^(position|title|job ?title|headline|role|job|occupation|designation)$/,
  },
  { field: 'tags', names: /^(tags?|labels?|groups?|categories|category|segments?)$/ },
  { field: 'interests', names: /^(interests?|hobbies|topics)$/ },
  { field: 'level', names: /^(level|relationship level)$/ },
  { field: 'accountRevenue', names: /^(annual revenue|account revenue|company revenue|revenue)$/ },
  {
    field: 'accountPotential',
    names: /^(account potential|company potential|potential revenue|revenue potential|potential)$/,
  },
  // "Role" alone is a job title in most CRMs (the headline above); these name the part played in a sale.
  { field: 'roles', names: /^(roles|buying roles?|contact roles?|stakeholder roles?)$/ },
  // Not "job level" or "management level": their values (Director, VP…) are not Rapport's.
  { field: 'seniority', names: /^(seniority|seniority level)$/ },
  { field: 'motivations', names: /^(motivations?|personal motivations?)$/ },
  // Not "cadence" alone: sales-engagement tools name their email sequences so.
  {
    field: 'cadenceDays',
    names: /^(cadence days|cadence \(days\)|cadence in days|touch every \(days\)|touch every days)$/,
  },
  {
    field: 'left',
    names: /^(left account|left the account|left company|left the company|no longer at company)$/,
  },
];

/** Fields whose every column is read, into one list; the others take one column each. */
const listFields: ReadonlySet<ImportField> = new Set(['email', 'tags', 'interests', 'roles', 'motivations']);

/** A first guess at the mapping from the header's names; unknown columns are left out. */
export function suggestMapping(header: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return header.map((cell) => {
    const name = norm(cell);
    const guess = guesses.find(({ names }) => names.test(name));
    if (!guess) return null;
    // Several email / tag columns may all be imported; single-valued fields take their first column.
    if (!listFields.has(guess.field) && taken.has(guess.field)) return null;
    taken.add(guess.field);
    return guess.field;
  });
}

/** What is missing for the mapping to make contacts; empty when it can be used. */
export function mappingProblems(mapping: ColumnMapping): string[] {
  const has = (field: ImportField) => mapping.includes(field);
  const problems: string[] = [];
  if (!has('name') && !has('firstName') && !has('lastName')) {
    problems.push('Choose the column with the name (or the first and last name columns).');
  }
  for (const field of [
    'name',
    'firstName',
    'lastName',
    'company',
    'headline',
    'level',
    'accountRevenue',
    'accountPotential',
    'seniority',
    'cadenceDays',
    'left',
  ] as const) {
    if (mapping.filter((f) => f === field).length > 1) {
      problems.push(`Only one column can be the ${importFieldLabels[field].toLowerCase()}.`);
    }
  }
  return problems;
}

/** Collapses runs of whitespace and trims; caps at `max` characters. */
function clean(value: string | undefined, max: number): string {
  return (value ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** A cell holding a list: "a; b, c", "a | b", or one a line (csv-list-cell.ts). */
function splitList(value: string | undefined): string[] {
  return splitListCell(value ?? '')
    .map((item) => clean(item, MAX_NAME))
    .filter((item) => item !== '');
}

function addUnique(list: string[], values: readonly string[], max: number): void {
  const seen = new Set(list.map((v) => v.toLowerCase()));
  for (const value of values) {
    if (list.length >= max) return;
    if (seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    list.push(value);
  }
}

/** Reads every row of `table` through `mapping`. */
export function mapRows(table: CsvTable, mapping: ColumnMapping): ImportRow[] {
  const width = table.header.length;
  const columns = (field: ImportField) =>
    mapping.flatMap((f, i) => (f === field ? [i] : [])).filter((i) => i < width);
  const nameCol = columns('name')[0];
  const firstCol = columns('firstName')[0];
  const lastCol = columns('lastName')[0];
  const companyCol = columns('company')[0];
  const headlineCol = columns('headline')[0];
  const levelCol = columns('level')[0];
  const revenueCol = columns('accountRevenue')[0];
  const potentialCol = columns('accountPotential')[0];
  const emailCols = columns('email');
  const linkedinCols = columns('linkedin');
  const tagCols = columns('tags');
  const interestCols = columns('interests');
  const roleCols = columns('roles');
  const seniorityCol = columns('seniority')[0];
  const motivationCols = columns('motivations');
  const cadenceCol = columns('cadenceDays')[0];
  const leftCol = columns('left')[0];
  const columnNames = table.header.map(columnName);

  return table.rows.map(({ row, cells }): ImportRow => {
    // A file exported by Rapport (or by a spreadsheet guarding cells the same way) comes back as it was.
    const cell = (i: number | undefined) => (i === undefined ? '' : restoreFormula(cells[i] ?? ''));
    const problems: string[] = [];
    if (cells.length > width) {
      problems.push(
        `it has ${cells.length} values but the header has ${width} columns (a comma inside a value that is not in quotes?)`,
      );
    }
    const joined = clean(`${clean(cell(firstCol), MAX_NAME)} ${clean(cell(lastCol), MAX_NAME)}`, MAX_NAME);
    const name = clean(cell(nameCol), MAX_NAME) || joined;

    const emails: string[] = [];
    for (const col of emailCols) {
      for (const raw of cell(col).split(/[;,\s]+/)) {
        if (raw === '') continue;
        const email = normaliseEmail(raw);
        if (email === null) problems.push(`the email "${clean(raw, 80)}" is not an email address`);
        else addUnique(emails, [email], 50);
      }
    }
    const slugs: string[] = [];
    for (const col of linkedinCols) {
      // Several addresses in one cell, as Rapport's own export lists them ("url; url").
      for (const raw of cell(col).split(/[;|\s]+/)) {
        if (raw === '') continue;
        const slug = normaliseLinkedinSlug(raw);
        if (slug === null)
          problems.push(`"${clean(raw, 80)}" is not a LinkedIn profile URL (linkedin.com/in/…)`);
        else addUnique(slugs, [slug], 20);
      }
    }
    const tags: string[] = [];
    for (const col of tagCols) addUnique(tags, splitList(cell(col)), MAX_LIST);
    const interests: string[] = [];
    for (const col of interestCols) addUnique(interests, splitList(cell(col)), MAX_LIST);
    const company = clean(cell(companyCol), MAX_NAME);
    const headline = clean(cell(headlineCol), MAX_NAME * 2);
    const level = clean(cell(levelCol), MAX_NAME);
    const leftOut: string[] = [];
    const leaveOut = (col: number, why: string) => leftOut.push(`${columnNames[col]}: ${why}`);
    /** A one-column optional field: a blank is not said (null); a value `read` does not take is left out. */
    const optional = <T>(
      col: number | undefined,
      read: (text: string) => T | null,
      why: (text: string) => string,
    ): T | null => {
      const text = cell(col).trim();
      if (col === undefined || text === '') return null;
      const value = read(text);
      if (value === null) leaveOut(col, why(clean(text, 80)));
      return value;
    };
    const roles: Role[] = [];
    for (const col of roleCols) {
      for (const word of splitList(cell(col))) {
        const role = roleNamed(word);
        if (role === null) leaveOut(col, `the role "${clean(word, 80)}" is not one of ${roleChoices}`);
        else if (!roles.includes(role)) roles.push(role);
      }
    }
    const seniority = optional(
      seniorityCol,
      seniorityNamed,
      (text) => `the seniority "${text}" is not one of ${seniorityChoices}`,
    );
    const motivations: string[] = [];
    for (const col of motivationCols) addUnique(motivations, splitList(cell(col)), MAX_LIST);
    const cadenceDays = optional(
      cadenceCol,
      cadenceDaysFrom,
      (text) => `the cadence "${text}" is not ${cadenceDaysRange}`,
    );
    const left = optional(leftCol, yesNo, (text) => `"${text}" for having left the account is not Yes or No`);
    const amount = (col: number | undefined, what: string) =>
      optional(
        col,
        (text) => {
          const read = parseAmount(text);
          return read.ok ? read.value : null;
        },
        (text) => `the ${what} "${text}" is not an amount (write it ${amountForm})`,
      );
    const accountRevenue = amount(revenueCol, 'account revenue');
    const accountPotential = amount(potentialCol, 'account potential');
    return {
      row,
      name,
      emails,
      slugs,
      company: company === '' ? null : company,
      headline: headline === '' ? null : headline,
      tags,
      interests,
      level: level === '' ? null : level,
      accountRevenue,
      accountPotential,
      roles,
      seniority: seniority ?? 'unknown',
      motivations,
      cadenceDays,
      left,
      problem: problems.length === 0 ? null : problems.join('; '),
      leftOut,
    };
  });
}

// ---------------------------------------------------------------------------
// remembered mappings

const MAX_REMEMBERED = 20;
const rememberedSchema = z
  .array(
    z.strictObject({
      /** The header, normalised (trimmed, lower case): the same export from the same CRM gives the same key. */
      header: z.array(z.string().max(1_000)).max(1_000),
      mapping: z.array(importFieldSchema.nullable()).max(1_000),
      usedAt: instantSchema,
    }),
  )
  .max(MAX_REMEMBERED);

/** The mappings the user chose, per header, most recent first. */
export const csvMappingsSetting = defineSetting('csvImportMappings', rememberedSchema, []);

const headerKey = (header: readonly string[]) => header.map((cell) => cell.trim().toLowerCase());
const sameHeader = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((cell, i) => cell === b[i]);

/** The mapping chosen last time for a file with this header, or null. */
export async function rememberedMapping(
  header: readonly string[],
  database: RapportDatabase = db,
): Promise<ColumnMapping | null> {
  const key = headerKey(header);
  const found = (await getSetting(csvMappingsSetting, database)).find((entry) =>
    sameHeader(entry.header, key),
  );
  return found && found.mapping.length === header.length ? found.mapping : null;
}

/** Remembers `mapping` for files with this header (keeping the most recent few headers). */
export async function rememberMapping(
  header: readonly string[],
  mapping: ColumnMapping,
  now: number,
  database: RapportDatabase = db,
): Promise<void> {
  const key = headerKey(header);
  if (key.length > 1_000) return;
  const others = (await getSetting(csvMappingsSetting, database)).filter(
    (entry) => !sameHeader(entry.header, key),
  );
  await setSetting(
    csvMappingsSetting,
    [{ header: key, mapping: [...mapping], usedAt: now }, ...others].slice(0, MAX_REMEMBERED),
    database,
  );
}
