/**
 * Moves the keyboard focus once React has drawn the change that calls for
 * it: the control to focus may only be there, or only be marked, after that
 * render (a refused field's problem, the line that moved up in place of a
 * removed one). Until then the focus would fall to the page's body and a
 * keyboard user start again from the top of the page.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Finds the control to focus inside the root, as it is drawn now. */
type Pick = (root: HTMLElement) => HTMLElement | null | undefined;

export function useFocusAfterRender(root: RefObject<HTMLElement | null>): (pick: Pick) => void {
  // An object per request: asking twice for the same control (two refusals in a row) focuses it twice.
  const [request, setRequest] = useState<{ pick: Pick } | null>(null);
  useEffect(() => {
    if (request !== null && root.current) request.pick(root.current)?.focus();
  }, [request, root]);
  return useCallback((pick: Pick) => setRequest({ pick }), []);
}
