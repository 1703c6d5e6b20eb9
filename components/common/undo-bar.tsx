/**
 * "Logged … Undo": the status line shown after a change that can be taken
 * back, or a short word on how the last one went ("Undone: …").
 *
 * It is a polite live region that stays on the page while it has nothing
 * to say (and then takes no room), so a screen reader announces each
 * message without the focus moving: a region put on the page together with
 * its first message is often not announced. Escape dismisses it.
 */
import { useId } from 'react';
import './undo-bar.css';

export interface UndoBarProps {
  /** Null while there is nothing to say. */
  message: string | null;
  /** Offered while the change the message names can be taken back. */
  onUndo?: (() => void) | undefined;
  onDismiss(): void;
}

export function UndoBar({ message, onUndo, onDismiss }: UndoBarProps) {
  // Several of these can be on screen at once (the sidebar's gestures and its card): each Undo is
  // described by what it takes back.
  const messageId = useId();
  return (
    <div
      className="undo-bar"
      role="status"
      aria-live="polite"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDismiss();
      }}
    >
      {message === null ? null : (
        <>
          <span className="undo-message" id={messageId}>
            {message}
          </span>
          {onUndo ? (
            <button type="button" className="undo-button" aria-describedby={messageId} onClick={onUndo}>
              Undo
            </button>
          ) : null}
          <button
            type="button"
            className="undo-dismiss"
            aria-label="Dismiss"
            aria-describedby={messageId}
            onClick={onDismiss}
          >
            ×
          </button>
        </>
      )}
    </div>
  );
}
