import { tableNames } from '../../lib/db/schema';
import { BackupProgressBar } from './backup-progress';
import type { ImportView } from './backup-views';
import { countOf } from './plural';
import { tableLabels } from './table-labels';

export interface ImportStatusProps {
  view: ImportView;
  onConfirm: () => void;
  onCancel: () => void;
  onUndo: () => void;
}

export function ImportStatus({ view, onConfirm, onCancel, onUndo }: ImportStatusProps) {
  switch (view.kind) {
    case 'idle':
      return null;
    case 'working':
      return <BackupProgressBar progress={view.progress} />;
    case 'confirm':
      return (
        <div className="backup-panel" role="group" aria-label="Confirm import">
          <p>
            Replace the {countOf(view.existing, 'record')} now in Rapport with the{' '}
            {countOf(view.incoming, 'record')} in {view.fileName}?
          </p>
          <p>You can undo this right after.</p>
          <div className="backup-actions">
            <button type="button" className="danger" onClick={onConfirm}>
              Replace my data
            </button>
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </div>
      );
    case 'imported': {
      const total = tableNames.reduce((sum, name) => sum + view.counts[name], 0);
      return (
        <div className="backup-panel" role="status">
          <p>
            Imported {countOf(total, 'record')} from {view.fileName}.
          </p>
          <ul className="backup-counts" aria-label="Records imported">
            {tableNames.map((name) => (
              <li key={name}>
                {tableLabels[name]}: {view.counts[name].toLocaleString()}
              </li>
            ))}
          </ul>
          <button type="button" onClick={onUndo}>
            Undo import
          </button>
        </div>
      );
    }
    case 'undone':
      return (
        <p className="backup-panel" role="status">
          Import undone: the data from before the import is back.
        </p>
      );
    case 'failed':
      return (
        <div className="backup-panel backup-error" role="alert">
          <p>{view.summary}</p>
          <ul>
            {view.problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </div>
      );
  }
}
