/**
 * Reading records back. Every row is validated on the way out: a damaged one
 * is reported (corrupt-records.ts) and skipped, so a page never throws on it.
 */
import Dexie from 'dexie';
import { db, type RapportDatabase } from './database';
import { reportCorruptRecord, type CorruptRecord } from './corrupt-records';
import { tableNames, type TableName, type TableRecord } from './schema';
import { rowKey, tableOf, type RecordTableName } from './tables';
import { checkRecord, isCanonicalRow } from './validation';

/**
 * Splits stored rows into valid records (Zod's parsed output) and damaged
 * ones. A row already in the form Zod would give (isCanonicalRow, the usual
 * case) is kept as it is, without running Zod: the record handed back is
 * then the row itself, not a copy (rows read from the database are fresh
 * objects nobody else holds).
 */
export function sortRows<T extends TableName>(
  table: T,
  rows: readonly unknown[],
): { valid: TableRecord<T>[]; corrupt: CorruptRecord[] } {
  const valid: TableRecord<T>[] = [];
  const corrupt: CorruptRecord[] = [];
  for (const row of rows) {
    if (isCanonicalRow(table, row)) {
      valid.push(row as TableRecord<T>);
      continue;
    }
    const check = checkRecord(table, row);
    if (check.ok) valid.push(check.record);
    else corrupt.push({ table, id: rowKey(table, row), problem: check.problems.join('; ') });
  }
  return { valid, corrupt };
}

/** The rows that match their schema, as parsed records; the others are reported. */
export function keepValid<T extends TableName>(
  database: RapportDatabase,
  table: T,
  rows: readonly unknown[],
): TableRecord<T>[] {
  const { valid, corrupt } = sortRows(table, rows);
  for (const record of corrupt) reportCorruptRecord(database, record);
  return valid;
}

export async function getRecord<T extends RecordTableName>(
  table: T,
  id: string,
  database: RapportDatabase = db,
): Promise<TableRecord<T> | undefined> {
  const row = await tableOf(database, table).get(id);
  return row === undefined ? undefined : keepValid(database, table, [row])[0];
}

/** Every valid record of a table, in primary key order. */
export async function listRecords<T extends TableName>(
  table: T,
  database: RapportDatabase = db,
): Promise<TableRecord<T>[]> {
  return keepValid(database, table, await tableOf(database, table).toArray());
}

/** Records whose indexed `field` equals `value` (a compound index starting with `field` serves too). */
export async function listWhere<T extends RecordTableName>(
  table: T,
  field: string,
  value: string,
  database: RapportDatabase = db,
): Promise<TableRecord<T>[]> {
  return keepValid(database, table, await tableOf(database, table).where(field).equals(value).toArray());
}

/**
 * Records of one owner, newest first, through a `[field+at]` compound index:
 * the index already holds them in time order, so nothing is sorted in memory.
 */
export async function listNewestFirst<T extends 'gestures' | 'notes'>(
  table: T,
  field: 'contactId' | 'accountId',
  value: string,
  database: RapportDatabase = db,
): Promise<TableRecord<T>[]> {
  const rows = await tableOf(database, table)
    .where(`[${field}+at]`)
    .between([value, Dexie.minKey], [value, Dexie.maxKey])
    .reverse()
    .toArray();
  return keepValid(database, table, rows);
}

/**
 * How many records the database holds in all, damaged ones included (what a
 * full replacement would remove). Derived tables (lib/db/derived.ts) are not
 * records of the user's and are left out.
 */
export async function countStoredRecords(database: RapportDatabase = db): Promise<number> {
  const counts = await Promise.all(tableNames.map((name) => database.table(name).count()));
  return counts.reduce((sum, count) => sum + count, 0);
}
