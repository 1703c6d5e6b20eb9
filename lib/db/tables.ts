/**
 * Typed access to the tables by name, for the code that works on every table
 * the same way (validation, deletion cascades, backup).
 */
import type { Table } from 'dexie';
import type { RapportDatabase } from './database';
import { tableNames, type TableName, type TableRecord } from './schema';

/** Tables whose records have an `id` (every table but settings, which is keyed by `key`). */
export type RecordTableName = Exclude<TableName, 'settings'>;
export const recordTableNames = tableNames.filter((name): name is RecordTableName => name !== 'settings');

/** Every record of every table: the whole database as data. */
export type AllTables = { [T in TableName]: TableRecord<T>[] };

/** Some records of some tables, e.g. what a deletion removed. */
export type SomeTables = { [T in RecordTableName]?: TableRecord<T>[] };

declare const verified: unique symbol;
/**
 * A whole database's worth of records that passed every check (schemas,
 * unique ids, references). Only the backup validator and the validated
 * snapshot produce one, so replacing all data never writes unchecked records.
 */
export type VerifiedTables = AllTables & { readonly [verified]: true };

export function tableOf<T extends TableName>(
  database: RapportDatabase,
  name: T,
): Table<TableRecord<T>, string> {
  return database.table(name);
}

/** The primary key of a stored row, for messages about rows that may be malformed. */
export function rowKey(table: TableName, row: unknown): string {
  const key =
    typeof row === 'object' && row !== null
      ? (row as Record<string, unknown>)[table === 'settings' ? 'key' : 'id']
      : undefined;
  return typeof key === 'string' ? key : String(key);
}

export function countRecords(tables: Partial<Record<TableName, readonly unknown[]>>): number {
  return Object.values(tables).reduce((sum, records) => sum + (records?.length ?? 0), 0);
}
