/**
 * The one pattern every panel action follows: run a write, then offer to
 * take it back. The write returns a message and the undo to run; a failure
 * shows its message and leaves the offer of the previous change alone.
 */
import { useCallback, useRef, useState } from 'react';
import { useStatusTurn } from '../../../lib/sidebar/status-scope';
import { undoFailedMessage, undoneMessage } from '../../../lib/undo-words';

export interface Undoable {
  message: string;
  undo(): Promise<void>;
}

export interface UndoableState {
  undoMessage: string | null;
  notice: string | null;
  error: string | null;
  busy: boolean;
  /** Runs a write; a null result means nothing changed (nothing to undo). */
  run(action: () => Promise<Undoable | null>): Promise<boolean>;
  undo(): Promise<void>;
  dismiss(): void;
  /** Shows an error found before writing (e.g. validation). */
  fail(message: string): void;
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useUndoable(): UndoableState {
  const [offer, setOffer] = useState<Undoable | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A ref as well as state: a double click must not run two writes.
  const running = useRef(false);
  // A plain word (not an offer, not an error) goes once another status line on the page speaks.
  const { speak, outspoken } = useStatusTurn();

  const run = useCallback(
    async (action: () => Promise<Undoable | null>) => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      try {
        const done = await action();
        setError(null);
        if (done !== null) {
          setOffer(done);
          setNotice(null);
          speak();
        }
        return true;
      } catch (caught) {
        setError(describeError(caught));
        return false;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [speak],
  );

  const undo = useCallback(async () => {
    if (offer === null || running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await offer.undo();
      setOffer(null);
      setError(null);
      setNotice(undoneMessage(offer.message));
      speak();
    } catch (caught) {
      setError(undoFailedMessage(caught));
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, [offer, speak]);

  const dismiss = useCallback(() => {
    setOffer(null);
    setNotice(null);
    setError(null);
  }, []);

  const fail = useCallback((message: string) => setError(message), []);

  return {
    undoMessage: offer?.message ?? null,
    notice: outspoken ? null : notice,
    error,
    busy,
    run,
    undo,
    dismiss,
    fail,
  };
}
