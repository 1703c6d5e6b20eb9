/** A note's text field, labelled, with what is wrong with the text (if anything) said under it and tied to it. */
import { useId, type Ref } from 'react';

export interface NoteFieldProps {
  label: string;
  value: string;
  error: string | null;
  onChange(value: string): void;
  fieldRef?: Ref<HTMLTextAreaElement>;
}

export function NoteField({ label, value, error, onChange, fieldRef }: NoteFieldProps) {
  const fieldId = useId();
  const errorId = useId();
  return (
    <>
      <label htmlFor={fieldId}>{label}</label>
      <textarea
        id={fieldId}
        ref={fieldRef}
        rows={3}
        value={value}
        aria-invalid={error !== null}
        aria-describedby={error !== null ? errorId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error !== null && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
