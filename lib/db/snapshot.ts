/**
 * The whole database as verified data: what a backup exports and what an
 * import keeps for undo. Damaged records are left out and reported, and so
 * is any record that would then point at nothing (a gesture whose contact
 * was damaged), so the result always passes the checks an imported backup
 * file must pass.
 */
import { db, type RapportDatabase } from './database';
import { reportCorruptRecord, type CorruptRecord } from './corrupt-records';
import { sortRows } from './read';
import { findDanglingReferences } from './references';
import { tableNames, type TableName } from './schema';
import { tableOf, type AllTables, type RecordTableName, type VerifiedTables } from './tables';

export interface TablesSnapshot {
  tables: VerifiedTables;
  /** Records left out, and why. */
  skipped: CorruptRecord[];
}

async function readValid<T extends TableName>(database: RapportDatabase, table: T, skipped: CorruptRecord[]) {
  const { valid, corrupt } = sortRows(table, await tableOf(database, table).toArray());
  skipped.push(...corrupt);
  return valid;
}

/** Reads every table in one transaction, so the snapshot is consistent even while other tabs write. */
export async function snapshotAllTables(database: RapportDatabase = db): Promise<TablesSnapshot> {
  const skipped: CorruptRecord[] = [];
  const tables: AllTables = await database.transaction('r', tableNames, async () => ({
    contacts: await readValid(database, 'contacts', skipped),
    accounts: await readValid(database, 'accounts', skipped),
    deals: await readValid(database, 'deals', skipped),
    gestures: await readValid(database, 'gestures', skipped),
    notes: await readValid(database, 'notes', skipped),
    followUps: await readValid(database, 'followUps', skipped),
    goals: await readValid(database, 'goals', skipped),
    accountIssues: await readValid(database, 'accountIssues', skipped),
    levelChanges: await readValid(database, 'levelChanges', skipped),
    settings: await readValid(database, 'settings', skipped),
  }));

  // Leaving a record out can strand the records that point at it (a goal's
  // follow-ups), so repeat until nothing dangles; references form no cycle,
  // so this ends within a few rounds.
  for (
    let dangling = findDanglingReferences(tables);
    dangling.length > 0;
    dangling = findDanglingReferences(tables)
  ) {
    const stranded = new Map<RecordTableName, Set<number>>();
    for (const { table, index, field, target, value } of dangling) {
      const record = tables[table][index];
      if (!record || stranded.get(table)?.has(index)) continue;
      stranded.set(table, (stranded.get(table) ?? new Set()).add(index));
      skipped.push({
        table,
        id: record.id,
        problem: `${field}: there is no ${target} record with id ${JSON.stringify(value)}`,
      });
    }
    for (const [table, indexes] of stranded) {
      Object.assign(tables, { [table]: tables[table].filter((_, index) => !indexes.has(index)) });
    }
  }

  for (const record of skipped) reportCorruptRecord(database, record);
  return { tables: tables as VerifiedTables, skipped };
}
