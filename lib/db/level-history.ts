/**
 * Level history: a `levelChanges` record each time an existing contact's
 * ladder level changes, whatever write changed it (the sidebar's level
 * editor, a bulk action, a ladder change moving contacts off a removed
 * level, an import merging into a contact, a module written tomorrow). Like
 * the derived tables (derived.ts), it is kept by a DBCore middleware inside
 * the writer's own transaction, so a change and its record are committed or
 * rolled back together.
 *
 * Unlike the derived tables, level changes are records: they cannot be
 * computed from anything else, so they have a schema (schema.ts), are in a
 * backup, and go with their contact when it is deleted (references.ts).
 *
 * The rules, on a put of contacts (an add makes a new contact, which has no
 * history; deletions are cascaded by deletion.ts):
 *
 * - A contact written with a different levelId than the stored one, and an
 *   `updatedAt` not earlier than the stored one's (a normal edit stamps the
 *   time of the edit), gets a change from the stored level to the new one,
 *   `at` the new `updatedAt`.
 * - A contact written with an `updatedAt` earlier than the stored one's is an
 *   older version being put back: an undo (of an edit, a bulk action, a
 *   ladder change, an import). Nothing is recorded, and the contact's level
 *   changes after that older version's `updatedAt` are removed: they belong
 *   to the edits being undone. So an undone change leaves no trace in the
 *   history, rather than a promotion and a demotion.
 * - Restoring a backup (replace-all.ts) clears every table and adds the
 *   file's records, level changes included: adds record nothing.
 *
 * A write in the same millisecond as the one it undoes cannot be told from
 * an edit by its time; it is recorded as a change back. People do not click
 * that fast; tests that undo should move their clock.
 */
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { newId } from './ids';
import { levelChangeSchema, type LevelChange } from './schema';

type Row = Record<string, unknown>;

const asRow = (value: unknown): Row | null =>
  typeof value === 'object' && value !== null ? (value as Row) : null;

const SOURCE = 'contacts';
const HISTORY = 'levelChanges';

/** Fails the write (and so the transaction) when a history write fails. */
async function write(table: DBCoreTable, request: DBCoreMutateRequest): Promise<void> {
  const response = await table.mutate(request);
  if (response.numFailures > 0) throw Object.values(response.failures)[0];
}

/** The level change a write from `before` to `after` makes, if it makes one. */
export function levelChangeOf(before: Row, after: Row): LevelChange | null {
  if (before.levelId === after.levelId) return null;
  const at = after.updatedAt;
  const check = levelChangeSchema.safeParse({
    id: newId(),
    contactId: after.id,
    fromLevelId: before.levelId,
    toLevelId: after.levelId,
    at,
    createdAt: at,
    updatedAt: at,
  });
  // A damaged contact (no level, no time) has no change worth recording; its own read reports it.
  return check.success ? check.data : null;
}

/** True when `after` is an older version of the contact than `before`: an undo putting it back. */
const isOlderVersion = (before: Row, after: Row): boolean =>
  typeof before.updatedAt === 'number' &&
  typeof after.updatedAt === 'number' &&
  after.updatedAt < before.updatedAt;

/** Ids of the contact's level changes recorded after `since`. */
async function changesAfter(
  history: DBCoreTable,
  trans: DBCoreTransaction,
  contactId: string,
  since: number,
): Promise<string[]> {
  const index = history.schema.getIndexByKeyPath('contactId');
  if (!index) throw new Error('levelChanges has no contactId index');
  const range: DBCoreKeyRange = { type: 1, lower: contactId, upper: contactId }; // DBCoreRangeType.Equal
  const { result } = await history.query({ trans, values: true, query: { index, range } });
  return (result as unknown[])
    .map(asRow)
    .filter((row): row is Row => row !== null && typeof row.at === 'number' && row.at > since)
    .map((row) => row.id as string);
}

async function putAndRecord(
  down: DBCore,
  table: DBCoreTable,
  request: DBCoreMutateRequest & { type: 'put' },
): Promise<DBCoreMutateResponse> {
  const { trans } = request;
  const keyOf = (row: Row) => table.schema.primaryKey.extractKey?.(row);
  const keys = request.keys ?? request.values.map((value) => keyOf(asRow(value) ?? {}));
  const wanted = keys.filter((key) => key !== undefined && key !== null);
  const stored = wanted.length === 0 ? [] : await table.getMany({ trans, keys: wanted });
  const before = new Map<unknown, Row>();
  for (const value of stored) {
    const row = asRow(value);
    if (row !== null) before.set(keyOf(row), row);
  }

  const response = await table.mutate(request);
  if (before.size === 0) return response;

  // The last value per key wins, as in the store.
  const after = new Map<unknown, Row>();
  request.values.forEach((value, i) => {
    const row = asRow(value);
    if (row !== null && !(i in response.failures)) after.set(keyOf(row), row);
  });

  const history = down.table(HISTORY);
  const changes: LevelChange[] = [];
  const undone: Array<Promise<string[]>> = [];
  for (const [key, row] of after) {
    const old = before.get(key);
    if (old === undefined) continue;
    if (isOlderVersion(old, row)) {
      if (typeof row.id === 'string')
        undone.push(changesAfter(history, trans, row.id, row.updatedAt as number));
      continue;
    }
    const change = levelChangeOf(old, row);
    if (change) changes.push(change);
  }
  const removed = (await Promise.all(undone)).flat();
  if (removed.length > 0) await write(history, { type: 'delete', trans, keys: removed });
  if (changes.length > 0) await write(history, { type: 'put', trans, values: changes });
  return response;
}

/**
 * Records level changes in the writer's transaction (the rules above).
 * Inactive on a database without the levelChanges table (before version 3).
 */
export const levelHistoryMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'RapportLevelHistory',
  create(down) {
    const present = new Set(down.schema.tables.map((table) => table.name));
    if (!present.has(SOURCE) || !present.has(HISTORY)) return {};
    return {
      transaction(stores, mode, options) {
        if (mode !== 'readwrite' || !stores.includes(SOURCE) || stores.includes(HISTORY))
          return down.transaction(stores, mode, options);
        return down.transaction([...stores, HISTORY], mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== SOURCE) return table;
        return {
          ...table,
          mutate: (request) =>
            request.type === 'put' ? putAndRecord(down, table, request) : table.mutate(request),
        };
      },
    };
  },
};
