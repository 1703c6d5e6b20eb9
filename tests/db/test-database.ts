/** A database of its own for each test, so tests never see each other's records. */
import { RapportDatabase } from '../../lib/db/database';
import type { SchemaVersion } from '../../lib/db/versions';

let opened = 0;

export function uniqueDatabaseName(): string {
  opened += 1;
  return `rapport-test-${opened}-${crypto.randomUUID()}`;
}

export function freshDatabase(versions?: SchemaVersion[]): RapportDatabase {
  return new RapportDatabase(uniqueDatabaseName(), versions);
}

/** Stores rows as given, straight into the tables (the fixtures are known to be valid). */
export async function seedDatabase(
  database: RapportDatabase,
  data: Record<string, ReadonlyArray<object>>,
): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    for (const [table, rows] of Object.entries(data)) await database.table(table).bulkAdd([...rows]);
  });
}

/**
 * Every stored row of every table, as stored (no validation), in primary key
 * order. Not `caches` (lib/db/stamped-cache.ts): stored values and their
 * stamps, which are new after every write, an undo included.
 */
export async function readEverything(database: RapportDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of database.tables) {
    if (table.name !== 'caches') out[table.name] = await table.toArray();
  }
  return out;
}
