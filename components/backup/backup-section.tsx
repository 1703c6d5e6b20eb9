import { useId, useRef, type ChangeEvent } from 'react';
import { useFocusRescue } from '../common/use-focus-rescue';
import type { ExportView, ImportView } from './backup-views';
import { ExportStatus } from './export-status';
import { ImportStatus } from './import-status';

export interface BackupSectionProps {
  exportView: ExportView;
  importView: ImportView;
  onExport: () => void;
  onImportFile: (file: File) => void;
  onConfirmImport: () => void;
  onCancelImport: () => void;
  onUndoImport: () => void;
}

/** Export and import of the whole database, with the state of each. */
export function BackupSection(props: BackupSectionProps) {
  const { exportView, importView } = props;
  const headingId = useId();
  const inputId = useId();
  const busy =
    exportView.kind === 'exporting' || importView.kind === 'working' || importView.kind === 'confirm';
  const section = useRef<HTMLElement>(null);
  // After the confirmation or the restore, the focus goes to what is there now: Undo, or the file input.
  useFocusRescue(section, importView.kind, [
    '.backup-panel button:not(:disabled)',
    'input[type="file"]:not(:disabled)',
  ]);

  function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) is a change too.
    event.currentTarget.value = '';
    if (file) props.onImportFile(file);
  }

  return (
    <section className="backup" aria-labelledby={headingId} ref={section}>
      <h2 id={headingId}>Backup</h2>
      <p>
        Everything you record stays in this browser. Export a backup to keep a copy or to move to another
        computer. Importing a backup replaces all data here.
      </p>
      <div className="backup-actions">
        <button type="button" onClick={props.onExport} disabled={busy}>
          Export backup
        </button>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={chooseFile}
          disabled={busy}
        />
        <label htmlFor={inputId} className="button">
          Import backup
        </label>
      </div>
      <ExportStatus view={exportView} />
      <ImportStatus
        view={importView}
        onConfirm={props.onConfirmImport}
        onCancel={props.onCancelImport}
        onUndo={props.onUndoImport}
      />
    </section>
  );
}
