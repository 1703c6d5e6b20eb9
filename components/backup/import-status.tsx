import { useEffect, useId, useRef } from 'react';
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
      return <ConfirmReplace view={view} onConfirm={onConfirm} onCancel={onCancel} />;
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

/**
 * "Replace my data?": the question is the group's name, so it is read out
 * when the focus arrives on Cancel, the choice that loses nothing; Escape
 * cancels too.
 */
function ConfirmReplace({
  view,
  onConfirm,
  onCancel,
}: {
  view: Extract<ImportView, { kind: 'confirm' }>;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const questionId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      className="backup-panel"
      role="group"
      aria-labelledby={questionId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <p id={questionId}>
        Replace the {countOf(view.existing, 'record')} now in Rapport with the{' '}
        {countOf(view.incoming, 'record')} in {view.fileName}?
      </p>
      <p>You can undo this right after.</p>
      <div className="backup-actions">
        <button type="button" className="danger" onClick={onConfirm}>
          Replace my data
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
