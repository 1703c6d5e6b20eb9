/** Backup files for tests: a valid one built from the latest fixture, to break in one place at a time. */
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION } from '../../lib/io/backup';
import { recordsV3 } from '../db/fixtures/records-v3';

/** A backup as plain JSON, with every table present, to edit freely. */
export type LooseBackup = Record<string, unknown> & {
  tables: Record<keyof typeof recordsV3, Array<Record<string, unknown>>> & Record<string, unknown>;
};

export function validBackupJson(): LooseBackup {
  return structuredClone({
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: '2025-03-01T09:30:00.000Z',
    tables: recordsV3,
  }) as LooseBackup;
}

export const fileOf = (text: string) =>
  new File([text], 'rapport-backup-2025-03-01.json', { type: 'application/json' });
export const fileWith = (json: unknown) => fileOf(JSON.stringify(json));
