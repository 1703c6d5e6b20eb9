/** Adding a note about a contact, checked first, and taking it back. */
import type { Checked } from '../domain/follow-up-inputs';
import { db, type RapportDatabase } from './database';
import { deleteRecord } from './deletion';
import { createNote } from './notes';
import { MAX_TEXT, type Note } from './schema';

export const MAX_NOTE = MAX_TEXT;

/** The note's text as it will be saved (trimmed), or what is wrong with it. */
export function checkNoteText(value: string): Checked<string> {
  const text = value.trim();
  if (text === '') return { ok: false, error: 'Write the note first: it is empty.' };
  if (text.length > MAX_NOTE) {
    return {
      ok: false,
      error: `Keep a note to ${MAX_NOTE.toLocaleString('en')} characters (it has ${text.length.toLocaleString('en')}).`,
    };
  }
  return { ok: true, value: text };
}

/** Saves a note about the contact, dated now; refuses bad text with the reason (nothing saved). */
export async function addNote(
  contactId: string,
  value: string,
  now: number,
  database: RapportDatabase = db,
): Promise<Note> {
  const checked = checkNoteText(value);
  if (!checked.ok) throw new Error(checked.error);
  return createNote({ contactId, accountId: null, text: checked.value, at: now }, now, database);
}

export async function undoAddNote(note: Pick<Note, 'id'>, database: RapportDatabase = db): Promise<void> {
  await deleteRecord('notes', note.id, database);
}
