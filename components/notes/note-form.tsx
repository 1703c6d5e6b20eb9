/**
 * Adding a note. The text is checked first (empty, too long): a problem
 * shows beside the field and nothing is saved; the caller gets only valid
 * text and says whether it was saved, so the field clears only then.
 */
import { useState, type FormEvent } from 'react';
import type { Checked } from '../../lib/domain/follow-up-inputs';
import { NoteField } from './note-field';
import './notes.css';

export interface NoteFormProps {
  check(value: string): Checked<string>;
  onAdd(text: string): Promise<boolean>;
  /** Whose note it is, for the label: "Note about Ada". */
  about: string;
}

export function NoteForm({ check, onAdd, about }: NoteFormProps) {
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
      <NoteField label={`Note about ${about}`} value={text} error={error} onChange={setText} />
      <div className="panel-actions">
        <button type="submit">Add note</button>
      </div>
    </form>
  );
}
