/**
 * The outcome of the last change, with its undo, announced to screen readers.
 * Its buttons are described by the message: the gesture buttons' undo bar
 * can be on screen beside it, and each Undo says what it takes back.
 */
import { useId } from 'react';

export interface UndoStatusProps {
  message: string | null;
  onUndo?: (() => void) | undefined;
  onDismiss(): void;
}

export function UndoStatus({ message, onUndo, onDismiss }: UndoStatusProps) {
  const messageId = useId();
  return (
    <div className="undo-status" role="status" aria-live="polite">
      {message === null ? null : (
        <>
          <span id={messageId}>{message}</span>
          {onUndo ? (
            <button type="button" aria-describedby={messageId} onClick={onUndo}>
              Undo
            </button>
          ) : null}
          <button
            type="button"
            className="quiet"
            onClick={onDismiss}
            aria-label="Dismiss"
            aria-describedby={messageId}
          >
            ×
          </button>
        </>
      )}
    </div>
  );
}
