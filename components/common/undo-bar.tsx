/**
 * "Logged … Undo": the status line shown after a change that can be taken
 * back. It is a polite live region, so a screen reader announces the change
 * without moving focus; Escape dismisses it.
 */
import { useId } from 'react';
import './undo-bar.css';

export interface UndoBarProps {
  message: string;
  onUndo(): void;
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
      <span className="undo-message" id={messageId}>
        {message}
      </span>
      <button type="button" className="undo-button" aria-describedby={messageId} onClick={onUndo}>
        Undo
      </button>
      <button
        type="button"
        className="undo-dismiss"
        aria-label="Dismiss"
        aria-describedby={messageId}
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}
