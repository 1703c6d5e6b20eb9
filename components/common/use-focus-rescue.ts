/**
 * A step that takes away the control the keyboard was on (a button that
 * goes with its panel, a file input disabled while its file is read) drops
 * the focus to the page's body, and a keyboard user has to start again from
 * the top of the page. After each later change of `step`, when the focus is
 * nowhere, this puts it on the first element inside `container` matching
 * `targets` (tried in order). Where the focus still is somewhere, it stays.
 */
import { useEffect, useRef, type RefObject } from 'react';

/**
 * Whether the keyboard's place is gone: nothing focused, or a control that
 * was disabled under it (browsers drop that focus to the body, some only
 * once the next key is pressed).
 */
export function focusIsLost(doc: Document): boolean {
  const active = doc.activeElement;
  return active === null || active === doc.body || (active as HTMLButtonElement).disabled === true;
}

export function useFocusRescue(
  container: RefObject<HTMLElement | null>,
  step: unknown,
  targets: readonly string[],
): void {
  const first = useRef(true);
  const wanted = targets.join('\n');
  useEffect(() => {
    // Not on first render: opening the page must not move the focus.
    if (first.current) {
      first.current = false;
      return;
    }
    const root = container.current;
    if (!root || !focusIsLost(root.ownerDocument)) return;
    for (const selector of wanted === '' ? [] : wanted.split('\n')) {
      const target = root.querySelector<HTMLElement>(selector);
      if (target) {
        target.focus();
        return;
      }
    }
  }, [container, step, wanted]);
}
