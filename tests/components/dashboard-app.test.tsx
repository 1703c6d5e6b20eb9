import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { App } from '../../entrypoints/dashboard/app';
import { freshDatabase, seedDatabase } from '../db/test-database';
import { account, contact } from '../domain/builders';
import { layOutViewport, restoreLayout } from './portfolio/contacts-test-kit';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const now = () => new Date(2026, 10, 23, 10, 0).getTime();
const nav = () => screen.getByRole('navigation', { name: 'Dashboard' });
const current = () =>
  within(nav())
    .getAllByRole('link')
    .filter((link) => link.getAttribute('aria-current') === 'page');

describe('the dashboard’s views', () => {
  it('opens on the contacts table and marks it as the current view', async () => {
    window.location.hash = '';
    render(<App database={freshDatabase()} now={now} />);
    expect(
      within(nav())
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Contacts', 'Accounts', 'Goals', 'Pictures', 'Import & export', 'Settings']);
    expect(current().map((link) => link.textContent)).toEqual(['Contacts']);
    expect(screen.getByRole('main', { name: 'Contacts' })).toBeInTheDocument();
  });

  it('follows the address to another view and takes the keyboard focus there', async () => {
    window.location.hash = '#/contacts';
    render(<App database={freshDatabase()} now={now} />);
    const link = within(nav()).getByRole('link', { name: 'Import & export' });
    await userEvent.click(link);
    await act(async () => {
      // happy-dom does not follow fragment links by itself; the browser does.
      window.location.hash = link.getAttribute('href')!;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    const region = await screen.findByRole('main', { name: 'Import & export' });
    expect(within(region).getByRole('region', { name: 'Import contacts' })).toBeInTheDocument();
    expect(current().map((one) => one.textContent)).toEqual(['Import & export']);
    expect(document.activeElement).toBe(region);
  });

  it('shows a contact’s page under Contacts', async () => {
    window.location.hash = '#/contacts/nobody';
    render(<App database={freshDatabase()} now={now} />);
    expect(screen.getByRole('main', { name: 'Contact' })).toBeInTheDocument();
    expect(current().map((link) => link.textContent)).toEqual(['Contacts']);
    expect(await screen.findByText(/no longer exists/)).toBeInTheDocument();
  });

  async function go(hash: string) {
    await act(async () => {
      window.location.hash = hash;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
  }

  it('keeps what the contacts list showed, and unsaved settings, while the user looks elsewhere', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: [contact({ id: 'ann', name: 'Ann Archer' }), contact({ id: 'bob', name: 'Bob Baker' })],
    });
    layOutViewport();
    onTestFinished(restoreLayout);
    window.location.hash = '#/contacts';
    render(<App database={database} now={now} />);
    const search = await screen.findByLabelText('Search');
    await userEvent.type(search, 'bob');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Bob Baker' }));
    await screen.findByText('1 of 2 contacts');

    await go('#/contacts/bob');
    await screen.findByRole('main', { name: 'Contact' });
    await go('#/contacts');
    expect(await screen.findByLabelText('Search')).toHaveValue('bob');
    expect(await screen.findByText('1 of 2 contacts')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select Bob Baker' })).toBeChecked();

    await go('#/settings');
    const name = within(await screen.findByRole('group', { name: /^Client/ })).getByLabelText('Name');
    await userEvent.type(name, ' (key)');
    await go('#/goals');
    await go('#/settings');
    expect(
      within(await screen.findByRole('group', { name: /^Client \(key\)/ })).getByLabelText('Name'),
    ).toHaveValue('Client (key)');
    expect(screen.getByRole('button', { name: 'Save ladder' })).toBeEnabled();
  });

  it('goes back from a contact to the view it was opened from, with the account still open', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      accounts: [account({ id: 'acme', name: 'Acme' })],
      contacts: [contact({ id: 'ann', name: 'Ann Archer', accountId: 'acme' })],
    });
    layOutViewport();
    onTestFinished(restoreLayout);
    window.location.hash = '#/accounts';
    render(<App database={database} now={now} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Acme' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Ann Archer' }));
    // happy-dom does not follow the address change by itself; the browser does.
    await go(window.location.hash);
    await screen.findByRole('main', { name: 'Contact' });
    await userEvent.click(await screen.findByRole('button', { name: 'Back to accounts' }));
    await go(window.location.hash);
    await screen.findByRole('main', { name: 'Accounts' });
    expect(await screen.findByRole('button', { name: 'Acme' })).toHaveAttribute('aria-expanded', 'true');
  });
});
