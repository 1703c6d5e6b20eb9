/**
 * Adding a note. The text is checked first (empty, too long): a problem
 * shows beside the field and nothing is saved; the caller gets only valid
 * text and says whether it was saved, so the field clears only then.
 */
import type { Checked } from '../../lib/domain/follow-up-inputs';
import { NoteField } from './note-field';
import { useNoteDraft } from './use-note-draft';
import './notes.css';

export interface NoteFormProps {
  check(value: string): Checked<string>;
  onAdd(text: string): Promise<boolean>;
  /** Whose note it is, for the label: "Note about Ada". */
  about: string;
}

export function NoteForm({ check, onAdd, about }: NoteFormProps) {
  const draft = useNoteDraft('', check, onAdd);
  return (
    <form
      className="panel-form note-form"
      onSubmit={(event) => void draft.submit(event).then((added) => added && draft.setText(''))}
      noValidate
    >
      <NoteField
        label={`Note about ${about}`}
        value={draft.text}
        error={draft.error}
        refusals={draft.refusals}
        onChange={draft.setText}
      />
      <div className="panel-actions">
        <button type="submit">Add note</button>
      </div>
    </form>
  );
}
