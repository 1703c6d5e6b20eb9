/** Someone on the page who is not in Rapport yet, with the one click that adds them. */
import { useState } from 'react';
import type { Identity } from '../../lib/domain/identity';
import { errorMessage } from './labels';

export interface UnknownPersonProps {
  identity: Identity;
  name: string | null;
  /** The lowest level's name, where everyone starts. */
  startLevelName: string;
  onAdd(): Promise<void>;
  /** Takes the focus as it appears: back after an undone add, the keyboard is where it left off. */
  autoFocus?: boolean;
}

export function UnknownPerson({
  identity,
  name,
  startLevelName,
  onAdd,
  autoFocus = false,
}: UnknownPersonProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = identity.kind === 'email' ? identity.value : `linkedin.com/in/${identity.value}`;
  const add = async () => {
    setBusy(true);
    try {
      await onAdd();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="unknown-person" aria-labelledby="unknown-heading">
      <h2 id="unknown-heading">{name ?? shown}</h2>
      {name ? <p className="muted">{shown}</p> : null}
      <p>Not in Rapport yet. Add them to keep track of the relationship; they start as {startLevelName}.</p>
      <button type="button" onClick={() => void add()} disabled={busy} autoFocus={autoFocus}>
        Add to Rapport
      </button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
