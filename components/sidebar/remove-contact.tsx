/**
 * Taking a person out of Rapport, with everything recorded about them
 * (gestures, notes, follow-ups, goals; their deals stay with the account).
 * One click, because the status line offers Undo right after.
 */
import { useId } from 'react';

export interface RemoveContactProps {
  name: string;
  onRemove(): void;
}

export function RemoveContact({ name, onRemove }: RemoveContactProps) {
  const headingId = useId();
  return (
    <section className="panel remove-contact" aria-labelledby={headingId}>
      <h2 id={headingId}>Remove from Rapport</h2>
      <p className="muted">
        Deletes {name} with their gestures, notes, follow-ups and goals. Their account and its deals stay. You
        can undo it right after.
      </p>
      <button type="button" className="secondary danger" onClick={onRemove}>
        Remove {name}
      </button>
    </section>
  );
}
