/**
 * Validation shared by every write and every read: records are checked with
 * their Zod schema, and problems are described with the path to the bad value
 * (`emails[0]: an email address is lower case...`) so people can fix them.
 */
import type { z } from 'zod';
import { tableSchemas, type TableName, type TableRecord } from './schema';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `base` followed by `path` in JavaScript accessor notation: `tables.contacts[3].emails[0]`. */
export function formatPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    if (!IDENTIFIER.test(name)) return `${out}[${JSON.stringify(name)}]`;
    return out === '' ? name : `${out}.${name}`;
  }, base);
}

/** One line per issue: where, then what is wrong. */
export function describeIssues(error: z.ZodError, base = ''): string[] {
  return error.issues.map((issue) => {
    const where = formatPath(base, issue.path);
    return where === '' ? issue.message : `${where}: ${issue.message}`;
  });
}

export type RecordCheck<T extends TableName> =
  { ok: true; record: TableRecord<T> } | { ok: false; problems: string[] };

/** Checks a value against its table's schema; the record returned is Zod's (trimmed) output. */
export function checkRecord<T extends TableName>(table: T, value: unknown, base = ''): RecordCheck<T> {
  const result = tableSchemas[table].safeParse(value);
  if (result.success) return { ok: true, record: result.data as TableRecord<T> };
  return { ok: false, problems: describeIssues(result.error, base) };
}

export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  constructor(
    readonly table: TableName,
    readonly problems: string[],
  ) {
    super(`Not saved: the ${table} record is invalid: ${problems.join('; ')}`);
  }
}

export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';
  constructor(
    readonly table: TableName,
    readonly id: string,
  ) {
    super(`There is no ${table} record with id ${JSON.stringify(id)}`);
  }
}

/** The record as it will be stored, or an InvalidRecordError saying what is wrong. */
export function validForWrite<T extends TableName>(table: T, value: unknown): TableRecord<T> {
  const check = checkRecord(table, value);
  if (!check.ok) throw new InvalidRecordError(table, check.problems);
  return check.record;
}
