/** Adding a note about a contact and rewriting its text, each checked first, and taking either back. */
import type { Checked } from '../domain/follow-up-inputs';
import { db, type RapportDatabase } from './database';
import { deleteRecord } from './deletion';
import { createNote } from './notes';
import { getRecord } from './read';
import { putRecords, updateRecord } from './records';
import { MAX_TEXT, type Note } from './schema';
import { RecordNotFoundError } from './validation';

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

export interface NoteEdit {
  /** The note as it was, for undo. */
  before: Note;
  after: Note;
}

/**
 * Rewrites a note's text, checked as a new note's is; the note keeps its
 * date, which places it in the timeline. Refuses bad text with the reason
 * (nothing saved); null when the text is the same (nothing to undo).
 */
export async function editNote(
  noteId: string,
  value: string,
  now: number,
  database: RapportDatabase = db,
): Promise<NoteEdit | null> {
  const checked = checkNoteText(value);
  if (!checked.ok) throw new Error(checked.error);
  return database.transaction('rw', database.tables, async () => {
    const before = await getRecord('notes', noteId, database);
    if (before === undefined) throw new RecordNotFoundError('notes', noteId);
    if (before.text === checked.value) return null;
    const after = await updateRecord('notes', noteId, { text: checked.value }, now, database);
    return { before, after };
  });
}

/** Puts the note back exactly as it was before the edit. */
export async function undoEditNote(edit: NoteEdit, database: RapportDatabase = db): Promise<void> {
  await putRecords({ notes: [edit.before] }, database);
}
