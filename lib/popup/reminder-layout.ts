/**
 * The "Needs attention" list's row geometry, shared by the virtualised list
 * (components/popup/reminder-list.tsx) and the popup's first paint
 * (saved-list-dom.ts), so the list the first paint draws is laid out exactly
 * as the one that replaces it.
 */
export const ENTRY_HEIGHT = 84;
export const HEADING_HEIGHT = 30;
/** The list scrolls inside the popup beyond this height. */
export const LIST_MAX_HEIGHT = 440;
