/**
 * Restoring a verified backup: every table replaced in one transaction
 * (lib/db/replace-all.ts). Also how an import is undone: the data from
 * before is itself a verified set of tables.
 */
import { db, type RapportDatabase } from '../db/database';
import { replaceAllRecords, type ReplaceResult } from '../db/replace-all';
import type { VerifiedTables } from '../db/tables';
import type { OnBackupProgress } from './backup';

export function restoreBackup(
  tables: VerifiedTables,
  { database = db, onProgress }: { database?: RapportDatabase; onProgress?: OnBackupProgress } = {},
): Promise<ReplaceResult> {
  return replaceAllRecords(tables, {
    database,
    onProgress: ({ written, total }) => onProgress?.({ phase: 'writing', done: written, total }),
  });
}
