/**
 * A virtualised table's scroll offset kept in the view memory: back on its
 * view (from a contact's page, the nav, the browser's back), the table is
 * scrolled where the user left it, and the rows they saw are the ones
 * rendered first.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { useRememberedValue } from '../common/view-memory';

export interface RememberedScroll {
  /** useVirtualizer options: start at the offset kept, and keep it as the table scrolls. */
  options: {
    initialOffset: () => number;
    onChange: (virtualizer: { scrollOffset: number | null }) => void;
  };
  /** The offset kept when the table came in, for useScrollRestored. */
  start: number;
}

export function useRememberedScroll(key: string): RememberedScroll {
  const offset = useRememberedValue(key, 0);
  // Read before the virtualizer first reports the element's own offset (the top), which it keeps.
  const [start] = useState(offset.get);
  return {
    options: {
      initialOffset: () => start,
      onChange: (virtualizer) => {
        offset.set(virtualizer.scrollOffset ?? 0);
      },
    },
    start,
  };
}

/**
 * The virtualizer's initialOffset renders the rows at that offset but does
 * not scroll the element: in Chromium the table came back at the top with
 * its rows drawn far below, blank until scrolled. This scrolls the element
 * there once it is tall enough: the view lays the table out after it comes
 * in (at first the scroll area is a few pixels high), so it tries again as
 * the area and its rows change size.
 */
export function useScrollRestored(
  element: RefObject<HTMLElement | null>,
  { start: wanted }: RememberedScroll,
): void {
  useLayoutEffect(() => {
    const scroller = element.current;
    if (!scroller || wanted <= 0) return;
    const restore = (): boolean => {
      if (scroller.scrollHeight - scroller.clientHeight < wanted) return false;
      // On the element itself: the virtualizer believes it is there already, and would write nothing.
      if (Math.abs(scroller.scrollTop - wanted) >= 1) scroller.scrollTo({ top: wanted });
      return true;
    };
    if (restore()) return;
    const sizes = new ResizeObserver(() => {
      if (restore()) sizes.disconnect();
    });
    sizes.observe(scroller);
    for (const child of scroller.children) sizes.observe(child);
    return () => sizes.disconnect();
    // Once, as the table comes in: later changes of size are the user's (a filter, a resize).
  }, [element, wanted]);
}
