import { act, cleanup, render, screen, within } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../entrypoints/popup/app';
import {
  chromeElement,
  entryElement,
  headingElement,
  paintSavedList,
} from '../../../entrypoints/popup/saved-list';
import { PopupChrome } from '../../../components/popup/popup-chrome';
import { ReminderEntry } from '../../../components/popup/reminder-entry';
import { ReminderHeading } from '../../../components/popup/reminder-list';
import { firstPaintOf, type FirstPaint } from '../../../lib/popup/first-paint';
import { parseQueueSnapshot } from '../../../lib/popup/queue-snapshot';
import {
  dueLine,
  listHeadingFor,
  reminderGroupLabels,
  reminderRows,
  shownReasons,
  type ReminderRow,
} from '../../../lib/popup/reminder-groups';
import { ENTRY_HEIGHT, HEADING_HEIGHT } from '../../../lib/popup/reminder-layout';
import { DAY_MS as DAY } from '../../../lib/domain/time';
import { freshDatabase } from '../../db/test-database';
import { entryNames, layOutViewport, resetEnvironment } from './popup-test-kit';

const AT = Date.UTC(2026, 10, 23, 12);

const ana = {
  contactId: 'ana',
  name: 'Ana Álvarez',
  accountName: 'Globex',
  level: { id: 'client', name: 'Client', color: '#1f5fa8' },
  linkedinSlug: null,
  email: null,
};
const li = {
  contactId: 'li',
  name: '李娜',
  accountName: null,
  level: { id: 'prospect', name: 'Prospect', color: '#6b7280' },
  linkedinSlug: null,
  email: null,
};

/** A queue entry as the full popup saves it. */
const queued = (contactId: string, dueAt: number, reasons: string[]) => ({
  contactId,
  score: 1,
  dueAt,
  next: { dueAt, followUp: null, snoozedUntil: null, cadenceDueAt: dueAt },
  reasons,
});

/** What the previous popup saved. */
const stored = {
  at: AT,
  total: 12,
  anyContact: true,
  entries: [
    queued('ana', AT - 3 * DAY, ['follow-up 3 days overdue', 'top-tier account']),
    queued('li', AT, []),
  ],
  people: [ana, li],
};
const saved: FirstPaint = firstPaintOf(stored)!;

type EntryRow = Extract<ReminderRow, { kind: 'entry' }>;
type HeadingRow = Extract<ReminderRow, { kind: 'heading' }>;
const rows = reminderRows(saved.entries, saved.at);
const entryRows = rows.filter((row): row is EntryRow => row.kind === 'entry');
const headingRows = rows.filter((row): row is HeadingRow => row.kind === 'heading');
const ignore = () => {};

/**
 * An element's markup with what may legitimately differ between React and
 * DOM calls made alike: attribute order, how a style is written, and text
 * split over adjacent text nodes.
 */
function canonical(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.normalize();
  const write = (element: Element): string => {
    const attributes = [...element.attributes]
      .map((attribute) =>
        attribute.name === 'style'
          ? `style="${(element as HTMLElement).style.cssText}"`
          : `${attribute.name}="${attribute.value}"`,
      )
      .sort()
      .join(' ');
    const children = [...element.childNodes]
      .map((child) => (child instanceof Element ? write(child) : (child.textContent ?? '')))
      .join('');
    return `<${element.localName} ${attributes}>${children}</${element.localName}>`;
  };
  return write(copy);
}

function reactMarkup(node: React.ReactElement): string {
  const { container } = render(node);
  const markup = canonical(container.firstElementChild!);
  cleanup();
  return markup;
}

beforeEach(() => layOutViewport());
afterEach(() => {
  cleanup();
  document.body.replaceChildren();
  resetEnvironment();
});

describe('the popup’s first paint', () => {
  it('shows the saved list in the popup’s frame, grouped, with names, while it updates', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    paintSavedList(container, saved);
    expect(await entryNames()).toEqual(['Ana Álvarez', '李娜']);
    expect(screen.getByRole('button', { name: 'Needs attention (12)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Updating…');
    expect(screen.getByText('follow-up 3 days overdue')).toBeVisible();
    expect(screen.getByText('top-tier account')).toBeVisible();
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveAttribute('aria-setsize', '12');
    expect(within(items[0]!).getByRole('button')).toHaveAttribute('tabindex', '0');
    expect(within(items[1]!).getByRole('button')).toHaveAttribute('tabindex', '-1');
  });

  it('places each row below the one before, as the virtualised list does', () => {
    const container = document.body.appendChild(document.createElement('div'));
    paintSavedList(container, saved);
    const placed = [...container.querySelectorAll<HTMLElement>('.reminder-heading, .reminder-entry')].map(
      (row) => [row.style.height, row.style.transform],
    );
    // Overdue heading, Ana, Due today heading, Li.
    expect(placed).toEqual([
      [`${HEADING_HEIGHT}px`, 'translateY(0px)'],
      [`${ENTRY_HEIGHT}px`, `translateY(${HEADING_HEIGHT}px)`],
      [`${HEADING_HEIGHT}px`, `translateY(${HEADING_HEIGHT + ENTRY_HEIGHT}px)`],
      [`${ENTRY_HEIGHT}px`, `translateY(${2 * HEADING_HEIGHT + ENTRY_HEIGHT}px)`],
    ]);
  });

  it('draws only the rows of the first screen of a long list', () => {
    const many: FirstPaint = {
      ...saved,
      total: 150,
      entries: Array.from({ length: 150 }, (_, i) => ({ contactId: `c${i}`, dueAt: AT - DAY, reasons: [] })),
    };
    const container = document.body.appendChild(document.createElement('div'));
    paintSavedList(container, many);
    // 440 px of list: the heading (30 px) and the entries that start above its bottom edge.
    expect(container.querySelectorAll('[role="listitem"]')).toHaveLength(5);
    expect(container.querySelector<HTMLElement>('.reminder-list')!.style.height).toBe(
      `${HEADING_HEIGHT + 150 * ENTRY_HEIGHT}px`,
    );
  });

  describe('draws the markup the full popup’s components render', () => {
    it('for the frame', () => {
      const drawn = chromeElement(listHeadingFor(12), document.createElement('div'));
      const rendered = reactMarkup(
        <PopupChrome
          listHeading={listHeadingFor(12)}
          view="list"
          onShowView={ignore}
          onOpenDashboard={ignore}
        >
          <div />
        </PopupChrome>,
      );
      expect(canonical(drawn)).toBe(rendered);
    });

    it.each(headingRows.map((row) => [row.group, row] as const))('for the %s heading', (_, row) => {
      const style = 'height: 30px; transform: translateY(0px);';
      const rendered = reactMarkup(
        <ReminderHeading
          group={row.group}
          count={row.count}
          style={{ height: 30, transform: 'translateY(0px)' }}
        />,
      );
      expect(canonical(headingElement(row, style))).toBe(rendered);
    });

    it.each([
      ['an entry with an account and reasons', entryRows[0]!, ana],
      ['an entry without an account or reasons', entryRows[1]!, li],
      ['an entry whose person is not saved', entryRows[1]!, undefined],
    ] as const)('for %s', (_, row, person) => {
      const style = 'height: 84px; transform: translateY(30px);';
      const rendered = reactMarkup(
        <ReminderEntry
          entry={row.entry}
          person={person}
          groupLabel={reminderGroupLabels[row.group]}
          lateness={dueLine(row.entry, AT)}
          reasons={shownReasons(row.entry, AT)}
          position={row.position}
          setSize={12}
          tabbable={row.position === 0}
          expanded={false}
          onOpen={ignore}
          style={{ height: 84, transform: 'translateY(30px)' }}
        />,
      );
      expect(canonical(entryElement(row, person, 12, AT, style))).toBe(rendered);
    });
  });

  it('is replaced by the full popup’s first render, leaving one list', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    paintSavedList(container, saved);
    const drawn = container.querySelector('main')!;
    const snapshot = parseQueueSnapshot(stored);
    expect(snapshot).not.toBeNull();
    const root = createRoot(container);
    act(() => root.render(<App database={freshDatabase()} now={() => AT} saved={snapshot} />));
    expect(drawn.isConnected).toBe(false);
    expect(container.querySelectorAll('main')).toHaveLength(1);
    expect(screen.getAllByRole('list', { name: 'Needs attention' })).toHaveLength(1);
    expect(await entryNames()).toEqual(['Ana Álvarez', '李娜']);
    act(() => root.unmount());
  });
});
