/**
 * A note's text field, labelled, with what is wrong with the text (if
 * anything) said under it and tied to it. A refusal puts the keyboard in the
 * field, so a screen reader reads the problem with it: said only beside the
 * field, it went unheard while the focus stayed on the button.
 */
import { useEffect, useId, useRef } from 'react';

export interface NoteFieldProps {
  label: string;
  value: string;
  error: string | null;
  onChange(value: string): void;
  /** Takes the focus when it appears, the caret after the text (an editor opened on a note). */
  focusOnOpen?: boolean;
  /** How many times the text was refused: each refusal puts the keyboard back in the field. */
  refusals?: number;
}

export function NoteField({
  label,
  value,
  error,
  onChange,
  focusOnOpen = false,
  refusals = 0,
}: NoteFieldProps) {
  const fieldId = useId();
  const errorId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const element = field.current;
    if (!focusOnOpen || !element) return;
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
    // Only when it appears (the prop does not change): later renders leave the caret where the user put it.
  }, [focusOnOpen]);
  useEffect(() => {
    if (refusals > 0) field.current?.focus();
  }, [refusals]);
  return (
    <>
      <label htmlFor={fieldId}>{label}</label>
      <textarea
        id={fieldId}
        ref={field}
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
