import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../entrypoints/dashboard/app';
import { freshDatabase } from '../db/test-database';

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
});
