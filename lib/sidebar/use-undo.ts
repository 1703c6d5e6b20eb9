import { useCallback, useState } from 'react';
import { undoFailedMessage, undoneMessage } from '../undo-words';
import { useStatusTurn } from './status-scope';

export interface UndoEntry {
  message: string;
  undo?: () => Promise<void>;
}

export interface UndoState {
  message: string | null;
  /** Runs the last change's undo, if it has one, and says how that went. */
  undo: (() => void) | undefined;
  dismiss(): void;
  /** Tells the user what just happened, with its undo. */
  notify(entry: UndoEntry): void;
}

/** The last change and its undo: one at a time, as the sidebar's status line shows it. */
export function useUndo(): UndoState {
  const [entry, setEntry] = useState<UndoEntry | null>(null);
  // A word with nothing to undo goes once another status line on the page speaks (status-scope.tsx).
  const { speak, outspoken } = useStatusTurn();
  const say = useCallback(
    (next: UndoEntry) => {
      setEntry(next);
      speak();
    },
    [speak],
  );
  const dismiss = useCallback(() => setEntry(null), []);
  const run = entry?.undo;
  const undo =
    entry === null || run === undefined
      ? undefined
      : () => {
          say({ message: 'Undoing…' });
          run().then(
            () => say({ message: undoneMessage(entry.message) }),
            (error: unknown) => say({ message: undoFailedMessage(error) }),
          );
        };
  const shown = entry !== null && (entry.undo !== undefined || !outspoken) ? entry.message : null;
  return { message: shown, undo, dismiss, notify: say };
}
