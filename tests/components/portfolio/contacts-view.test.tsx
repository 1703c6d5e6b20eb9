import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContactsView } from '../../../entrypoints/dashboard/views/contacts-view';
import { contactRowsLoader } from '../../../lib/db/contact-rows';
import { deleteRecord } from '../../../lib/db/deletion';
import { freshDatabase, readEverything, seedDatabase } from '../../db/test-database';
import { account, contact, day, gesture, NOW } from '../../domain/builders';
import { layOutViewport, restoreLayout, shownNames } from './contacts-test-kit';

afterEach(cleanup);
beforeEach(() => layOutViewport());
afterEach(restoreLayout);

async function renderView() {
  const database = freshDatabase();
  await seedDatabase(database, {
    accounts: [account({ id: 'acme', name: 'Acme' })],
    contacts: [
      contact({ id: 'ann', name: 'Ann Archer', levelId: 'customer' }),
      contact({ id: 'bob', name: 'Bob Baker', levelId: 'prospect' }),
      contact({ id: 'cy', name: 'Cy Clark', levelId: 'prospect', accountId: null }),
    ],
    gestures: [gesture('ann', 'gift', day(-3)), gesture('bob', 'article', day(-2))],
  });
  // The clock moves on a minute per read, as it does for a user: undo then tells an undo from an edit.
  let clock = NOW;
  const now = () => (clock += 60_000);
  const onOpenContact = vi.fn();
  const rows = contactRowsLoader(database);
  const view = () => <ContactsView database={database} rows={rows} now={now} onOpenContact={onOpenContact} />;
  render(view());
  await waitFor(() => expect(shownNames()).toHaveLength(3));
  return { database, onOpenContact, view };
}

describe('ContactsView', () => {
  it('shows its heading and every contact from the database', async () => {
    const { onOpenContact } = await renderView();
    expect(screen.getByRole('heading', { level: 2, name: 'Contacts' })).toBeTruthy();
    expect(shownNames()).toEqual(['Ann Archer', 'Bob Baker', 'Cy Clark']);
    await userEvent.click(screen.getByRole('button', { name: 'Bob Baker' }));
    expect(onOpenContact).toHaveBeenCalledWith('bob');
  });

  it('opened again, shows the last visit’s rows at once, then what changed since', async () => {
    const { database, view } = await renderView();
    cleanup();
    await deleteRecord('contacts', 'bob', database);
    render(view());
    // Before any read of this visit has answered.
    expect(shownNames()).toEqual(['Ann Archer', 'Bob Baker', 'Cy Clark']);
    await waitFor(() => expect(shownNames()).toEqual(['Ann Archer', 'Cy Clark']));
  });

  it('sets the level of the selected contacts, and undo puts them back exactly', async () => {
    const { database } = await renderView();
    const before = await readEverything(database);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Bob Baker' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Cy Clark' }));
    const bar = screen.getByRole('region', { name: /selected/ });
    await userEvent.selectOptions(within(bar).getByRole('combobox', { name: 'Set level' }), 'Client');
    await userEvent.click(within(bar).getByRole('button', { name: 'Set level' }));
    expect(await screen.findByText('Level set to Client for 2 contacts.')).toBeTruthy();
    expect((await database.contacts.get('bob'))?.levelId).toBe('client');
    await waitFor(() =>
      expect(within(screen.getByRole('row', { name: /Cy Clark/ })).getByText('Client')).toBeTruthy(),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Undone: Level set to Client for 2 contacts.')).toBeTruthy();
    expect(await readEverything(database)).toEqual(before);
  });

  it('says when an action changed nothing, offering no Undo', async () => {
    await renderView();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Bob Baker' }));
    const bar = screen.getByRole('region', { name: /selected/ });
    await userEvent.selectOptions(within(bar).getByRole('combobox', { name: 'Set level' }), 'Prospect');
    await userEvent.click(within(bar).getByRole('button', { name: 'Set level' }));
    expect(await screen.findByText('Nothing to change: all were already Prospect.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('deletes after confirmation, and undo brings everyone back', async () => {
    const { database } = await renderView();
    const before = await readEverything(database);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all 3 matching contacts' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete 3 contacts' }));
    expect(await screen.findByText('Deleted 3 contacts.')).toBeTruthy();
    expect(await screen.findByText(/No contacts yet/)).toBeTruthy();
    expect(await database.contacts.count()).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(shownNames()).toEqual(['Ann Archer', 'Bob Baker', 'Cy Clark']));
    expect(await readEverything(database)).toEqual(before);
  });

  it('reports a tag list the schema refuses, saving nothing', async () => {
    const { database } = await renderView();
    const before = await readEverything(database);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Ann Archer' }));
    await userEvent.click(screen.getByRole('textbox', { name: 'Tags' }));
    await userEvent.paste('x'.repeat(201));
    await userEvent.click(screen.getByRole('button', { name: 'Add tags' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Nothing was changed: .*too long/);
    expect(await readEverything(database)).toEqual(before);
  });
});
