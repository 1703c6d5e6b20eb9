/**
 * Rewriting a note in place. It opens with the note's text in the field,
 * checked on Save as a new note's is: a problem shows beside the field and
 * the text typed stays there. It closes once the text is saved, or on
 * Cancel or Escape without saving.
 */
import { useState, type FormEvent } from 'react';
import type { Checked } from '../../lib/domain/follow-up-inputs';
import { NoteField } from './note-field';
import './notes.css';

export interface NoteEditorProps {
  /** The field's label: "Edit note from 3 Mar 2025". */
  label: string;
  text: string;
  check(value: string): Checked<string>;
  /** Saves valid text; says whether it was saved. */
  onSave(text: string): Promise<boolean>;
  onClose(): void;
}

export function NoteEditor({ label, text: saved, check, onSave, onClose }: NoteEditorProps) {
  const [text, setText] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = check(text);
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    setError(null);
    if (await onSave(checked.value)) onClose();
  };
  return (
    <form
      className="panel-form note-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      {/* The Edit button that opened the editor is gone: the keyboard goes on in the field, after the text. */}
      <NoteField label={label} value={text} error={error} onChange={setText} focusOnOpen />
      <div className="panel-actions">
        <button type="submit">Save note</button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
