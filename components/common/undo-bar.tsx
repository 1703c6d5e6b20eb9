/**
 * "Logged … Undo": the status line shown after a change that can be taken
 * back. It is a polite live region, so a screen reader announces the change
 * without moving focus; Escape dismisses it.
 */
import './undo-bar.css';

export interface UndoBarProps {
  message: string;
  onUndo(): void;
  onDismiss(): void;
}

export function UndoBar({ message, onUndo, onDismiss }: UndoBarProps) {
  return (
    <div
      className="undo-bar"
      role="status"
      aria-live="polite"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDismiss();
      }}
    >
      <span className="undo-message">{message}</span>
      <button type="button" className="undo-button" onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="undo-dismiss" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
