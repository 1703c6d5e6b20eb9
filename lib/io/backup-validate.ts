/**
 * Checks a parsed backup file completely before anything is written, and
 * refuses it with messages that say what is wrong and where
 * (`tables.contacts[12].emails[0]: an email address is lower case...`).
 * The cheap checks run first, so a hostile or absurd file is refused before
 * much work is spent on it.
 */
import { z } from 'zod';
import { findDanglingReferences } from '../db/references';
import { tableNames, type TableName } from '../db/schema';
import { countRecords, rowKey, type AllTables, type VerifiedTables } from '../db/tables';
import { checkRecord, formatPath, isCanonicalRow } from '../db/validation';
import { sites, type SiteSwitches } from '../sites/site-switches';
import {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  BackupError,
  MAX_BACKUP_NESTING,
  MAX_BACKUP_RECORDS,
  type OnBackupProgress,
  type VerifiedBackup,
} from './backup';

/** Keys that could reach an object's prototype if the data were ever merged into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Enough to show what is wrong; a file with thousands of bad records is wrong in the same way. */
const MAX_PROBLEMS = 20;
/** Records validated between two progress reports (and chances for the page to repaint). */
const PROGRESS_EVERY = 5_000;
const ENVELOPE_KEYS = new Set(['format', 'schemaVersion', 'exportedAt', 'siteSwitches', 'tables']);
const exportedAtSchema = z.iso.datetime({ offset: true });

const number = (n: number) => n.toLocaleString('en-US');

/** A short description of a value found where something else was expected. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Is this a Rapport backup, and one this version can read? */
function checkIdentity(json: unknown): asserts json is Record<string, unknown> {
  if (!isPlainObject(json)) {
    throw new BackupError([`This is not a Rapport backup: the file holds ${describe(json)}, not an object.`]);
  }
  if (json.format !== BACKUP_FORMAT) {
    throw new BackupError([
      `This is not a Rapport backup: "format" is ${json.format === undefined ? 'missing' : describe(json.format)}, expected "${BACKUP_FORMAT}".`,
    ]);
  }
  const { schemaVersion } = json;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new BackupError([
      `schemaVersion: expected a whole number from 1, found ${describe(schemaVersion)}.`,
    ]);
  }
  if (schemaVersion > BACKUP_SCHEMA_VERSION) {
    throw new BackupError([
      `This backup was made by a newer version of Rapport (schema ${schemaVersion}); this version reads up to ${BACKUP_SCHEMA_VERSION}. Update Rapport, then import it again.`,
    ]);
  }
}

/** Counted before anything else looks at the records, so an absurd file costs little. */
function checkRecordCount(json: Record<string, unknown>): void {
  const { tables } = json;
  if (!isPlainObject(tables)) return;
  const total = countRecords(
    Object.fromEntries(
      Object.entries(tables).filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1])),
    ),
  );
  if (total > MAX_BACKUP_RECORDS) {
    throw new BackupError([
      `The file holds ${number(total)} records; a Rapport backup holds at most ${number(MAX_BACKUP_RECORDS)}.`,
    ]);
  }
}

/**
 * Tables that record shapes before `shapes` did not have, with the shapes
 * that added them: a file from before has none of their records.
 */
const addedTables: ReadonlyArray<{ table: TableName; shapes: number }> = [
  { table: 'levelChanges', shapes: 2 },
];

/**
 * Brings a file from older record shapes to today's before it is checked:
 * the tables added since are empty in it (record shapes 1 had no level
 * history). A file from older shapes that already holds such a table is
 * checked as it is.
 */
function upgradeRecordShapes(json: Record<string, unknown>): Record<string, unknown> {
  const { tables, schemaVersion } = json;
  if (!isPlainObject(tables)) return json;
  const missing = addedTables.filter(
    ({ table, shapes }) => (schemaVersion as number) < shapes && !Object.hasOwn(tables, table),
  );
  if (missing.length === 0) return json;
  return { ...json, tables: { ...tables, ...Object.fromEntries(missing.map(({ table }) => [table, []])) } };
}

/**
 * On or off for each site the overlay runs on. A site the file leaves out
 * is on, as it is for a user who never touched its switch.
 */
function checkSiteSwitches(value: unknown, problems: string[]): SiteSwitches | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) {
    problems.push(`siteSwitches: expected an object such as {"gmail": false}, found ${describe(value)}.`);
    return undefined;
  }
  const siteIds: string[] = sites.map(({ id }) => id);
  for (const [key, on] of Object.entries(value)) {
    if (!siteIds.includes(key)) {
      problems.push(
        `${formatPath('siteSwitches', [key])}: not a site Rapport runs on (the sites are ${siteIds.join(', ')}).`,
      );
    } else if (typeof on !== 'boolean') {
      problems.push(`${formatPath('siteSwitches', [key])}: expected true or false, found ${describe(on)}.`);
    }
  }
  return Object.fromEntries(sites.map(({ id }) => [id, value[id] !== false])) as SiteSwitches;
}

/** The rest of the top level: the date, the site switches, and a list for every table and nothing else. */
function checkShape(json: Record<string, unknown>): {
  exportedAt: string;
  siteSwitches: SiteSwitches | undefined;
  tables: Record<TableName, unknown[]>;
} {
  const { exportedAt, tables } = json;
  const problems: string[] = [];
  const siteSwitches = checkSiteSwitches(json.siteSwitches, problems);
  for (const key of Object.keys(json)) {
    if (!ENVELOPE_KEYS.has(key)) problems.push(`${formatPath('', [key])}: not part of a Rapport backup.`);
  }
  if (!exportedAtSchema.safeParse(exportedAt).success) {
    problems.push(
      `exportedAt: expected an ISO 8601 date-time such as "2025-03-01T09:30:00.000Z", found ${describe(exportedAt)}.`,
    );
  }
  if (!isPlainObject(tables)) {
    problems.push(
      `tables: expected an object with one list per table, found ${tables === undefined ? 'nothing' : describe(tables)}.`,
    );
    throw new BackupError(problems);
  }
  for (const name of tableNames) {
    if (!Object.hasOwn(tables, name)) problems.push(`tables.${name} is missing (an empty list [] is fine).`);
    else if (!Array.isArray(tables[name]))
      problems.push(`tables.${name}: expected a list of records, found ${describe(tables[name])}.`);
  }
  for (const key of Object.keys(tables)) {
    if (!(tableNames as string[]).includes(key)) {
      problems.push(
        `${formatPath('tables', [key])}: not a Rapport table (the tables are ${tableNames.join(', ')}).`,
      );
    }
  }
  if (problems.length > 0) throw new BackupError(problems);
  return { exportedAt: exportedAt as string, siteSwitches, tables: tables as Record<TableName, unknown[]> };
}

/**
 * Refuses prototype-polluting keys anywhere (including inside settings,
 * whose values the record schemas do not look into) and absurd nesting.
 * JSON.parse makes `__proto__` an ordinary own key, harmless until some code
 * copies it onto another object; refusing it here means no code ever can.
 */
function checkKeys(value: unknown, path: Array<string | number>): void {
  if (typeof value !== 'object' || value === null) return;
  if (path.length >= MAX_BACKUP_NESTING) {
    throw new BackupError([`${formatPath('', path)}: nested more than ${MAX_BACKUP_NESTING} levels deep.`]);
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      checkKeys(value[i], path);
      path.pop();
    }
    return;
  }
  for (const key of Object.keys(value)) {
    path.push(key);
    if (FORBIDDEN_KEYS.has(key)) {
      throw new BackupError([
        `${formatPath('', path)}: the key "${key}" is not allowed in a Rapport backup.`,
      ]);
    }
    checkKeys((value as Record<string, unknown>)[key], path);
    path.pop();
  }
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function checkRecords(
  tables: Record<TableName, unknown[]>,
  onProgress: OnBackupProgress | undefined,
): Promise<AllTables> {
  const total = countRecords(tables);
  const problems: string[] = [];
  const valid: Partial<Record<TableName, unknown[]>> = {};
  let done = 0;
  onProgress?.({ phase: 'validating', done, total });
  for (const name of tableNames) {
    const records: unknown[] = [];
    for (const [index, value] of tables[name].entries()) {
      // Most records of a backup Rapport wrote are already exactly what their
      // schema returns: the cheap check passes them as they are, and only the
      // rest go through Zod (which gives the precise problems).
      if (isCanonicalRow(name, value)) {
        records.push(value);
        done += 1;
        if (done % PROGRESS_EVERY === 0) {
          onProgress?.({ phase: 'validating', done, total });
          await yieldToPage();
        }
        continue;
      }
      const check = checkRecord(name, value, `tables.${name}[${index}]`);
      if (check.ok) records.push(check.record);
      else if (problems.push(...check.problems) >= MAX_PROBLEMS)
        throw new BackupError(problems.slice(0, MAX_PROBLEMS));
      done += 1;
      if (done % PROGRESS_EVERY === 0) {
        onProgress?.({ phase: 'validating', done, total });
        await yieldToPage();
      }
    }
    valid[name] = records;
  }
  if (problems.length > 0) throw new BackupError(problems);
  onProgress?.({ phase: 'validating', done, total });
  return valid as AllTables;
}

/** Two records with one id would silently become one on writing. */
function checkUniqueIds(tables: AllTables): void {
  const problems: string[] = [];
  for (const name of tableNames) {
    const firstIndex = new Map<string, number>();
    tables[name].forEach((record, index) => {
      const key = rowKey(name, record);
      const first = firstIndex.get(key);
      if (first === undefined) firstIndex.set(key, index);
      else
        problems.push(
          `tables.${name}[${index}]: ${JSON.stringify(key)} is also the ${name === 'settings' ? 'key' : 'id'} of tables.${name}[${first}].`,
        );
    });
  }
  if (problems.length > 0) throw new BackupError(problems.slice(0, MAX_PROBLEMS));
}

function checkReferences(tables: AllTables): void {
  const problems = findDanglingReferences(tables).map(
    ({ table, index, field, target, value }) =>
      `tables.${table}[${index}].${field}: no record in tables.${target} has the id ${JSON.stringify(value)}.`,
  );
  if (problems.length > 0) throw new BackupError(problems.slice(0, MAX_PROBLEMS));
}

/** The backup, verified; or a BackupError listing what is wrong. Nothing is written either way. */
export async function validateBackup(json: unknown, onProgress?: OnBackupProgress): Promise<VerifiedBackup> {
  checkIdentity(json);
  checkRecordCount(json);
  checkKeys(json, []);
  const { exportedAt, siteSwitches, tables } = checkShape(upgradeRecordShapes(json));
  const records = await checkRecords(tables, onProgress);
  checkUniqueIds(records);
  checkReferences(records);
  // The records passed today's schemas, so they are in today's shape whatever version wrote them.
  return {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt,
    ...(siteSwitches && { siteSwitches }),
    tables: records as VerifiedTables,
  };
}
