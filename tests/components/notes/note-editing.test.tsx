import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { format } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { TimelinePanel } from '../../../entrypoints/sidepanel/panels/timeline-panel';
import { contact, day, NOW } from '../../domain/builders';
import { freshDatabase, readEverything, seedDatabase } from '../../db/test-database';

afterEach(cleanup);

const written = day(-5);
const editLabel = `Edit note from ${format(written, 'd MMM yyyy')}`;

async function setUp() {
  const database = freshDatabase();
  await seedDatabase(database, {
    contacts: [contact({ id: 'ada', name: 'Ada', accountId: null })],
    notes: [
      {
        id: 'n1',
        contactId: 'ada',
        accountId: null,
        text: 'Prefers calls',
        at: written,
        createdAt: written,
        updatedAt: written,
      },
    ],
  });
  render(<TimelinePanel contactId="ada" now={() => NOW} db={database} />);
  return database;
}

async function openEditor(): Promise<HTMLElement> {
  await userEvent.click(await screen.findByRole('button', { name: editLabel }));
  return screen.getByRole('textbox', { name: editLabel });
}

describe('editing a note in the timeline', { timeout: 15_000 }, () => {
  it('saves the new text in place, keeps its date, and undo puts the old text back', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    const field = await openEditor();
    expect(field).toHaveValue('Prefers calls');
    expect(field).toHaveFocus();
    await userEvent.clear(field);
    await userEvent.type(field, 'Prefers email now');
    await userEvent.click(screen.getByRole('button', { name: 'Save note' }));

    await waitFor(() => expect(screen.queryByRole('textbox')).toBeNull());
    expect(await screen.findByText('Prefers email now')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: editLabel })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Note edited: Prefers email now');
    expect(await database.notes.get('n1')).toMatchObject({ text: 'Prefers email now', at: written });

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Prefers calls')).toBeInTheDocument();
    expect(screen.queryByText('Prefers email now')).toBeNull();
    expect(await readEverything(database)).toEqual(before);
  });

  it.each([
    ['Escape', () => userEvent.keyboard('{Escape}')],
    ['Cancel', () => userEvent.click(screen.getByRole('button', { name: 'Cancel' }))],
  ])('closes on %s without saving, giving the focus back to Edit', async (_, close) => {
    const database = await setUp();
    const before = await readEverything(database);
    const field = await openEditor();
    await userEvent.type(field, ', mornings only');
    await close();

    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText('Prefers calls')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: editLabel })).toHaveFocus();
    expect(await readEverything(database)).toEqual(before);
  });

  it('refuses empty or too long text with the reason, keeping what was typed in the field', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    const field = await openEditor();
    await userEvent.clear(field);
    await userEvent.type(field, '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(field).toHaveAccessibleDescription('Write the note first: it is empty.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue('   ');
    // Back in the field, where a screen reader reads the problem with it.
    expect(field).toHaveFocus();

    fireEvent.change(field, { target: { value: 'x'.repeat(10_001) } });
    await userEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(field).toHaveAccessibleDescription('Keep a note to 10,000 characters (it has 10,001).');
    expect(field).toHaveFocus();
    expect(field).toHaveValue('x'.repeat(10_001));
    await waitFor(async () => expect(await readEverything(database)).toEqual(before));
  });
});
