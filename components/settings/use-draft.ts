/**
 * An editor's draft of a saved setting: the saved value itself until the
 * user changes something, so a change saved elsewhere (another tab) shows at
 * once; the user's edits from their first change until saved or discarded.
 */
import { useState } from 'react';

export interface Draft<T> {
  value: T;
  dirty: boolean;
  change(value: T): void;
  /** Back to following the saved value: after saving, or to discard the edits. */
  reset(): void;
}

export function useDraft<T>(saved: T): Draft<T> {
  const [edited, setEdited] = useState<{ value: T } | null>(null);
  return {
    value: edited ? edited.value : saved,
    dirty: edited !== null,
    change: (value) => setEdited({ value }),
    reset: () => setEdited(null),
  };
}
