/**
 * Writing records. Every write validates the record with its schema, checks
 * that the records it refers to exist, and runs in one Dexie transaction, so
 * nothing half-written or dangling ever reaches the database.
 */
import { db, type RapportDatabase } from './database';
import { forgetCorruptRecord } from './corrupt-records';
import { newId } from './ids';
import { keepValid } from './read';
import { referencedId, references } from './references';
import type { TableRecord } from './schema';
import { recordTableNames, tableOf, type RecordTableName, type SomeTables } from './tables';
import { InvalidRecordError, RecordNotFoundError, validForWrite } from './validation';

/** What a caller supplies for a new record: everything but the id and timestamps. */
export type NewRecord<T extends RecordTableName> = Omit<TableRecord<T>, 'id' | 'createdAt' | 'updatedAt'>;
/** The fields an update changes. */
export type RecordPatch<T extends RecordTableName> = Partial<NewRecord<T>>;

/** Refuses records that refer to a record that does not exist. Runs inside the caller's transaction. */
async function checkReferences<T extends RecordTableName>(
  database: RapportDatabase,
  table: T,
  records: readonly TableRecord<T>[],
): Promise<void> {
  for (const { from, field, to } of references) {
    if (from !== table) continue;
    const wanted = [
      ...new Set(records.map((record) => referencedId(record, field)).filter((id) => id !== null)),
    ];
    if (wanted.length === 0) continue;
    const found = await tableOf(database, to).bulkGet(wanted);
    const missing = wanted.filter((_, i) => found[i] === undefined);
    if (missing.length > 0) {
      throw new InvalidRecordError(
        table,
        missing.map((id) => `${field}: there is no ${to} record with id ${JSON.stringify(id)}`),
      );
    }
  }
}

export async function createRecord<T extends RecordTableName>(
  table: T,
  fields: NewRecord<T>,
  now: number,
  database: RapportDatabase = db,
): Promise<TableRecord<T>> {
  const record = validForWrite(table, { ...fields, id: newId(), createdAt: now, updatedAt: now });
  await database.transaction('rw', recordTableNames, async () => {
    await checkReferences(database, table, [record]);
    await tableOf(database, table).add(record);
  });
  return record;
}

/** Applies `patch` to a stored record and stamps it updated at `now`; the id and creation time never change. */
export async function updateRecord<T extends RecordTableName>(
  table: T,
  id: string,
  patch: RecordPatch<T>,
  now: number,
  database: RapportDatabase = db,
): Promise<TableRecord<T>> {
  const record = await database.transaction('rw', recordTableNames, async () => {
    const current = await tableOf(database, table).get(id);
    if (current === undefined) throw new RecordNotFoundError(table, id);
    const updated = validForWrite(table, {
      ...current,
      ...patch,
      id,
      createdAt: current.createdAt,
      updatedAt: now,
    });
    await checkReferences(database, table, [updated]);
    await tableOf(database, table).put(updated);
    return updated;
  });
  forgetCorruptRecord(database, table, id);
  return record;
}

/**
 * Puts records back as they were (undoing a deletion), in one transaction.
 * A record that no longer passes its schema is reported and left out; a
 * reference to a record that has since gone refuses the whole restore.
 */
export async function putRecords(records: SomeTables, database: RapportDatabase = db): Promise<void> {
  const parts = recordTableNames.map((table) => ({
    table,
    records: keepValid(database, table, records[table] ?? []),
  }));
  await database.transaction('rw', recordTableNames, async () => {
    for (const part of parts) await tableOf(database, part.table).bulkPut(part.records);
    for (const part of parts) await checkReferences(database, part.table, part.records);
  });
  for (const part of parts) {
    for (const record of part.records) forgetCorruptRecord(database, part.table, record.id);
  }
}
