/**
 * A note's text as it is being written, checked on submit as every note is:
 * a refusal keeps the text and says why; only valid text reaches `save`.
 * The add form and the in-place editor both write notes this way.
 */
import { useState, type FormEvent } from 'react';
import type { Checked } from '../../lib/domain/follow-up-inputs';

export interface NoteDraft {
  text: string;
  /** Takes the user's edit; the problem said of the text before it goes, as it may no longer hold. */
  setText(text: string): void;
  /** What is wrong with the text submitted, until it is edited or submitted again. */
  error: string | null;
  /** How many times the text was refused: each refusal, even of the same text, is said again. */
  refusals: number;
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
  const [refusals, setRefusals] = useState(0);
  const edit = (next: string) => {
    setText(next);
    setError(null);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = check(text);
    if (!checked.ok) {
      setError(checked.error);
      setRefusals((count) => count + 1);
      return false;
    }
    setError(null);
    return save(checked.value);
  };
  return { text, setText: edit, error, refusals, submit };
}
