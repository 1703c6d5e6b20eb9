import { useCallback, useState } from 'react';
import { undoFailedMessage, undoneMessage } from '../undo-words';

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
  const notify = useCallback((next: UndoEntry) => setEntry(next), []);
  const dismiss = useCallback(() => setEntry(null), []);
  const run = entry?.undo;
  const undo =
    entry === null || run === undefined
      ? undefined
      : () => {
          setEntry({ message: 'Undoing…' });
          run().then(
            () => setEntry({ message: undoneMessage(entry.message) }),
            (error: unknown) => setEntry({ message: undoFailedMessage(error) }),
          );
        };
  return { message: entry?.message ?? null, undo, dismiss, notify };
}
