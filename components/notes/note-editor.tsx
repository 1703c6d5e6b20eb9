/**
 * Rewriting a note in place. It opens with the note's text in the field,
 * checked on Save as a new note's is: a problem shows beside the field and
 * the text typed stays there. It closes once the text is saved, or on
 * Cancel or Escape without saving.
 */
import type { Checked } from '../../lib/domain/follow-up-inputs';
import { NoteField } from './note-field';
import { useNoteDraft } from './use-note-draft';
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
  const draft = useNoteDraft(saved, check, onSave);
  return (
    <form
      className="panel-form note-form"
      noValidate
      onSubmit={(event) => void draft.submit(event).then((done) => done && onClose())}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      {/* The Edit button that opened the editor is gone: the keyboard goes on in the field, after the text. */}
      <NoteField
        label={label}
        value={draft.text}
        error={draft.error}
        refusals={draft.refusals}
        onChange={draft.setText}
        focusOnOpen
      />
      <div className="panel-actions">
        <button type="submit">Save note</button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
