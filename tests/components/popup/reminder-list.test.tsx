import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/popup/app';
import { sidebarSubjectKey } from '../../../lib/messaging/sidebar-subject';
import { readQueueSnapshot, writeQueueSnapshot } from '../../../lib/popup/queue-snapshot';
import { freshDatabase, seedDatabase } from '../../db/test-database';
import { account, contact, day, followUp, gesture, NOW } from '../../domain/builders';
import {
  entryNames,
  layOutViewport,
  listReady,
  needsAttention,
  now,
  PAGE_TAB_ID,
  pageTab,
  renderPopup,
  resetEnvironment,
} from './popup-test-kit';

vi.mock('../../../lib/messaging/page-people', () => ({ watchPagePeople: () => () => {} }));

afterEach(cleanup);
beforeEach(() => {
  resetEnvironment();
  layOutViewport();
  pageTab();
});
afterEach(resetEnvironment);

/**
 * Three people due: Olga's follow-up is 3 days late, Tom's is today, Wes's
 * is in two days; Tia (top-tier account) is due today too and outranks Tom.
 */
function threeGroups() {
  return {
    accounts: [
      account({ id: 'big', name: 'Bigco', revenue: 1_000_000 }),
      account({ id: 'small', name: 'Smallco', revenue: 1_000 }),
    ],
    contacts: [
      contact({
        id: 'olga',
        name: 'Olga Overdue',
        accountId: 'small',
        levelId: 'client',
        linkedinSlugs: ['olga-o'],
        emails: ['olga@smallco.com'],
      }),
      contact({ id: 'tom', name: 'Tom Today', accountId: 'small' }),
      contact({ id: 'tia', name: 'Tia Top', accountId: 'big' }),
      contact({ id: 'wes', name: 'Wes Week', accountId: 'small' }),
      contact({ id: 'nat', name: 'Nat Notdue', accountId: 'small' }),
    ],
    gestures: ['olga', 'tom', 'tia', 'wes', 'nat'].map((id) => gesture(id, 'thanks', day(-1))),
    followUps: [
      followUp('olga', day(-3), { id: 'f-olga' }),
      followUp('tom', day(0), { id: 'f-tom' }),
      followUp('tia', day(0), { id: 'f-tia' }),
      followUp('wes', day(2), { id: 'f-wes' }),
    ],
  };
}

describe('the reminder list', () => {
  it('groups entries Overdue, Due today, This week, ranked inside each group', async () => {
    await renderPopup(threeGroups());
    await listReady(4);
    expect(await entryNames()).toEqual(['Olga Overdue', 'Tia Top', 'Tom Today', 'Wes Week']);
    const items = within(needsAttention()).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Overdue: follow-up 3 days overdue');
    expect(items[1]).toHaveTextContent('Due today: follow-up due today');
    expect(items[3]).toHaveTextContent('This week: follow-up due Wednesday');
    expect(screen.getByRole('button', { name: 'Needs attention (4)' })).toBeInTheDocument();
  });

  it('shows each person’s account, level and the engine’s reasons', async () => {
    await renderPopup(threeGroups());
    await listReady(4);
    const first = within(needsAttention()).getByRole('button', { name: /Olga Overdue/ });
    expect(first).toHaveTextContent('Smallco');
    expect(first).toHaveTextContent('Client');
    expect(first).toHaveTextContent('follow-up 3 days overdue');
    const tia = within(needsAttention()).getByRole('button', { name: /Tia Top/ });
    expect(tia).toHaveTextContent('top-tier account');
    expect(tia.querySelector('.level-dot')).toHaveStyle({ backgroundColor: '#5b6472' });
  });

  it('renders only the visible part of a long list, with the true count for assistive technology', async () => {
    const many = Array.from({ length: 400 }, (_, i) => contact({ id: `c${i}`, name: `Person ${i}` }));
    await renderPopup({
      contacts: many,
      followUps: many.map((c, i) => followUp(c.id, day(-1 - (i % 5)))),
    });
    await waitFor(
      () => expect(screen.getByRole('button', { name: 'Needs attention (400)' })).toBeInTheDocument(),
      {
        timeout: 5_000,
      },
    );
    const items = within(needsAttention()).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(3);
    expect(items.length).toBeLessThan(20);
    expect(items[0]).toHaveAttribute('aria-setsize', '400');
    // The first page paints first; the rest of the queue follows, reachable from the keyboard.
    items[0]!.querySelector('button')!.focus();
    await waitFor(
      async () => {
        await userEvent.keyboard('{End}');
        expect(document.activeElement?.closest('[role="listitem"]')).toHaveAttribute('aria-posinset', '400');
      },
      { timeout: 3_000 },
    );
    expect(within(needsAttention()).getAllByRole('listitem').length).toBeLessThan(20);
  });

  it('paints the last popup’s list at once, then the list ranked afresh', async () => {
    // The last popup saw only Nat, who has been answered since.
    await writeQueueSnapshot(
      {
        at: NOW,
        total: 1,
        anyContact: true,
        entries: [
          {
            contactId: 'nat',
            score: 1,
            dueAt: day(-1),
            next: { dueAt: day(-1), followUp: null, snoozedUntil: null, cadenceDueAt: day(-1) },
            reasons: ['1 day overdue'],
          },
        ],
      },
      30,
      new Map([
        [
          'nat',
          {
            contactId: 'nat',
            name: 'Nat Notdue',
            accountName: 'Small Co',
            level: { id: 'client', name: 'Client', color: '#1f5fa8' },
            linkedinSlug: null,
            email: null,
          },
        ],
      ]),
    );
    // A write in progress elsewhere holds a table the ranking reads, so ranking afresh has to wait.
    const database = freshDatabase();
    await seedDatabase(database, threeGroups());
    let released = false;
    const writing = database.transaction('rw', database.latestGives, async () => {
      while (!released) await database.latestGives.get('nat');
    });
    render(<App database={database} now={now} />);
    // Saved with the list, the name shows without a read.
    await waitFor(async () => expect(await entryNames()).toEqual(['Nat Notdue']));
    expect(screen.getByText('Updating…')).toBeVisible();
    released = true;
    await writing;
    await listReady(4);
    expect(await entryNames()).toEqual(['Olga Overdue', 'Tia Top', 'Tom Today', 'Wes Week']);
    expect(screen.queryByText('Updating…')).toBeNull();
    // The fresh list (in the queue's order; the popup groups it) is what the next popup paints first.
    await waitFor(async () =>
      expect((await readQueueSnapshot())?.people.map((person) => person.name).sort()).toEqual([
        'Olga Overdue',
        'Tia Top',
        'Tom Today',
        'Wes Week',
      ]),
    );
    expect((await readQueueSnapshot())?.entries.map((entry) => entry.contactId).sort()).toEqual([
      'olga',
      'tia',
      'tom',
      'wes',
    ]);
  });

  it('updates live when the data changes', async () => {
    const database = await renderPopup(threeGroups());
    await listReady(4);
    await act(() => database.followUps.update('f-wes', { doneAt: NOW }));
    await waitFor(() => expect(within(needsAttention()).getAllByRole('listitem')).toHaveLength(3));
  });
});

describe('moving through the list with the keyboard', () => {
  it('is one tab stop; arrows, Home and End move between entries; Enter opens the actions; Escape comes back', async () => {
    const user = userEvent.setup();
    await renderPopup(threeGroups());
    await listReady(4);
    const entry = (name: RegExp) => within(needsAttention()).getByRole('button', { name });
    expect(entry(/Olga/)).toHaveAttribute('tabindex', '0');
    expect(entry(/Tia/)).toHaveAttribute('tabindex', '-1');

    entry(/Olga/).focus();
    await user.keyboard('{ArrowDown}');
    expect(entry(/Tia/)).toHaveFocus();
    expect(entry(/Tia/)).toHaveAttribute('tabindex', '0');
    expect(entry(/Olga/)).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{End}');
    expect(entry(/Wes/)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(entry(/Wes/)).toHaveFocus();
    await user.keyboard('{Home}');
    expect(entry(/Olga/)).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(entry(/Tia/)).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Tia Top' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Done: log a gesture' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(entry(/Tia/)).toHaveFocus());
    expect(screen.queryByRole('heading', { name: 'Tia Top' })).not.toBeInTheDocument();
  });
});

describe('an entry’s actions', () => {
  async function open(name: RegExp) {
    const user = userEvent.setup();
    await listReady();
    await user.click(within(needsAttention()).getByRole('button', { name }));
    return user;
  }

  it('Done logs the chosen gesture, the entry leaves the list, and Undo brings it back', async () => {
    const database = await renderPopup(threeGroups());
    const user = await open(/Olga/);
    await user.click(screen.getByRole('button', { name: 'Done: log a gesture' }));
    await user.click(screen.getByRole('button', { name: 'Checked in on the product' }));
    expect(
      await screen.findByText('Logged “Checked in on the product” for Olga Overdue.'),
    ).toBeInTheDocument();
    await waitFor(async () => expect(await entryNames()).toEqual(['Tia Top', 'Tom Today', 'Wes Week']));
    expect(await database.gestures.where('contactId').equals('olga').count()).toBe(2);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await entryNames()).toContain('Olga Overdue'));
    expect(
      await screen.findByText('Undone: Logged “Checked in on the product” for Olga Overdue.'),
    ).toBeInTheDocument();
    expect(await database.gestures.where('contactId').equals('olga').count()).toBe(1);
    expect((await database.followUps.get('f-olga'))?.doneAt).toBeNull();
  });

  it('Undo after Done puts the keyboard back on the entry it brings back, never on the page’s top', async () => {
    await renderPopup(threeGroups());
    const user = userEvent.setup();
    await listReady(4);
    const entry = (name: RegExp) => within(needsAttention()).getByRole('button', { name });
    entry(/Olga/).focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}'); // Done: log a gesture
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName('Shared an article'));
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await entryNames()).toEqual(['Tia Top', 'Tom Today', 'Wes Week']));

    const undo = screen.getByRole('button', { name: 'Undo' });
    const focused: Element[] = [];
    const track = (event: FocusEvent) => focused.push(event.target as Element);
    document.addEventListener('focusin', track);
    undo.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/^Undone: Logged .* Olga Overdue\.$/)).toBeInTheDocument();
    await waitFor(() => expect(entry(/Olga/)).toHaveFocus());
    document.removeEventListener('focusin', track);
    expect(entry(/Olga/)).toHaveAttribute('tabindex', '0');
    // Until Olga was back, the keyboard waited in the list, not on the popup's first control (Dashboard).
    expect(focused.filter((element) => !needsAttention().contains(element))).toEqual([undo]);
  });

  it('Done on the last entry leaves the keyboard on the Undo, not the page', async () => {
    await renderPopup({
      contacts: [contact({ id: 'olga', name: 'Olga Overdue', accountId: null })],
      gestures: [gesture('olga', 'thanks', day(-40))],
      followUps: [followUp('olga', day(-3), { id: 'f-olga' })],
    });
    const user = userEvent.setup();
    await listReady(1);
    within(needsAttention()).getByRole('button', { name: /Olga/ }).focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}'); // Done: log a gesture
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName('Shared an article'));
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'All caught up' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());
  });

  it('lists the follow-ups the user set, even when the cadence put them on the list, and says which a give closes', async () => {
    const database = await renderPopup({
      accounts: [account({ id: 'small', name: 'Smallco', revenue: 1_000 })],
      contacts: [contact({ id: 'ken', name: 'Kenji Late', accountId: 'small' })],
      // The cadence fell due long before the follow-up: it is what the list's reasons name.
      gestures: [gesture('ken', 'thanks', day(-120))],
      followUps: [
        followUp('ken', day(10), { id: 'f-deck', reason: 'Send the renewal deck' }),
        followUp('ken', day(-3), { id: 'f-rollout', reason: 'Ask how the spring rollout went' }),
        followUp('ken', day(-9), { id: 'f-old', reason: 'Said thanks', doneAt: day(-8) }),
      ],
    });
    await listReady(1);
    expect(within(needsAttention()).getByRole('button', { name: /Kenji Late/ })).not.toHaveTextContent(
      'spring rollout',
    );
    const user = await open(/Kenji Late/);
    const listed = await screen.findByRole('list', { name: 'Open follow-ups' });
    expect(
      within(listed)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Follow-up: Ask how the spring rollout went · 3 days overdue',
      'Follow-up: Send the renewal deck · due 26 Jun',
    ]);

    await user.click(screen.getByRole('button', { name: 'Done: log a gesture' }));
    expect(
      screen.getByText('A give also closes the follow-up “Ask how the spring rollout went”.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Checked in on the product' }));
    await screen.findByText('Logged “Checked in on the product” for Kenji Late.');
    expect((await database.followUps.get('f-rollout'))?.doneAt).not.toBeNull();
    expect((await database.followUps.get('f-deck'))?.doneAt).toBeNull();
  });

  it('Snooze until tomorrow takes the entry away, and Undo brings it back with the keyboard on it', async () => {
    const database = await renderPopup(threeGroups());
    const user = await open(/Tom Today/);
    await user.click(screen.getByRole('button', { name: 'Snooze' }));
    await user.click(screen.getByRole('button', { name: 'Tomorrow' }));
    expect(await screen.findByText('Snoozed Tom Today until tomorrow.')).toBeInTheDocument();
    await waitFor(async () => expect(await entryNames()).not.toContain('Tom Today'));
    expect((await database.followUps.get('f-tom'))?.snoozedUntil).toBeGreaterThan(NOW);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await entryNames()).toContain('Tom Today'));
    await waitFor(() =>
      expect(within(needsAttention()).getByRole('button', { name: /Tom Today/ })).toHaveFocus(),
    );
    expect((await database.followUps.get('f-tom'))?.snoozedUntil).toBeNull();
  });

  it('Snooze to a picked date refuses a day in the past, saving nothing', async () => {
    const database = await renderPopup(threeGroups());
    const user = await open(/Tom Today/);
    await user.click(screen.getByRole('button', { name: 'Snooze' }));
    await user.type(screen.getByLabelText('Or a date'), '2020-01-01');
    await user.click(screen.getByRole('button', { name: 'Snooze to date' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a day after today.');
    expect((await database.followUps.get('f-tom'))?.snoozedUntil).toBeNull();
    await user.clear(screen.getByLabelText('Or a date'));
    await user.type(screen.getByLabelText('Or a date'), '2025-06-30');
    await user.click(screen.getByRole('button', { name: 'Snooze to date' }));
    expect(await screen.findByText('Snoozed Tom Today until Monday 30 June 2025.')).toBeInTheDocument();
  });

  it('links to the LinkedIn profile and composes an email', async () => {
    await renderPopup(threeGroups());
    await open(/Olga/);
    expect(screen.getByRole('link', { name: 'Open LinkedIn profile' })).toHaveAttribute(
      'href',
      'https://www.linkedin.com/in/olga-o/',
    );
    expect(screen.getByRole('link', { name: 'Open LinkedIn profile' })).toHaveAttribute('target', '_blank');
    expect(screen.getByRole('link', { name: 'Compose email' })).toHaveAttribute(
      'href',
      'mailto:olga@smallco.com',
    );
  });

  it('offers no profile or email link for someone without them', async () => {
    await renderPopup(threeGroups());
    await open(/Tom Today/);
    expect(screen.queryByRole('link', { name: 'Open LinkedIn profile' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Compose email' })).not.toBeInTheDocument();
  });

  it('Open in sidebar opens the side panel on the page’s tab, synchronously, and names the person for it', async () => {
    const opened: number[] = [];
    const sidePanel = {
      open: vi.fn(({ tabId }: { tabId: number }) => {
        opened.push(tabId);
        return Promise.resolve();
      }),
    };
    Object.assign(fakeBrowser, { sidePanel });
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    try {
      await renderPopup(threeGroups());
      const user = await open(/Olga/);
      await user.click(screen.getByRole('button', { name: 'Open in sidebar' }));
      expect(opened).toEqual([PAGE_TAB_ID]);
      await waitFor(async () =>
        expect(await fakeBrowser.storage.session.get(sidebarSubjectKey(PAGE_TAB_ID))).toEqual({
          [sidebarSubjectKey(PAGE_TAB_ID)]: {
            person: { kind: 'contact', contactId: 'olga' },
            focus: 'card',
            at: NOW,
          },
        }),
      );
      await waitFor(() => expect(close).toHaveBeenCalled());
    } finally {
      delete (fakeBrowser as { sidePanel?: unknown }).sidePanel;
    }
  });
});

describe('when nobody needs attention', () => {
  it('welcomes a new user and says how to add the first contact', async () => {
    await renderPopup({});
    expect(await screen.findByRole('heading', { name: 'Welcome to Rapport' })).toBeInTheDocument();
    expect(screen.getByText('Open someone’s LinkedIn profile.')).toBeInTheDocument();
    expect(screen.getByText(/Add to Rapport/)).toBeInTheDocument();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    vi.spyOn(window, 'close').mockImplementation(() => {});
    await userEvent.click(screen.getByRole('button', { name: 'Open the dashboard' }));
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/dashboard\.html$/) });
  });

  it('says all caught up to a user whose contacts are all in rhythm', async () => {
    await renderPopup({ contacts: [contact({ id: 'a' })], gestures: [gesture('a', 'thanks', day(-1))] });
    expect(await screen.findByRole('heading', { name: 'All caught up' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Welcome to Rapport' })).not.toBeInTheDocument();
  });
});
