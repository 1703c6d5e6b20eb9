import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ViewMemory } from '../../../components/common/view-memory';
import { TimelinePanel } from '../../../entrypoints/sidepanel/panels/timeline-panel';
import type { RapportDatabase } from '../../../lib/db/database';
import type { Note } from '../../../lib/db/schema';
import { account, contact, day, deal, gesture, NOW } from '../../domain/builders';
import { freshDatabase, seedDatabase } from '../../db/test-database';

afterEach(cleanup);

function note(id: string, text: string, at: number): Note {
  return { id, contactId: 'ada', accountId: null, text, at, createdAt: at, updatedAt: at };
}

/** Ada's history: two gives, an ask, a note and a deal; Bob's: one give. */
async function setUp() {
  const database = freshDatabase();
  await seedDatabase(database, {
    accounts: [account({ id: 'acme', name: 'Acme' })],
    contacts: [
      contact({ id: 'ada', name: 'Ada', accountId: 'acme' }),
      contact({ id: 'bob', name: 'Bob', accountId: null }),
    ],
    gestures: [
      gesture('ada', 'article', day(-1), { id: 'g-article' }),
      gesture('ada', 'thanks', day(-3), { id: 'g-thanks' }),
      gesture('ada', 'referral-ask', day(-10), { id: 'g-ask', outcome: 'pending' }),
      gesture('bob', 'introduction', day(-2), { id: 'g-bob' }),
    ],
    notes: [note('n1', 'Prefers calls', day(-5))],
    deals: [deal({ id: 'd1', accountId: 'acme', contactId: null, closedAt: day(-30) })],
  });
  return database;
}

function panel(database: RapportDatabase, contactId = 'ada') {
  return <TimelinePanel contactId={contactId} now={() => NOW} db={database} />;
}

function filterBar(): HTMLElement {
  return screen.getByRole('group', { name: 'Show in the timeline' });
}

function choice(name: string): HTMLElement {
  return within(filterBar()).getByRole('button', { name });
}

/** What each shown entry is, in order: "Shared an article", "Note", "Deal"… */
function shownEntries(): string[] {
  return screen
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('.timeline-what')?.textContent ?? '');
}

describe('filtering the timeline', { timeout: 15_000 }, () => {
  it('offers All and each group that has entries, with counts; each choice shows only its entries', async () => {
    const database = await setUp();
    render(panel(database));
    await screen.findByText('Prefers calls');
    expect(
      within(filterBar())
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['All 5', 'Gives 2', 'Asks 1', 'Notes 1', 'Deals 1']);
    expect(choice('All 5')).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(choice('Gives 2'));
    expect(shownEntries()).toEqual(['Shared an article', 'Thanked / remembered an occasion']);
    expect(choice('Gives 2')).toHaveAttribute('aria-pressed', 'true');
    expect(choice('All 5')).toHaveAttribute('aria-pressed', 'false');
    expect(choice('Gives 2')).toHaveFocus();

    await userEvent.click(choice('Asks 1'));
    expect(shownEntries()).toEqual(['Asked for a referral']);
    await userEvent.click(choice('Notes 1'));
    expect(shownEntries()).toEqual(['Note']);
    expect(screen.getByText('Prefers calls')).toBeInTheDocument();
    await userEvent.click(choice('Deals 1'));
    expect(shownEntries()).toEqual(['Deal']);
    await userEvent.click(choice('All 5'));
    expect(shownEntries()).toEqual([
      'Shared an article',
      'Thanked / remembered an occasion',
      'Note',
      'Asked for a referral',
      'Deal',
    ]);
  });

  it('is chosen from the keyboard, and the focus stays on the choice', async () => {
    const database = await setUp();
    render(panel(database));
    await screen.findByText('Prefers calls');
    choice('All 5').focus();
    await userEvent.tab();
    expect(choice('Gives 2')).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(choice('Asks 1')).toHaveAttribute('aria-pressed', 'true');
    expect(choice('Asks 1')).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(choice('Notes 1')).toHaveAttribute('aria-pressed', 'true');
    expect(choice('Notes 1')).toHaveFocus();
    expect(shownEntries()).toEqual(['Note']);
  });

  it('keeps the give/ask balance about the whole history', async () => {
    const database = await setUp();
    render(panel(database));
    await screen.findByText('Prefers calls');
    const balance = 'Last 90 days: 2 gives, 1 ask.';
    expect(screen.getByText(balance)).toBeInTheDocument();
    for (const name of ['Notes 1', 'Asks 1', 'Deals 1']) {
      await userEvent.click(choice(name));
      expect(screen.getByText(balance)).toBeInTheDocument();
    }
  });

  it('says so plainly when the chosen group has nothing left, and keeps offering it', async () => {
    const database = await setUp();
    render(panel(database));
    await userEvent.click(await screen.findByRole('button', { name: 'Notes 1' }));
    await userEvent.click(screen.getByRole('button', { name: /^Delete Note of / }));

    expect(await screen.findByText('No notes yet.')).toBeInTheDocument();
    expect(shownEntries()).toEqual([]);
    expect(choice('Notes 0')).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(choice('Gives 2'));
    expect(screen.queryByText('No notes yet.')).toBeNull();
    expect(within(filterBar()).queryByRole('button', { name: /^Notes/ })).toBeNull();
  });

  it('pages the filtered list, and "Show all" counts what the filter shows', async () => {
    const database = freshDatabase();
    const notes = Array.from({ length: 33 }, (_, i) => note(`n${i}`, `Note number ${i}`, day(-2 - i)));
    await seedDatabase(database, {
      contacts: [contact({ id: 'ada', name: 'Ada', accountId: null })],
      gestures: [gesture('ada', 'article', day(-1)), gesture('ada', 'gift', day(-40))],
      notes,
    });
    render(panel(database));
    await screen.findByText('Note number 0');
    expect(shownEntries()).toHaveLength(30);
    expect(screen.getByRole('button', { name: 'Show all 35 entries' })).toBeInTheDocument();

    await userEvent.click(choice('Notes 33'));
    expect(shownEntries()).toEqual(Array(30).fill('Note'));
    expect(screen.getByText('Note number 29')).toBeInTheDocument();
    expect(screen.queryByText('Note number 30')).toBeNull();

    await userEvent.click(choice('Gives 2'));
    expect(shownEntries()).toEqual(['Shared an article', 'Sent something of value']);
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();

    await userEvent.click(choice('Notes 33'));
    screen.getByRole('button', { name: 'Show all 33 notes' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(shownEntries()).toEqual(Array(33).fill('Note'));
    expect(screen.getByText('Note number 32')).toBeInTheDocument();
    // The button went as it was pressed: the keyboard goes on at the first entry it brought in.
    expect(screen.getByText('Note number 30').closest('li')).toHaveFocus();
  });

  it('on the dashboard, remembers each contact’s choice while their timeline is out of view', async () => {
    const database = await setUp();
    const dashboard = (shown: ReactNode) => <ViewMemory>{shown}</ViewMemory>;
    const { rerender } = render(dashboard(panel(database, 'ada')));
    await userEvent.click(await screen.findByRole('button', { name: 'Notes 1' }));

    rerender(dashboard(<p>Settings</p>));
    rerender(dashboard(panel(database, 'bob')));
    await waitFor(() => expect(choice('All 1')).toHaveAttribute('aria-pressed', 'true'));

    rerender(dashboard(<p>Settings</p>));
    rerender(dashboard(panel(database, 'ada')));
    await waitFor(() => expect(choice('Notes 1')).toHaveAttribute('aria-pressed', 'true'));
    expect(shownEntries()).toEqual(['Note']);
  });

  it('in the sidebar, with no view memory, starts at All for each contact it shows', async () => {
    const database = await setUp();
    const { rerender, unmount } = render(panel(database, 'ada'));
    await userEvent.click(await screen.findByRole('button', { name: 'Notes 1' }));

    rerender(panel(database, 'bob'));
    await waitFor(() => expect(choice('All 1')).toHaveAttribute('aria-pressed', 'true'));
    expect(shownEntries()).toEqual(['Made an introduction']);

    unmount();
    render(panel(database, 'ada'));
    await waitFor(() => expect(choice('All 5')).toHaveAttribute('aria-pressed', 'true'));
  });
});
