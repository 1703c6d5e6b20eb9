/**
 * Damaged records met while reading. A record that no longer matches its
 * schema (a bug, a manual edit, a half-applied upgrade) is skipped so a page
 * never breaks on it; it is reported here so a page can tell the user.
 * Each is warned about once, since live queries re-read the same rows often.
 */
import type { RapportDatabase } from './database';
import type { TableName } from './schema';

export interface CorruptRecord {
  table: TableName;
  /** The primary key as stored (id, or key for settings). */
  id: string;
  problem: string;
}

const seen = new WeakMap<RapportDatabase, Map<string, CorruptRecord>>();
const entryKey = (table: TableName, id: string) => `${table}\u0000${id}`;

function entriesOf(database: RapportDatabase): Map<string, CorruptRecord> {
  let entries = seen.get(database);
  if (!entries) {
    entries = new Map();
    seen.set(database, entries);
  }
  return entries;
}

export function reportCorruptRecord(database: RapportDatabase, record: CorruptRecord): void {
  const entries = entriesOf(database);
  const key = entryKey(record.table, record.id);
  if (entries.has(key)) return;
  entries.set(key, record);
  console.warn(`Rapport skipped a damaged ${record.table} record (id ${record.id}): ${record.problem}`);
}

/** Damaged records seen in this database since the page opened, minus those since rewritten or removed. */
export function listCorruptRecords(database: RapportDatabase): CorruptRecord[] {
  return [...entriesOf(database).values()];
}

/** Called when a record is rewritten or removed: whatever was wrong with it is gone. */
export function forgetCorruptRecord(database: RapportDatabase, table: TableName, id: string): void {
  entriesOf(database).delete(entryKey(table, id));
}

/** Called when every table is replaced at once. */
export function forgetAllCorruptRecords(database: RapportDatabase): void {
  entriesOf(database).clear();
}
