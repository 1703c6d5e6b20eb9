import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { NotesPanel } from '../../../entrypoints/sidepanel/panels/notes-panel';
import { TimelinePanel } from '../../../entrypoints/sidepanel/panels/timeline-panel';
import { contact, NOW } from '../../domain/builders';
import { freshDatabase, readEverything, seedDatabase } from '../../db/test-database';

afterEach(cleanup);

async function setUp() {
  const database = freshDatabase();
  await seedDatabase(database, { contacts: [contact({ id: 'ada', name: 'Ada', accountId: null })] });
  render(
    <>
      <NotesPanel contactId="ada" now={() => NOW} db={database} />
      <TimelinePanel contactId="ada" now={() => NOW} db={database} />
    </>,
  );
  return database;
}

describe('the notes panel', { timeout: 15_000 }, () => {
  it('adds a note that shows in the timeline, and undo removes it', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    const field = await screen.findByLabelText('Note about Ada');
    await userEvent.type(field, '  Moving to the Berlin office in May ');
    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByText('Moving to the Berlin office in May')).toBeInTheDocument();
    await waitFor(() => expect(field).toHaveValue(''));
    expect(await database.notes.toArray()).toMatchObject([
      { contactId: 'ada', accountId: null, text: 'Moving to the Berlin office in May', at: NOW },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.queryByText('Moving to the Berlin office in May')).toBeNull());
    expect(await readEverything(database)).toEqual(before);
  });

  it('says an empty note is empty and saves nothing', async () => {
    const database = await setUp();
    const field = await screen.findByLabelText('Note about Ada');
    await userEvent.type(field, '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(screen.getByText('Write the note first: it is empty.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Write the note first: it is empty.');
    // Back in the field, where a screen reader reads the problem with it.
    expect(field).toHaveFocus();
    // And again on a second try with the same text.
    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(field).toHaveFocus();
    expect(await database.notes.count()).toBe(0);

    // Typing takes the problem away: it may no longer hold.
    await userEvent.type(field, 'a');
    expect(screen.queryByText('Write the note first: it is empty.')).toBeNull();
    expect(field).toHaveAttribute('aria-invalid', 'false');
  });

  it('says a note that is too long is too long, keeps the text, and saves nothing', async () => {
    const database = await setUp();
    const field = await screen.findByLabelText('Note about Ada');
    fireEvent.change(field, { target: { value: 'x'.repeat(10_001) } });
    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(screen.getByText('Keep a note to 10,000 characters (it has 10,001).')).toBeInTheDocument();
    expect(field).toHaveValue('x'.repeat(10_001));
    expect(await database.notes.count()).toBe(0);
  });
});
