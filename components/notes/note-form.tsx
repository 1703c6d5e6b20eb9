/**
 * Adding a note. The text is checked first (empty, too long): a problem
 * shows beside the field and nothing is saved; the caller gets only valid
 * text and says whether it was saved, so the field clears only then.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Checked } from '../../lib/domain/follow-up-inputs';
import './notes.css';

export interface NoteFormProps {
  check(value: string): Checked<string>;
  onAdd(text: string): Promise<boolean>;
  /** Whose note it is, for the label: "Note about Ada". */
  about: string;
}

export function NoteForm({ check, onAdd, about }: NoteFormProps) {
  const fieldId = useId();
  const errorId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = check(text);
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    setError(null);
    if (await onAdd(checked.value)) setText('');
  };
  return (
    <form className="panel-form note-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={fieldId}>Note about {about}</label>
      <textarea
        id={fieldId}
        rows={3}
        value={text}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? errorId : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      {error !== null && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <div className="panel-actions">
        <button type="submit">Add note</button>
      </div>
    </form>
  );
}
