/**
 * A virtualised table's scroll offset kept in the view memory: back on its
 * view (from a contact's page, say), the table is scrolled where the user
 * left it, and the rows they saw are the ones rendered first.
 */
import { useRememberedValue } from '../common/view-memory';

/** useVirtualizer options that start the table at the offset kept under `key`, and keep it as it scrolls. */
export function useRememberedScroll(key: string) {
  const offset = useRememberedValue(key, 0);
  return {
    initialOffset: offset.get,
    onChange: (virtualizer: { scrollOffset: number | null }) => {
      offset.set(virtualizer.scrollOffset ?? 0);
    },
  };
}
