/**
 * What a view shows by the user's choice (filters, search, sort, selection,
 * unsaved edits), kept for as long as the dashboard page is open: opening a
 * contact and coming back, or looking at Settings and returning to Contacts,
 * finds each view as it was left (scroll positions too, see
 * useRememberedValue). Memory only: a reload starts afresh.
 * Without a ViewMemory around it (a view rendered alone, as in a test), a
 * view keeps its state as plain React state does.
 */
import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useState,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from 'react';

const ViewMemoryContext = createContext<Map<string, unknown> | null>(null);

export function ViewMemory({ children }: { children: ReactNode }) {
  const [memory] = useState(() => new Map<string, unknown>());
  return <ViewMemoryContext.Provider value={memory}>{children}</ViewMemoryContext.Provider>;
}

/** useState whose value outlives the component, under `key`, in the surrounding ViewMemory. */
export function useRememberedState<T>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>] {
  const memory = useContext(ViewMemoryContext);
  const [value, setValue] = useState<T>(() => (memory?.has(key) ? (memory.get(key) as T) : initial));
  useEffect(() => {
    memory?.set(key, value);
  }, [memory, key, value]);
  return [value, setValue];
}

/** A value kept in the surrounding ViewMemory, read and written without rendering anything. */
export interface RememberedValue<T> {
  get(): T;
  set(value: T): void;
}

/**
 * The value under `key` in the surrounding ViewMemory, for what changes with
 * nothing to render (a scroll offset, where the user left a view);
 * components asking for the same key share it. Without a ViewMemory, it
 * lasts as long as the component.
 */
export function useRememberedValue<T>(key: string, initial: T): RememberedValue<T> {
  const memory = useContext(ViewMemoryContext);
  const [own] = useState(() => new Map<string, unknown>());
  const kept = memory ?? own;
  return useMemo(
    () => ({
      get: () => (kept.has(key) ? (kept.get(key) as T) : initial),
      set: (value: T) => {
        kept.set(key, value);
      },
    }),
    [kept, key, initial],
  );
}
