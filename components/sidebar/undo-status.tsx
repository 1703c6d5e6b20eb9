/** The outcome of the last change, with its undo, announced to screen readers. */
export interface UndoStatusProps {
  message: string | null;
  onUndo?: (() => void) | undefined;
  onDismiss(): void;
}

export function UndoStatus({ message, onUndo, onDismiss }: UndoStatusProps) {
  return (
    <div className="undo-status" role="status" aria-live="polite">
      {message === null ? null : (
        <>
          <span>{message}</span>
          {onUndo ? (
            <button type="button" onClick={onUndo}>
              Undo
            </button>
          ) : null}
          <button type="button" className="quiet" onClick={onDismiss} aria-label="Dismiss">
            ×
          </button>
        </>
      )}
    </div>
  );
}
