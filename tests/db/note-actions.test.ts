import { describe, expect, it } from 'vitest';
import { editNote, undoEditNote } from '../../lib/db/note-actions';
import type { Note } from '../../lib/db/schema';
import { RecordNotFoundError } from '../../lib/db/validation';
import { contact, day, NOW } from '../domain/builders';
import { freshDatabase, readEverything, seedDatabase } from './test-database';

const note: Note = {
  id: 'n1',
  contactId: 'ada',
  accountId: null,
  text: 'Prefers calls',
  at: day(-5),
  createdAt: day(-5),
  updatedAt: day(-5),
};

async function setUp() {
  const database = freshDatabase();
  await seedDatabase(database, { contacts: [contact({ id: 'ada', accountId: null })], notes: [note] });
  return database;
}

describe('editing a note', () => {
  it('rewrites its text, trimmed, and keeps its date', async () => {
    const database = await setUp();
    const edit = await editNote('n1', '  Prefers calls before 10  ', NOW, database);
    const after = { ...note, text: 'Prefers calls before 10', updatedAt: NOW };
    expect(edit).toEqual({ before: note, after });
    expect(await database.notes.get('n1')).toEqual(after);
  });

  it('is undone exactly', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    const edit = await editNote('n1', 'Prefers email now', NOW, database);
    await undoEditNote(edit!, database);
    expect(await readEverything(database)).toEqual(before);
  });

  it.each([
    ['empty', '   ', 'Write the note first: it is empty.'],
    ['too long', 'x'.repeat(10_001), 'Keep a note to 10,000 characters (it has 10,001).'],
  ])('refuses text that is %s with the reason, and saves nothing', async (_, text, reason) => {
    const database = await setUp();
    const before = await readEverything(database);
    await expect(editNote('n1', text, NOW, database)).rejects.toThrow(reason);
    expect(await readEverything(database)).toEqual(before);
  });

  it('writes nothing when the text is the same, so there is nothing to undo', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    expect(await editNote('n1', ' Prefers calls ', NOW, database)).toBeNull();
    expect(await readEverything(database)).toEqual(before);
  });

  it('refuses a note that is no longer there', async () => {
    const database = await setUp();
    await expect(editNote('gone', 'Anything', NOW, database)).rejects.toThrow(RecordNotFoundError);
  });
});
