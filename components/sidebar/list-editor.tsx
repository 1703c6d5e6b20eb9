/** Editing a list of short texts (interests, motivations, tags) as one comma-separated field. */
import { useId, useState, type FormEvent } from 'react';
import type { ParsedList } from '../../lib/db/contact-edits';
import { errorMessage } from './labels';

export interface ListEditorProps {
  /** "Interests": the field's label. */
  label: string;
  items: readonly string[];
  parse(text: string): ParsedList;
  onSave(items: string[]): Promise<void>;
  onClose(): void;
}

export function ListEditor({ label, items, parse, onSave, onClose }: ListEditorProps) {
  const [text, setText] = useState(items.join(', '));
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parse(text);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    try {
      await onSave(parsed.items);
      onClose();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <form className="editor" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={inputId}>{label}</label>
      <textarea
        id={inputId}
        value={text}
        rows={2}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      <p id={hintId} className="hint">
        Separate them with commas.
      </p>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="editor-actions">
        <button type="submit">Save {label.toLowerCase()}</button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
