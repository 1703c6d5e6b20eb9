import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/sidepanel/app';
import type { RapportDatabase } from '../../../lib/db/database';
import { updateRecord } from '../../../lib/db/records';
import type { PagePerson } from '../../../lib/messaging/page-people';
import { writeSidebarSubject } from '../../../lib/messaging/sidebar-subject';
import { account, NOW } from '../../domain/builders';
import { seedAcme } from './fixtures';

afterEach(cleanup);
// The whole sidebar, panels included, renders from a real (in-memory) database: slower than one component.
vi.setConfig({ testTimeout: 20_000 });

const clock = () => NOW;
let database: RapportDatabase;
let tabId: number;
/** The people the overlay "finds" on each tab, pushed to the sidebar as watchPagePeople would. */
const listeners = new Map<number, (people: PagePerson[]) => void>();
const watchPeople = (id: number, listener: (people: PagePerson[]) => void) => {
  listeners.set(id, listener);
  return () => listeners.delete(id);
};
const showPeople = (people: PagePerson[]) => act(() => listeners.get(tabId)?.(people));

const dana: PagePerson = {
  identity: { kind: 'linkedin', value: 'dana-diaz' },
  name: 'Dana Diaz',
  contactId: 'dana',
};
const dirk: PagePerson = {
  identity: { kind: 'email', value: 'dirk@acme.com' },
  name: 'Dirk Meyer',
  contactId: 'dirk',
};
const newcomer: PagePerson = {
  identity: { kind: 'email', value: 'nia@acme.com' },
  name: 'Nia Okafor',
  contactId: null,
};

beforeEach(async () => {
  fakeBrowser.reset();
  listeners.clear();
  database = await seedAcme();
  const tab = await browser.tabs.create({ url: 'https://www.linkedin.com/in/dana-diaz/', active: true });
  tabId = tab.id!;
  vi.spyOn(browser.tabs, 'query').mockImplementation(async () => [(await browser.tabs.get(tabId))!]);
});

function renderApp(pinnedTab: number | null = null) {
  render(<App pinnedTab={pinnedTab} watchPeople={watchPeople} database={database} clock={clock} />);
}

describe('the sidebar app', () => {
  it('shows the one person on the page, with their account', async () => {
    renderApp();
    await vi.waitFor(() => expect(listeners.has(tabId)).toBe(true));
    showPeople([dana]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Dana Diaz' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Acme' })).toBeInTheDocument();
  });

  it('shows the person a badge click stored before the sidebar was opened', async () => {
    await writeSidebarSubject(tabId, {
      person: { kind: 'contact', contactId: 'dirk' },
      focus: 'card',
      at: Date.now(),
    });
    renderApp();
    expect(await screen.findByRole('heading', { level: 2, name: 'Dirk Meyer' })).toBeInTheDocument();
    // A later click on someone else moves the sidebar to them.
    await act(() =>
      writeSidebarSubject(tabId, {
        person: { kind: 'contact', contactId: 'ines' },
        focus: 'card',
        at: Date.now() + 1,
      }),
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Ines Ito' })).toBeInTheDocument();
  });

  it('opens on the gesture buttons, focused, when the badge asked to log a gesture', async () => {
    await writeSidebarSubject(tabId, {
      person: { kind: 'contact', contactId: 'dana' },
      focus: 'log',
      at: Date.now(),
    });
    renderApp();
    await screen.findByRole('heading', { level: 2, name: 'Dana Diaz' });
    await vi.waitFor(() => expect(document.activeElement?.tagName).toBe('BUTTON'));
    expect(document.activeElement?.closest('section')).toHaveClass('gesture-panel');
  });

  it('gives a picker for several people, and goes back to it', async () => {
    renderApp();
    await vi.waitFor(() => expect(listeners.has(tabId)).toBe(true));
    showPeople([dana, dirk, newcomer]);
    await userEvent.click(await screen.findByRole('button', { name: /^Dirk Meyer/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Dirk Meyer' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'People on this page' }));
    expect(screen.getByRole('heading', { name: '3 people on this page' })).toBeInTheDocument();
  });

  it('offers search on a page with nobody, and shows whom the user picks', async () => {
    renderApp();
    await vi.waitFor(() => expect(listeners.has(tabId)).toBe(true));
    showPeople([]);
    expect(await screen.findByText(/Open a LinkedIn profile or an email, or search/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Name, email or account'), 'in');
    await userEvent.click(await screen.findByRole('button', { name: /^Ines Ito/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Ines Ito' })).toBeInTheDocument();
  });

  it('finds someone by their surname, and keeps the results in step with renames', async () => {
    renderApp();
    await vi.waitFor(() => expect(listeners.has(tabId)).toBe(true));
    showPeople([]);
    await userEvent.type(await screen.findByLabelText('Name, email or account'), 'meye');
    const results = await screen.findByRole('list', { name: 'Search results' });
    await vi.waitFor(() =>
      expect(
        within(results)
          .getAllByRole('button')
          .map((button) => button.textContent),
      ).toEqual([expect.stringMatching(/^Dirk Meyer/)]),
    );
    await act(() => updateRecord('contacts', 'dana', { name: 'Dana Meyerhof' }, NOW, database));
    await vi.waitFor(() =>
      expect(
        within(results)
          .getAllByRole('button')
          .map((button) => button.textContent),
      ).toEqual([
        // Words inside names come in name order.
        expect.stringMatching(/^Dana Meyerhof/),
        expect.stringMatching(/^Dirk Meyer/),
      ]),
    );
    expect(screen.getByLabelText('Name, email or account')).toHaveAccessibleDescription('2 matches');
  });

  it('keeps the person on while the user reads an article in another tab, ready to log it for them', async () => {
    renderApp();
    await vi.waitFor(() => expect(listeners.has(tabId)).toBe(true));
    showPeople([dana]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Dana Diaz' })).toBeInTheDocument();
    expect(await screen.findByText(/“Shared an article” records no link/)).toBeInTheDocument();

    // The fake browser keeps no titles: the address stands in for the title, as it does for an untitled page.
    const articleUrl = 'https://blog.example.com/energy-storage-2026';
    const article = await browser.tabs.create({ url: articleUrl, active: true });
    tabId = article.id!;
    await act(() => fakeBrowser.tabs.onActivated.trigger({ tabId, windowId: article.windowId! }));
    await vi.waitFor(() => expect(listeners.has(tabId)).toBe(true));
    showPeople([]);
    expect(await screen.findByText(/stays here/)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Dana Diaz' })).toBeInTheDocument();
    expect(
      await screen.findByText(`“Shared an article” records this tab: ${articleUrl} (blog.example.com)`),
    ).toBeInTheDocument();
  });

  it('removes the person with everything recorded about them, and Undo brings them back', async () => {
    renderApp();
    await vi.waitFor(() => expect(listeners.has(tabId)).toBe(true));
    showPeople([dana]);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Dana Diaz' }));
    expect(await screen.findByText('This person is no longer in Rapport.')).toBeInTheDocument();
    expect(await database.contacts.get('dana')).toBeUndefined();
    expect(screen.getByText('Dana Diaz removed from Rapport.')).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Dana Diaz' })).toBeInTheDocument();
    expect((await database.contacts.get('dana'))?.name).toBe('Dana Diaz');
  });

  it('adds an unknown person at the lowest level, shows their card at once, and Undo takes them back', async () => {
    renderApp();
    await vi.waitFor(() => expect(listeners.has(tabId)).toBe(true));
    showPeople([newcomer]);
    await userEvent.click(await screen.findByRole('button', { name: 'Add to Rapport' }));
    expect(await screen.findByRole('heading', { name: 'Level: Prospect' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Nia Okafor' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add to Rapport' })).not.toBeInTheDocument();
    const stored = await database.contacts.where('emails').equals('nia@acme.com').first();
    expect(stored).toMatchObject({ name: 'Nia Okafor', levelId: 'prospect' });

    // A click too many: Undo takes them back out, and the offer to add them returns.
    expect(screen.getByText('Nia Okafor added to Rapport.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    // Back on the offer, with the keyboard on it. The undo deletes and the view reads again: on a
    // busy machine that takes more than waitFor's default second.
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Add to Rapport' })).toHaveFocus(), {
      timeout: 5_000,
    });
    expect(await database.contacts.where('emails').equals('nia@acme.com').count()).toBe(0);
    // The status line names whom the undo took out.
    expect(screen.getByRole('status')).toHaveTextContent('Undone: Nia Okafor added to Rapport.');
  });

  it('follows a pinned tab (?tab=) and saves a level change with undo', async () => {
    const other = await browser.tabs.create({ url: 'https://example.com/', active: true });
    expect(other.id).not.toBe(tabId);
    renderApp(tabId);
    await vi.waitFor(() => expect(listeners.has(tabId)).toBe(true));
    showPeople([dirk]);
    await screen.findByRole('heading', { level: 2, name: 'Dirk Meyer' });
    await userEvent.click(screen.getByRole('button', { name: 'Change level' }));
    await userEvent.selectOptions(screen.getByLabelText('New level'), 'client');
    await userEvent.click(screen.getByRole('button', { name: 'Save level' }));
    expect(
      await screen.findByRole('heading', { name: 'Level: Client' }, { timeout: 4000 }),
    ).toBeInTheDocument();
    expect((await database.contacts.get('dirk'))?.levelId).toBe('client');
    const status = screen.getByText('Level set to Client.').closest('[role="status"]') as HTMLElement;
    await userEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { name: 'Level: Prospect' })).toBeInTheDocument();
    expect((await database.contacts.get('dirk'))?.levelId).toBe('prospect');
  });

  it('places the relationship panels around the card, before the account view; removing comes last', async () => {
    renderApp();
    await vi.waitFor(() => expect(listeners.has(tabId)).toBe(true));
    showPeople([dana]);
    await screen.findByRole('heading', { level: 2, name: 'Dana Diaz' });
    const order = () => screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    await vi.waitFor(() => expect(order()).toContain('Log a gesture with Dana Diaz'));
    expect(order()).toEqual([
      'Dana Diaz',
      'Log a gesture with Dana Diaz',
      'Follow-up',
      'Goals',
      'Timeline',
      'Add a note',
      'Acme',
      'Remove from Rapport',
    ]);
  });

  it('moves the contact to a new account by name, and undo takes it back', async () => {
    renderApp();
    await vi.waitFor(() => expect(listeners.has(tabId)).toBe(true));
    showPeople([dirk]);
    await screen.findByRole('heading', { level: 2, name: 'Dirk Meyer' });
    await userEvent.click(screen.getByRole('button', { name: 'Change account' }));
    expect(screen.queryByRole('button', { name: /^Create account/ })).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Account name'), 'Globex');
    await userEvent.click(await screen.findByRole('button', { name: 'Create account “Globex”' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Globex' }, { timeout: 4000 }),
    ).toBeInTheDocument();
    const status = screen.getByText('Account “Globex” created.').closest('[role="status"]') as HTMLElement;
    await userEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Acme' }, { timeout: 4000 }),
    ).toBeInTheDocument();
    expect(await database.accounts.where('name').equals('Globex').count()).toBe(0);
  });

  it('renames the account, refusing another account’s name on the field, and Undo puts the name back', async () => {
    await database.accounts.add(account({ id: 'globex', name: 'Globex' }));
    renderApp();
    await vi.waitFor(() => expect(listeners.has(tabId)).toBe(true));
    showPeople([dana]);
    await screen.findByRole('heading', { level: 2, name: 'Acme' });
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    const field = screen.getByLabelText('Account name');
    await userEvent.clear(field);
    await userEvent.type(field, 'GLOBEX{Enter}');
    await vi.waitFor(() =>
      expect(field).toHaveAccessibleDescription('Another account is already called “Globex”.'),
    );

    await userEvent.clear(field);
    await userEvent.type(field, ' Acme Energy {Enter}');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Acme Energy' }, { timeout: 4000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rename' })).toHaveFocus();
    const status = screen
      .getByText('Account renamed to “Acme Energy”.')
      .closest('[role="status"]') as HTMLElement;
    await userEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Acme' }, { timeout: 4000 }),
    ).toBeInTheDocument();
    expect(status).toHaveTextContent('Undone: Account renamed to “Acme Energy”.');
    expect((await database.accounts.get('acme'))?.name).toBe('Acme');
  });

  it('updates live when the data changes elsewhere', async () => {
    renderApp();
    await vi.waitFor(() => expect(listeners.has(tabId)).toBe(true));
    showPeople([dana]);
    await screen.findByRole('heading', { level: 2, name: 'Dana Diaz' });
    await act(() => database.contacts.update('dana', { interests: ['chess'] }));
    const interests = screen.getByRole('region', { name: 'Interests' });
    expect(await within(interests).findByText('chess')).toBeInTheDocument();
  });
});
