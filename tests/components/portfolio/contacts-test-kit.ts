/**
 * Rendering the contacts table in happy-dom: happy-dom lays nothing out, so
 * every element would measure 0 px tall and the virtualised table would
 * render no rows. A fixed clientHeight gives the scroll area a size (as the
 * popup's tests do for its list).
 */
import { screen, within } from '@testing-library/react';

export const VIEWPORT_HEIGHT = 560;

let restoreHeight: (() => void) | null = null;

export function layOutViewport(height = VIEWPORT_HEIGHT) {
  const descriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
  restoreHeight = () => {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, 'clientHeight', descriptor);
  };
}

export function restoreLayout() {
  restoreHeight?.();
  restoreHeight = null;
}

export function table() {
  return screen.getByRole('table');
}

/** The contact names of the body rows now in the DOM, in order. */
export function shownNames(): string[] {
  return within(table())
    .queryAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('button').textContent ?? '');
}
