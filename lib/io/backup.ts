/**
 * The backup file: one JSON document holding every table, described for
 * people and other tools in docs/backup-format.md.
 *
 *   { "format": "rapport-backup", "schemaVersion": 1,
 *     "exportedAt": "2025-03-01T09:30:00.000Z",
 *     "siteSwitches": { "linkedin": true, "gmail": false, "outlook": true },
 *     "tables": { "contacts": [...], "accounts": [...], ... } }
 *
 * The site switches live outside the database (site-switches.ts) but are
 * settings like any other, so a backup carries them; a file without them
 * (written before they were added) leaves the current switches as they are.
 *
 * Files come from anywhere (another machine, another tool, an attacker), so
 * reading one checks all of it before anything is written (backup-validate.ts).
 */
import type { AllTables, VerifiedTables } from '../db/tables';
import { latestRecordShapes } from '../db/versions';
import type { SiteSwitches } from '../sites/site-switches';

export const BACKUP_FORMAT = 'rapport-backup';
/**
 * The version of the record shapes in the file (versions.ts, `recordShapes`);
 * this version of Rapport reads files up to it. It is not the database
 * version: database versions that only add indexes or derived tables (2 did)
 * leave records, and so backup files, as they were. Derived tables are never
 * in a backup; restoring one recomputes them (derived.ts).
 */
export const BACKUP_SCHEMA_VERSION = latestRecordShapes;
/**
 * Refused before reading. Below V8's longest string (2^29 - 24 characters),
 * so a file under the cap can always be read as one string and parsed.
 */
export const MAX_BACKUP_BYTES = 500 * 1024 * 1024;
/** Refused before any record is validated: more than any real book of business. */
export const MAX_BACKUP_RECORDS = 2_000_000;
/** Records are shallow; anything deeper is not a Rapport backup (and could exhaust the stack). */
export const MAX_BACKUP_NESTING = 32;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  /** ISO 8601 date-time. */
  exportedAt: string;
  /** Which sites the overlay runs on; absent from files written before backups carried them. */
  siteSwitches?: SiteSwitches;
  tables: AllTables;
}

/** A backup whose every record passed every check: the only kind that can be restored. */
export interface VerifiedBackup extends BackupFile {
  tables: VerifiedTables;
}

export type BackupPhase = 'reading' | 'validating' | 'writing';

export interface BackupProgress {
  phase: BackupPhase;
  /** Bytes while reading, records while validating and writing. */
  done: number;
  total: number;
}

export type OnBackupProgress = (progress: BackupProgress) => void;

/** Why a file was refused: one line per problem, each saying where in the file it is. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(readonly problems: string[]) {
    super(
      problems.length > 1
        ? `${problems[0]} (and ${problems.length - 1} more)`
        : (problems[0] ?? 'Invalid backup'),
    );
  }
}
