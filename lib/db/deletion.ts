/**
 * Deleting a record with everything that depends on it, as one transaction,
 * and undoing that. The rules come from references.ts: deleting a contact
 * removes their gestures, notes, follow-ups and goals and unlinks their deals.
 * The snapshot returned holds every affected record as it was before, so the
 * UI can offer undo.
 */
import type { Table } from 'dexie';
import { db, type RapportDatabase } from './database';
import { forgetCorruptRecord } from './corrupt-records';
import { deleteReadRows, type WholeRemoval } from './derived';
import { putRecords } from './records';
import { references } from './references';
import type { TableRecord } from './schema';
import { recordTableNames, tableOf, type RecordTableName, type SomeTables } from './tables';

export interface DeletionSnapshot {
  /** The record the user deleted. */
  table: RecordTableName;
  id: string;
  /** Every record deleted or unlinked, as it was before. */
  before: SomeTables;
}

/** Before-images by table and id, so a record reached twice is recorded once. */
type Affected = Map<RecordTableName, Map<string, TableRecord<RecordTableName>>>;

function remember(affected: Affected, table: RecordTableName, record: TableRecord<RecordTableName>): void {
  let records = affected.get(table);
  if (!records) {
    records = new Map();
    affected.set(table, records);
  }
  if (!records.has(record.id)) records.set(record.id, record);
}

/**
 * The records of `table` whose `field` holds one of `ids`. Dexie reads
 * `anyOf` with a cursor, record by record. Gestures and notes, many per
 * contact, are found through the first part of a compound index, and are
 * read one id at a time instead: for the 5,000 gestures of 500 contacts
 * over a 50,000-contact database, 0.7 to 0.8 s against 1.5 s. That costs a
 * request per id even where nothing is found (about 50 ms for 500 ids), so
 * fields with an index of their own, in tables of few records per contact,
 * keep `anyOf`.
 */
async function dependentsOf(
  table: Table<TableRecord<RecordTableName>, string>,
  field: string,
  ids: readonly string[],
): Promise<TableRecord<RecordTableName>[]> {
  if (field in table.schema.idxByName) return table.where(field).anyOf(ids).toArray();
  return (await Promise.all(ids.map((id) => table.where(field).equals(id).toArray()))).flat();
}

/**
 * By field of `table`, the ids of deleted records that a cascading reference
 * from that field points at. deleteWithDependents read every record of
 * `table` holding one of them and deletes it: none is left once it has.
 */
function wholeRemoval(table: RecordTableName, deleted: Affected): WholeRemoval {
  const whole = new Map<string, ReadonlySet<string>>();
  for (const { from, field, to, onDelete } of references) {
    const ids = deleted.get(to);
    if (from === table && onDelete === 'cascade' && ids) whole.set(field, new Set(ids.keys()));
  }
  return whole;
}

/**
 * Deletes `roots`, records of `table`, and everything that depends on them
 * (the rules of references.ts), breadth-first, reading each reference's
 * dependents for all of a step's records at once (dependentsOf). Runs
 * inside the caller's read-write transaction over every record table.
 * Returns every record it deleted or unlinked, as it was before.
 */
export async function deleteWithDependents(
  table: RecordTableName,
  roots: readonly TableRecord<RecordTableName>[],
  database: RapportDatabase,
): Promise<SomeTables> {
  const deleted: Affected = new Map();
  const unlinked = new Map<RecordTableName, Map<string, string[]>>();
  const before: Affected = new Map();
  for (const root of roots) remember(deleted, table, root);

  // One table's newly deleted ids at a time.
  let frontier: Array<{ table: RecordTableName; ids: string[] }> =
    roots.length === 0 ? [] : [{ table, ids: roots.map((root) => root.id) }];
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const step of frontier) {
      for (const { from, field, to, onDelete } of references) {
        if (to !== step.table) continue;
        const dependents = await dependentsOf(tableOf(database, from), field, step.ids);
        const newIds: string[] = [];
        for (const dependent of dependents) {
          if (deleted.get(from)?.has(dependent.id)) continue;
          if (onDelete === 'cascade') {
            remember(deleted, from, dependent);
            newIds.push(dependent.id);
          } else {
            remember(before, from, dependent);
            const fields = unlinked.get(from) ?? new Map<string, string[]>();
            fields.set(dependent.id, [...(fields.get(dependent.id) ?? []), field]);
            unlinked.set(from, fields);
          }
        }
        if (newIds.length > 0) next.push({ table: from, ids: newIds });
      }
    }
    frontier = next;
  }

  for (const [name, records] of deleted) {
    // Read above in this transaction and not written since: the derived tables need not read them again.
    await deleteReadRows(tableOf(database, name), [...records.values()], wholeRemoval(name, deleted));
    for (const [recordId, record] of records) {
      remember(before, name, record);
      forgetCorruptRecord(database, name, recordId);
    }
  }
  for (const [name, byId] of unlinked) {
    for (const [recordId, fields] of byId) {
      if (deleted.get(name)?.has(recordId)) continue;
      await tableOf(database, name).update(
        recordId,
        Object.fromEntries(fields.map((field) => [field, null])),
      );
    }
  }
  return Object.fromEntries([...before].map(([name, records]) => [name, [...records.values()]]));
}

/**
 * Deletes a record and its dependents; returns what was there, or null when
 * there was no such record (a second click on "delete" is not an error).
 */
export async function deleteRecord(
  table: RecordTableName,
  id: string,
  database: RapportDatabase = db,
): Promise<DeletionSnapshot | null> {
  return database.transaction('rw', recordTableNames, async () => {
    const root = await tableOf(database, table).get(id);
    if (root === undefined) return null;
    return { table, id, before: await deleteWithDependents(table, [root], database) };
  });
}

/** Undoes a deletion: every record in the snapshot is put back as it was. */
export async function restoreDeleted(
  snapshot: DeletionSnapshot,
  database: RapportDatabase = db,
): Promise<void> {
  await putRecords(snapshot.before, database);
}
