/** A labelled input of an inline form, with its problem (if any) said under it and tied to it. */
import { useId, type Ref } from 'react';

export interface FormFieldProps {
  label: string;
  value: string;
  type?: 'text' | 'date';
  /** The on-screen keyboard a touch device offers ("decimal" for amounts). */
  inputMode?: 'decimal';
  error: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  onChange(value: string): void;
}

export function FormField({
  label,
  value,
  type = 'text',
  inputMode,
  error,
  inputRef,
  onChange,
}: FormFieldProps) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type={type}
        value={value}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}
