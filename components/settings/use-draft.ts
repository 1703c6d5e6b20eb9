/**
 * An editor's draft of a saved setting: the saved value itself until the
 * user changes something, so a change saved elsewhere (another tab) shows at
 * once; the user's edits from their first change until saved or discarded.
 * The edits are kept under `key` while the dashboard is open (view-memory.tsx),
 * so looking at another view does not throw them away.
 */
import { useRememberedState } from '../common/view-memory';

export interface Draft<T> {
  value: T;
  dirty: boolean;
  change(value: T): void;
  /** Back to following the saved value: after saving, or to discard the edits. */
  reset(): void;
}

export function useDraft<T>(saved: T, key: string): Draft<T> {
  const [edited, setEdited] = useRememberedState<{ value: T } | null>(key, null);
  return {
    value: edited ? edited.value : saved,
    dirty: edited !== null,
    change: (value) => setEdited({ value }),
    reset: () => setEdited(null),
  };
}
