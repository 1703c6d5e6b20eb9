/**
 * The popup's first paint: the list the previous popup saved, drawn with
 * plain DOM calls while the full popup (React, Dexie, Zod) loads.
 *
 * Why not React: evaluating React is most of what stands between a fresh
 * popup page and its first frame, and a popup is a fresh page each time it
 * opens. This draws the markup the full popup's components render for the
 * same list (PopupChrome, ReminderHeading, ReminderEntry, the first rows of
 * ReminderList), with the same classes and row geometry, so when React's
 * first render replaces it nothing moves. A component test holds the two to
 * the same markup.
 *
 * It only shows: the entries and view buttons come alive when the full popup
 * takes over a moment later. The Dashboard button already works.
 */
import type { FirstPaint } from '../../lib/popup/first-paint';
import { openDashboard } from '../../lib/popup/open-dashboard';
import {
  dueLine,
  listHeadingFor,
  reminderGroupLabels,
  reminderRows,
  shownReasons,
  type ReminderRow,
} from '../../lib/popup/reminder-groups';
import { ENTRY_HEIGHT, HEADING_HEIGHT, LIST_MAX_HEIGHT } from '../../lib/popup/reminder-layout';
import type { ReminderPerson } from '../../lib/popup/reminder-data';

type Child = Node | string | null | false;

/** An element with its attributes and children; text is always set as text, never parsed as HTML. */
function element(tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== false) node.append(child);
  return node;
}

const rowStyle = (height: number, top: number) => `height: ${height}px; transform: translateY(${top}px);`;

/** The popup's frame with the list view chosen (PopupChrome). */
export function chromeElement(listHeading: string, body: HTMLElement): HTMLElement {
  const dashboard = element('button', { type: 'button', class: 'quiet' }, 'Dashboard');
  dashboard.addEventListener('click', openDashboard);
  return element(
    'main',
    { class: 'popup' },
    element('header', { class: 'popup-header' }, element('h1', {}, 'Rapport'), dashboard),
    element(
      'nav',
      { class: 'popup-views', 'aria-label': 'Views' },
      element('button', { type: 'button', 'aria-pressed': 'true' }, listHeading),
      element('button', { type: 'button', 'aria-pressed': 'false' }, 'Shared this with…'),
    ),
    body,
  );
}

/** A group's heading row (ReminderHeading). */
export function headingElement(row: Extract<ReminderRow, { kind: 'heading' }>, style: string): HTMLElement {
  return element(
    'div',
    { class: 'reminder-heading', style, 'aria-hidden': 'true' },
    `${reminderGroupLabels[row.group]} `,
    element('span', { class: 'reminder-count' }, String(row.count)),
  );
}

/** One entry (ReminderEntry), the first one being the list's tab stop. */
export function entryElement(
  row: Extract<ReminderRow, { kind: 'entry' }>,
  person: ReminderPerson | undefined,
  setSize: number,
  now: number,
  style: string,
): HTMLElement {
  const reasons = shownReasons(row.entry, now);
  const chip =
    person &&
    element(
      'span',
      { class: 'level-chip' },
      element('span', {
        class: 'level-dot',
        style: `background-color: ${person.level.color};`,
        'aria-hidden': 'true',
      }),
      person.level.name,
    );
  return element(
    'div',
    {
      role: 'listitem',
      class: 'reminder-entry',
      style,
      'aria-setsize': String(setSize),
      'aria-posinset': String(row.position + 1),
    },
    element(
      'button',
      {
        type: 'button',
        class: 'entry-main',
        tabindex: row.position === 0 ? '0' : '-1',
        'aria-expanded': 'false',
        'data-position': String(row.position),
      },
      element(
        'span',
        { class: 'entry-top' },
        element('span', { class: 'entry-name' }, person?.name ?? 'Loading…'),
        chip ?? null,
      ),
      element(
        'span',
        { class: 'entry-due' },
        element('span', { class: 'visually-hidden' }, `${reminderGroupLabels[row.group]}: `),
        dueLine(row.entry, now),
        !!person?.accountName && element('span', { class: 'entry-account' }, ` · ${person.accountName}`),
      ),
      reasons.length > 0 && element('span', { class: 'entry-reasons' }, reasons.join(' · ')),
    ),
  );
}

/** The rows in the list's first screen, placed as the virtualised list places them. */
function listElement(saved: FirstPaint): HTMLElement {
  const rows = reminderRows(saved.entries, saved.at);
  const heightOf = (row: ReminderRow) => (row.kind === 'heading' ? HEADING_HEIGHT : ENTRY_HEIGHT);
  const totalHeight = rows.reduce((sum, row) => sum + heightOf(row), 0);
  const list = element('div', {
    role: 'list',
    'aria-label': 'Needs attention',
    class: 'reminder-list',
    style: `height: ${totalHeight}px;`,
  });
  let top = 0;
  for (const row of rows) {
    if (top >= LIST_MAX_HEIGHT) break;
    const style = rowStyle(heightOf(row), top);
    list.append(
      row.kind === 'heading'
        ? headingElement(row, style)
        : entryElement(row, saved.people.get(row.entry.contactId), saved.total, saved.at, style),
    );
    top += heightOf(row);
  }
  return element(
    'div',
    { class: 'reminder-scroll', style: `height: ${Math.min(totalHeight, LIST_MAX_HEIGHT)}px;` },
    list,
  );
}

/** Draws the saved list into `container`, in the popup's frame, while it updates. */
export function paintSavedList(container: HTMLElement, saved: FirstPaint): void {
  const body = element(
    'div',
    { class: 'popup-body' },
    element('p', { class: 'muted', role: 'status' }, 'Updating…'),
    listElement(saved),
  );
  container.replaceChildren(chromeElement(listHeadingFor(saved.total), body));
}
