/**
 * The status line under a panel's actions: the undo bar after a change, a
 * short confirmation after an undo, or the error that stopped a change
 * (role="alert", so it is announced at once).
 */
import { UndoBar } from './undo-bar';
import './undo-bar.css';

export interface ActionStatusProps {
  /** The change that can be taken back, if any. */
  undoMessage: string | null;
  /** A short confirmation, e.g. "Undone.". */
  notice: string | null;
  error: string | null;
  onUndo(): void;
  onDismiss(): void;
}

export function ActionStatus({ undoMessage, notice, error, onUndo, onDismiss }: ActionStatusProps) {
  if (error !== null) {
    return (
      <p className="action-error" role="alert">
        {error}
      </p>
    );
  }
  if (undoMessage !== null) return <UndoBar message={undoMessage} onUndo={onUndo} onDismiss={onDismiss} />;
  return (
    <p className="action-notice" role="status">
      {notice ?? ''}
    </p>
  );
}
