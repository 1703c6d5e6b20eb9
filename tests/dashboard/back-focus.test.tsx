import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ROW_HEIGHT } from '../../components/portfolio/contacts-table';
import { App } from '../../entrypoints/dashboard/app';
import type { RapportDatabase } from '../../lib/db/database';
import { layOutViewport, restoreLayout } from '../components/portfolio/contacts-test-kit';
import { freshDatabase, seedDatabase } from '../db/test-database';
import { account, contact, day, goal, NOW } from '../domain/builders';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

async function go(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

function showDashboard(database: RapportDatabase, hash: string) {
  layOutViewport();
  onTestFinished(restoreLayout);
  window.location.hash = hash;
  render(<App database={database} now={() => NOW} />);
}

/** As a keyboard user does: Enter on the control. happy-dom does not follow the address change by itself. */
async function press(control: HTMLElement) {
  control.focus();
  await userEvent.keyboard('{Enter}');
  await go(window.location.hash);
}

async function openThenBack(control: HTMLElement, backTo: string) {
  await press(control);
  await press(await screen.findByRole('button', { name: `Back to ${backTo}` }));
}

const view = (name: string) => screen.getByRole('main', { name });

/** Long enough for the view's read of its list to have come and gone. */
const listRead = () => new Promise((resolve) => setTimeout(resolve, 300));

/** Ann and Ines, colleagues at Acme. */
async function twoAtAcme(): Promise<RapportDatabase> {
  const database = freshDatabase();
  await seedDatabase(database, {
    accounts: [account({ id: 'acme', name: 'Acme' })],
    contacts: [
      contact({ name: 'Ann Archer', accountId: 'acme' }),
      contact({ name: 'Ines Ito', accountId: 'acme' }),
    ],
  });
  return database;
}

describe('Back from a contact’s page', () => {
  it('puts the focus on their name in the contacts table', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: ['Ann Archer', 'Bob Baker', 'Cy Clark'].map((name) => contact({ name, accountId: null })),
    });
    showDashboard(database, '#/contacts');
    await openThenBack(await screen.findByRole('button', { name: 'Bob Baker' }), 'contacts');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Bob Baker' })).toHaveFocus());
  });

  it('puts the focus on the person under their open account', async () => {
    const database = await twoAtAcme();
    showDashboard(database, '#/accounts');
    await press(await screen.findByRole('button', { name: 'Acme' }));
    await openThenBack(await screen.findByRole('button', { name: 'Ines Ito' }), 'accounts');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ines Ito' })).toHaveFocus());
  });

  it('puts the focus on the name on the goal it was opened from, of two naming the contact', async () => {
    const database = freshDatabase();
    const goals = ['A reference by autumn', 'An introduction to their CFO'];
    await seedDatabase(database, {
      contacts: [contact({ id: 'dana', name: 'Dana Diaz', accountId: null })],
      goals: goals.map((title, i) => goal({ contactId: 'dana', title, deadline: day(30 * (i + 1)) })),
    });
    showDashboard(database, '#/goals');
    const danaOn = (title: string) =>
      within(screen.getByRole('article', { name: title }).closest('li')!).getByRole('button', {
        name: 'Dana Diaz',
      });
    await screen.findByRole('article', { name: goals[1] });
    for (const title of goals) {
      await openThenBack(danaOn(title), 'goals');
      await waitFor(() => expect(danaOn(title)).toHaveFocus());
    }
  });

  it('puts the focus on the name the first contact was opened with, after a colleague’s page', async () => {
    const database = await twoAtAcme();
    showDashboard(database, '#/contacts');
    await press(await screen.findByRole('button', { name: 'Ann Archer' }));
    await openThenBack(await screen.findByRole('button', { name: 'Ines Ito' }), 'contacts');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ann Archer' })).toHaveFocus());
  });

  it('puts the focus on their name after the browser’s back, or the nav to that view', async () => {
    const database = await twoAtAcme();
    showDashboard(database, '#/contacts');
    await press(await screen.findByRole('button', { name: 'Ines Ito' }));
    await screen.findByRole('main', { name: 'Contact' });
    // The browser's back: the address changes, no button of the page is pressed.
    await go('#/contacts');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ines Ito' })).toHaveFocus());

    await press(screen.getByRole('button', { name: 'Ann Archer' }));
    await screen.findByRole('main', { name: 'Contact' });
    await press(screen.getByRole('link', { name: 'Contacts' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ann Archer' })).toHaveFocus());
  });

  it('leaves the focus on the view when the way back went through another view first', async () => {
    const database = await twoAtAcme();
    showDashboard(database, '#/contacts');
    await press(await screen.findByRole('button', { name: 'Ines Ito' }));
    await screen.findByRole('main', { name: 'Contact' });
    await go('#/goals');
    await screen.findByRole('main', { name: 'Goals' });
    await go('#/contacts');
    await screen.findByRole('button', { name: 'Ines Ito' });
    await listRead();
    expect(view('Contacts')).toHaveFocus();
  });

  it('leaves the focus on the view when the contact’s page was opened by its address', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: ['Ann Archer', 'Bob Baker'].map((name) => contact({ id: name, name, accountId: null })),
    });
    showDashboard(database, '#/contacts');
    await press(await screen.findByRole('button', { name: 'Bob Baker' }));
    await go('#/settings');
    await go('#/contacts/Ann%20Archer');
    await press(await screen.findByRole('button', { name: 'Back to contacts' }));
    await screen.findByRole('button', { name: 'Bob Baker' });
    await listRead();
    expect(view('Contacts')).toHaveFocus();
  });

  it('returns the focus once: the table shown again later in the visit leaves it be', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: ['Ann Archer', 'Bob Baker'].map((name) => contact({ name, accountId: null })),
    });
    showDashboard(database, '#/contacts');
    await openThenBack(await screen.findByRole('button', { name: 'Bob Baker' }), 'contacts');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Bob Baker' })).toHaveFocus());
    await userEvent.type(screen.getByLabelText('Search'), 'nobody');
    const nobody = (await screen.findByText('No contact matches these filters.')).parentElement!;
    await userEvent.click(within(nobody).getByRole('button', { name: 'Clear filters' }));
    await screen.findByRole('button', { name: 'Bob Baker' });
    await listRead();
    expect(screen.getByRole('button', { name: 'Bob Baker' })).not.toHaveFocus();
  });

  it('puts the focus on the name next to theirs when the contact was removed meanwhile', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: ['Ann Archer', 'Bob Baker', 'Cy Clark'].map((name) => contact({ name, accountId: null })),
    });
    showDashboard(database, '#/contacts');
    await press(await screen.findByRole('button', { name: 'Bob Baker' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Bob Baker' }));
    await screen.findByRole('heading', { name: 'Contact not found' });
    await press(screen.getByRole('button', { name: 'Back to contacts' }));
    // The list kept from before shows them until it is read again; then the one after takes the focus.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cy Clark' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Bob Baker' })).toBeNull();
  });

  it('puts the focus on the name before theirs when the removed contact was the last, and on the view when none is left', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: ['Ann Archer', 'Bob Baker'].map((name) => contact({ name, accountId: null })),
    });
    showDashboard(database, '#/contacts');
    await press(await screen.findByRole('button', { name: 'Bob Baker' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Bob Baker' }));
    await press(await screen.findByRole('button', { name: 'Back to contacts' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ann Archer' })).toHaveFocus());

    await press(screen.getByRole('button', { name: 'Ann Archer' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Ann Archer' }));
    await press(await screen.findByRole('button', { name: 'Back to contacts' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Ann Archer' })).toBeNull());
    await listRead();
    expect(view('Contacts')).toHaveFocus();
  });

  it('does not take the focus from a user who has moved on while the list was read', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: ['Ann Archer', 'Bob Baker'].map((name) => contact({ name, accountId: null })),
    });
    showDashboard(database, '#/contacts');
    await press(await screen.findByRole('button', { name: 'Bob Baker' }));
    await press(await screen.findByRole('button', { name: 'Back to contacts' }));
    const search = screen.getByLabelText('Search');
    search.focus();
    await screen.findByRole('button', { name: 'Bob Baker' });
    await listRead();
    expect(search).toHaveFocus();
  });
});

describe('Back to a long contacts table', () => {
  const PEOPLE = 600;

  async function longTable() {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: Array.from({ length: PEOPLE }, (_, i) =>
        contact({ id: `p${i}`, name: `Person ${String(i).padStart(4, '0')}`, accountId: null }),
      ),
    });
    showDashboard(database, '#/contacts');
    // happy-dom lays nothing out: the table is as tall as its rows, and its scroll area says when it
    // scrolls, as a browser's does (happy-dom only moves scrollTop).
    vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue((PEOPLE + 1) * ROW_HEIGHT);
    const scrollTo = Element.prototype.scrollTo;
    vi.spyOn(Element.prototype, 'scrollTo').mockImplementation(function (this: Element, ...args) {
      Reflect.apply(scrollTo, this, args);
      setTimeout(() => this.dispatchEvent(new Event('scroll')));
    });
    await screen.findByRole('button', { name: 'Person 0000' });
    return database;
  }

  const scrollArea = () => screen.getByRole('region', { name: 'Contacts table' });

  async function scrollTableTo(offset: number) {
    await act(async () => {
      scrollArea().scrollTop = offset;
      scrollArea().dispatchEvent(new Event('scroll'));
    });
  }

  it('is scrolled where it was, with the focus on the row the contact was opened from', async () => {
    await longTable();
    expect(screen.queryByRole('button', { name: 'Person 0405' })).toBeNull();
    await scrollTableTo(400 * ROW_HEIGHT);
    await openThenBack(await screen.findByRole('button', { name: 'Person 0405' }), 'contacts');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Person 0405' })).toHaveFocus());
    expect(scrollArea().scrollTop).toBe(400 * ROW_HEIGHT);
    expect(screen.queryByRole('button', { name: 'Person 0000' })).toBeNull();
  });

  it('comes back scrolled where it was by the nav too, its rows in view', async () => {
    await longTable();
    await scrollTableTo(400 * ROW_HEIGHT);
    await go('#/accounts');
    await screen.findByRole('main', { name: 'Accounts' });
    await go('#/contacts');
    await screen.findByRole('button', { name: 'Person 0405' });
    expect(scrollArea().scrollTop).toBe(400 * ROW_HEIGHT);
  });

  it('scrolls to the row when it has moved out of view meanwhile, and focuses it', async () => {
    const database = await longTable();
    await press(await screen.findByRole('button', { name: 'Person 0003' }));
    await screen.findByRole('main', { name: 'Contact' });
    // Renamed (here, or in another tab): sorted by name, the row is now the last.
    await database.contacts.update('p3', { name: 'Zoe Last' });
    await press(await screen.findByRole('button', { name: 'Back to contacts' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Zoe Last' })).toHaveFocus());
    const row = screen.getByRole('button', { name: 'Zoe Last' }).closest('tr')!;
    expect(row).toHaveAttribute('aria-rowindex', String(PEOPLE + 1));
    expect(within(scrollArea()).queryByRole('button', { name: 'Person 0000' })).toBeNull();
  });
});
