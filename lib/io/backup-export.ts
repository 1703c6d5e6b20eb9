/** Exporting every table to a backup file. */
import { format } from 'date-fns';
import type { CorruptRecord } from '../db/corrupt-records';
import { db, type RapportDatabase } from '../db/database';
import { tableNames } from '../db/schema';
import { snapshotAllTables } from '../db/snapshot';
import { readSiteSwitches } from '../sites/site-switches';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, type BackupFile, type VerifiedBackup } from './backup';

export interface BackupExport {
  backup: VerifiedBackup;
  /** Damaged records that could not be exported (see snapshotAllTables). */
  skipped: CorruptRecord[];
}

export async function exportBackup(now: number, database: RapportDatabase = db): Promise<BackupExport> {
  const { tables, skipped } = await snapshotAllTables(database);
  return {
    backup: {
      format: BACKUP_FORMAT,
      schemaVersion: BACKUP_SCHEMA_VERSION,
      exportedAt: new Date(now).toISOString(),
      siteSwitches: await readSiteSwitches(),
      tables,
    },
    skipped,
  };
}

/**
 * The file's bytes, one record per line so people can read and diff it.
 * Built from one string per record rather than a single JSON.stringify, so a
 * large database never has to fit in one string.
 */
export function backupToBlob(backup: BackupFile): Blob {
  const parts: string[] = [
    `{"format":${JSON.stringify(backup.format)},"schemaVersion":${backup.schemaVersion},"exportedAt":${JSON.stringify(backup.exportedAt)},`,
    backup.siteSwitches ? `"siteSwitches":${JSON.stringify(backup.siteSwitches)},` : '',
    '"tables":{',
  ];
  tableNames.forEach((name, t) => {
    parts.push(`${t === 0 ? '' : ','}\n${JSON.stringify(name)}:[`);
    backup.tables[name].forEach((record, i) =>
      parts.push(`${i === 0 ? '' : ','}\n${JSON.stringify(record)}`),
    );
    parts.push(']');
  });
  parts.push('\n}}\n');
  return new Blob(parts, { type: 'application/json' });
}

/** rapport-backup-2025-03-01.json, dated in the user's own time zone. */
export function backupFileName(now: number): string {
  return `rapport-backup-${format(now, 'yyyy-MM-dd')}.json`;
}
