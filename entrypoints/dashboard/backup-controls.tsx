/**
 * Wires the backup section to lib/io: export, then import as read and
 * verify, confirm, replace, with the data from before kept in memory so the
 * import can be undone.
 */
import { useRef, useState } from 'react';
import { BackupSection } from '../../components/backup/backup-section';
import type { ExportView, ImportView } from '../../components/backup/backup-views';
import type { RapportDatabase } from '../../lib/db/database';
import { countStoredRecords } from '../../lib/db/read';
import { countRecords } from '../../lib/db/tables';
import { BackupError, type BackupProgress, type VerifiedBackup } from '../../lib/io/backup';
import { downloadFile } from '../../lib/io/backup-download';
import { backupFileName, backupToBlob, exportBackup } from '../../lib/io/backup-export';
import { readBackupFile } from '../../lib/io/backup-read';
import { restoreBackup, type RestorableData } from '../../lib/io/backup-restore';

const problemsOf = (error: unknown) =>
  error instanceof BackupError ? error.problems : [error instanceof Error ? error.message : String(error)];

export interface BackupControlsProps {
  database: RapportDatabase;
  /** The current time, for the export date and file name. */
  now: () => number;
}

export function BackupControls({ database, now }: BackupControlsProps) {
  const [exportView, setExportView] = useState<ExportView>({ kind: 'idle' });
  const [importView, setImportView] = useState<ImportView>({ kind: 'idle' });
  const awaitingConfirmation = useRef<{ backup: VerifiedBackup; fileName: string } | null>(null);
  const beforeImport = useRef<RestorableData | null>(null);
  const showProgress = (progress: BackupProgress) => setImportView({ kind: 'working', progress });

  async function exportNow() {
    setExportView({ kind: 'exporting' });
    try {
      const time = now();
      const { backup, skipped } = await exportBackup(time, database);
      const fileName = backupFileName(time);
      downloadFile(backupToBlob(backup), fileName);
      setExportView({
        kind: 'exported',
        fileName,
        records: countRecords(backup.tables),
        skipped: skipped.length,
      });
    } catch (error) {
      setExportView({ kind: 'failed', message: problemsOf(error).join(' ') });
    }
  }

  async function replaceWith(backup: VerifiedBackup, fileName: string) {
    try {
      const { counts, previous } = await restoreBackup(backup, { database, onProgress: showProgress });
      beforeImport.current = previous;
      setImportView({ kind: 'imported', fileName, counts });
    } catch (error) {
      setImportView({
        kind: 'failed',
        summary: `${fileName} was not imported; your data is unchanged.`,
        problems: problemsOf(error),
      });
    }
  }

  async function importFile(file: File) {
    beforeImport.current = null;
    try {
      const backup = await readBackupFile(file, showProgress);
      const existing = await countStoredRecords(database);
      if (existing === 0) return await replaceWith(backup, file.name);
      awaitingConfirmation.current = { backup, fileName: file.name };
      setImportView({
        kind: 'confirm',
        fileName: file.name,
        incoming: countRecords(backup.tables),
        existing,
      });
    } catch (error) {
      setImportView({
        kind: 'failed',
        summary: `${file.name} was not imported; your data is unchanged.`,
        problems: problemsOf(error),
      });
    }
  }

  async function confirmImport() {
    const pending = awaitingConfirmation.current;
    awaitingConfirmation.current = null;
    if (pending) await replaceWith(pending.backup, pending.fileName);
  }

  function cancelImport() {
    awaitingConfirmation.current = null;
    setImportView({ kind: 'idle' });
  }

  async function undoImport() {
    const previous = beforeImport.current;
    if (!previous) return;
    try {
      await restoreBackup(previous, { database, onProgress: showProgress });
      beforeImport.current = null;
      setImportView({ kind: 'undone' });
    } catch (error) {
      setImportView({
        kind: 'failed',
        summary: 'The import could not be undone; the imported data is still in place.',
        problems: problemsOf(error),
      });
    }
  }

  return (
    <BackupSection
      exportView={exportView}
      importView={importView}
      onExport={() => void exportNow()}
      onImportFile={(file) => void importFile(file)}
      onConfirmImport={() => void confirmImport()}
      onCancelImport={cancelImport}
      onUndoImport={() => void undoImport()}
    />
  );
}
