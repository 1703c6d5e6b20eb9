/**
 * Restoring a verified backup: every table replaced in one transaction
 * (lib/db/replace-all.ts), then the site switches the file carries. Also how
 * an import is undone: the data from before is itself restorable.
 */
import { db, type RapportDatabase } from '../db/database';
import { replaceAllRecords, type RecordCounts } from '../db/replace-all';
import type { VerifiedTables } from '../db/tables';
import { readSiteSwitches, writeSiteSwitches, type SiteSwitches } from '../sites/site-switches';
import type { OnBackupProgress } from './backup';

/** What a restore writes: a verified backup, or what was there before one. */
export interface RestorableData {
  tables: VerifiedTables;
  /** Left as they are when absent (a file from before backups carried them). */
  siteSwitches?: SiteSwitches;
}

export interface RestoreResult {
  /** Records written, per table. */
  counts: RecordCounts;
  /** The data that was there before, to undo the restore with. */
  previous: RestorableData;
}

export async function restoreBackup(
  { tables, siteSwitches }: RestorableData,
  { database = db, onProgress }: { database?: RapportDatabase; onProgress?: OnBackupProgress } = {},
): Promise<RestoreResult> {
  const switchesBefore = siteSwitches && (await readSiteSwitches());
  const { counts, previous } = await replaceAllRecords(tables, {
    database,
    onProgress: ({ written, total }) => onProgress?.({ phase: 'writing', done: written, total }),
  });
  if (siteSwitches) {
    try {
      await writeSiteSwitches(siteSwitches);
    } catch (error) {
      // All or nothing: records restored with the old switches would be half a restore.
      await replaceAllRecords(previous, { database });
      throw error;
    }
  }
  return { counts, previous: { tables: previous, siteSwitches: switchesBefore } };
}
