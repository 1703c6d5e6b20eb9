/**
 * Replacing every table at once (restoring a backup, or undoing that): one
 * read-write transaction over all tables, so either all the new data is in
 * or, on any failure, all the old data is still there.
 */
import { db, type RapportDatabase } from './database';
import { forgetAllCorruptRecords } from './corrupt-records';
import { inDerivingOrder } from './derived';
import { tableNames, type TableName } from './schema';
import { snapshotAllTables } from './snapshot';
import { countRecords, tableOf, type VerifiedTables } from './tables';

export type RecordCounts = Record<TableName, number>;

export interface ReplaceProgress {
  written: number;
  total: number;
}

export interface ReplaceResult {
  /** Records written, per table. */
  counts: RecordCounts;
  /** The data that was there before, to undo the replacement with. */
  previous: VerifiedTables;
}

/** Records per bulkAdd: big enough to be fast, small enough to report progress often. */
const CHUNK = 5_000;

export function countPerTable(tables: VerifiedTables): RecordCounts {
  return Object.fromEntries(tableNames.map((name) => [name, tables[name].length])) as RecordCounts;
}

export async function replaceAllRecords(
  tables: VerifiedTables,
  {
    database = db,
    onProgress,
  }: { database?: RapportDatabase; onProgress?: (progress: ReplaceProgress) => void } = {},
): Promise<ReplaceResult> {
  const total = countRecords(tables);
  const result = await database.transaction('rw', tableNames, async () => {
    const { tables: previous } = await snapshotAllTables(database);
    let written = 0;
    onProgress?.({ written, total });
    for (const name of tableNames) await tableOf(database, name).clear();
    for (const name of tableNames) {
      const records = inDerivingOrder(name, tables[name]);
      for (let start = 0; start < records.length; start += CHUNK) {
        const chunk = records.slice(start, start + CHUNK);
        await tableOf(database, name).bulkAdd(chunk);
        written += chunk.length;
        onProgress?.({ written, total });
      }
    }
    return { counts: countPerTable(tables), previous };
  });
  forgetAllCorruptRecords(database);
  return result;
}
