/**
 * The status line under a panel's actions: the undo bar after a change, or
 * a short word on how things went (the progress of a change, "Undone: …"),
 * or the error that stopped a change (role="alert", so it is announced at
 * once).
 */
import { UndoBar } from './undo-bar';
import './undo-bar.css';

export interface ActionStatusProps {
  /** The change that can be taken back, if any. */
  undoMessage: string | null;
  /** A short word with nothing to take back, e.g. "Undone: …". */
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
  // One live region for the offer and the word after it, so that "Undone: …" is announced too.
  return (
    <UndoBar
      message={undoMessage ?? notice}
      onUndo={undoMessage === null ? undefined : onUndo}
      onDismiss={onDismiss}
    />
  );
}
