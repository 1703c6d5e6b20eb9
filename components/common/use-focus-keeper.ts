/**
 * A page's safety net for keyboard users: when the control that had the
 * focus goes away (a Delete whose entry is deleted, a Done whose follow-up
 * closes, a button that opens a form in its place) or is disabled, browsers
 * drop the focus to the page's body, and the next Tab starts again from the
 * top of a long page. This puts it back where the user was: on the control
 * itself once a disabled one is enabled again, on the undo bar's Dismiss
 * after its Undo (the bar then says what was undone), else on the Undo of
 * the section they were in, else on that section's first control, else on
 * the page's first. Views that know better (use-focus-rescue.ts, autofocus)
 * have moved the focus by then and are left alone: the check runs a task
 * after the change. Virtualised lists (data-focus-keeper="off") are left
 * out while they are there: their rows leave the page as they scroll by.
 */
import { useEffect, type RefObject } from 'react';
import { focusIsLost } from './use-focus-rescue';

const CONTROL =
  'button:not(:disabled), input:not(:disabled):not([type="hidden"]), select:not(:disabled), textarea:not(:disabled), a[href], [tabindex="0"]';
const UNDO = '.undo-bar .undo-button';

const usable = (element: Element | null) =>
  element instanceof HTMLElement && element.isConnected && !(element as HTMLButtonElement).disabled;

export function useFocusKeeper(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const page = root.current;
    if (!page) return;
    const doc = page.ownerDocument;
    let last: Element | null = null;
    let section: Element | null = null;
    /** The undo bar `last` is in, if any: its Undo goes as it is pressed, the bar stays. */
    let undoBar: Element | null = null;
    /** The virtualised list `last` is in, whose rows leave the page as it scrolls; null when none. */
    let virtualList: Element | null = null;
    /** Whether the focus was lost by disabling `last`, which gets it back once enabled again. */
    let waiting = false;
    let pending: ReturnType<typeof setTimeout> | undefined;

    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof Element)) return;
      last = event.target;
      section = event.target.closest('section, form, [role="group"]');
      undoBar = event.target.closest('.undo-bar');
      virtualList = event.target.closest('[data-focus-keeper="off"]');
    };
    const putBack = () => {
      pending = undefined;
      // A list still there keeps its own place; one gone altogether (its last entry done) is not.
      if (!focusIsLost(doc) || last === null || virtualList?.isConnected) {
        waiting = false;
        return;
      }
      if (last.isConnected) {
        // Disabled while it works (an export, a save): the focus goes back to it when it is done.
        // Still there and enabled without having been disabled: the user put the focus on the page.
        if (!usable(last)) waiting = true;
        else if (waiting) {
          waiting = false;
          (last as HTMLElement).focus();
        }
        return;
      }
      // After Undo, the bar says what was undone: the keyboard stays there, on its Dismiss.
      const dismiss = undoBar?.isConnected ? undoBar.querySelector<HTMLElement>('.undo-dismiss') : null;
      if (dismiss) {
        dismiss.focus();
        if (doc.activeElement === dismiss) return;
      }
      for (const scope of [section, page]) {
        if (!scope?.isConnected || !page.contains(scope)) continue;
        // The first that takes the focus: a control inside a closed <details> does not.
        for (const target of [
          ...scope.querySelectorAll<HTMLElement>(UNDO),
          ...scope.querySelectorAll<HTMLElement>(CONTROL),
        ]) {
          target.focus();
          if (doc.activeElement === target) return;
        }
      }
    };
    const observer = new MutationObserver(() => {
      pending ??= setTimeout(putBack, 0);
    });
    observer.observe(page, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['disabled'],
    });
    page.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      page.removeEventListener('focusin', onFocusIn);
      clearTimeout(pending);
    };
  }, [root]);
}
