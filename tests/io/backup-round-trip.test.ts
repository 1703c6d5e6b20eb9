import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupToBlob, exportBackup } from '../../lib/io/backup-export';
import { readBackupFile } from '../../lib/io/backup-read';
import { restoreBackup } from '../../lib/io/backup-restore';
import { freshDatabase, readEverything, seedDatabase } from '../db/test-database';
import { databaseArbitrary } from './backup-arbitraries';

describe('backup round trip', () => {
  it('export, wipe, import gives back identical data', async () => {
    await fc.assert(
      fc.asyncProperty(databaseArbitrary, async (tables) => {
        const database = freshDatabase();
        await seedDatabase(database, tables);
        const before = await readEverything(database);

        const { backup, skipped } = await exportBackup(Date.UTC(2025, 2, 1), database);
        const file = backupToBlob(backup);
        await database.transaction('rw', database.tables, () =>
          Promise.all(database.tables.map((t) => t.clear())),
        );
        expect(await database.contacts.count()).toBe(0);
        const read = await readBackupFile(file);
        await restoreBackup(read, { database });

        expect(skipped).toEqual([]);
        expect(await readEverything(database)).toStrictEqual(before);
        database.close();
      }),
      { numRuns: 40 },
    );
    // Forty databases opened, filled, exported, wiped and restored: seconds,
    // more on a busy machine, and no measure of speed.
  }, 60_000);
});
