/**
 * A note's text as it is being written, checked on submit as every note is:
 * a refusal keeps the text and says why; only valid text reaches `save`.
 * The add form and the in-place editor both write notes this way.
 */
import { useState, type FormEvent } from 'react';
import type { Checked } from '../../lib/domain/follow-up-inputs';

export interface NoteDraft {
  text: string;
  setText(text: string): void;
  /** What is wrong with the text submitted, until it is submitted again. */
  error: string | null;
  /** Checks the text and saves it; says whether it was saved. */
  submit(event: FormEvent): Promise<boolean>;
}

export function useNoteDraft(
  initial: string,
  check: (value: string) => Checked<string>,
  save: (text: string) => Promise<boolean>,
): NoteDraft {
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = check(text);
    if (!checked.ok) {
      setError(checked.error);
      return false;
    }
    setError(null);
    return save(checked.value);
  };
  return { text, setText, error, submit };
}
