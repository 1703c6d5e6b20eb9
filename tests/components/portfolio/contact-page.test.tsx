import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContactPage } from '../../../entrypoints/dashboard/views/contact-page';
import type { RapportDatabase } from '../../../lib/db/database';
import { freshDatabase } from '../../db/test-database';
import { NOW } from '../../domain/builders';
import { seedAcme } from '../sidebar/fixtures';

afterEach(cleanup);

function showDana(database: RapportDatabase) {
  render(
    <ContactPage database={database} now={() => NOW} contactId="dana" backTo="Contacts" onBack={() => {}} />,
  );
}

describe('the contact page', { timeout: 20_000 }, () => {
  it('shows the card, the panels and the account of a contact, headed by their name', async () => {
    const database = await seedAcme();
    showDana(database);
    expect(await screen.findByRole('heading', { level: 2, name: 'Dana Diaz' })).toBeInTheDocument();
    expect(screen.getByText('VP Operations at Acme')).toBeInTheDocument();
    // The gesture buttons in the card, and every panel beside it.
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Log a gesture with Dana Diaz' }),
    ).toBeInTheDocument();
    const panels = screen.getByRole('group', { name: /Follow-ups, goals, timeline and notes/ });
    for (const name of ['Follow-up', 'Goals', 'Timeline', 'Add a note'])
      expect(within(panels).getByRole('heading', { level: 2, name })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Acme' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove Dana Diaz' })).toBeInTheDocument();
    // The account's people open their own page.
    expect(screen.getByRole('button', { name: 'Ines Ito' })).toBeInTheDocument();
  });

  it('goes back to the contacts, and opens a colleague', async () => {
    const onBack = vi.fn();
    const onOpenContact = vi.fn();
    render(
      <ContactPage
        database={await seedAcme()}
        now={() => NOW}
        contactId="dana"
        backTo="Contacts"
        onBack={onBack}
        onOpenContact={onOpenContact}
      />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Ines Ito' }));
    expect(onOpenContact).toHaveBeenCalledWith('ines');
    await userEvent.click(screen.getByRole('button', { name: 'Back to contacts' }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('says when the contact does not exist, with the way back', async () => {
    const onBack = vi.fn();
    render(
      <ContactPage
        database={freshDatabase()}
        now={() => NOW}
        contactId="nobody"
        backTo="Contacts"
        onBack={onBack}
      />,
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'Contact not found' })).toBeInTheDocument();
    expect(screen.getByText(/This contact no longer exists/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Back to contacts' }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('turns into the not-found state after a removal, which can be undone', async () => {
    const database = await seedAcme();
    showDana(database);
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Dana Diaz' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Contact not found' })).toBeInTheDocument();
    expect(await database.contacts.get('dana')).toBeUndefined();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Dana Diaz' })).toBeInTheDocument();
    await waitFor(async () => expect(await database.contacts.get('dana')).toBeDefined());
  });
});
