/**
 * Adding a note about the contact. The notes themselves are listed in the
 * timeline (TimelinePanel), newest first among the gestures and deals, where
 * they can be edited or deleted with undo; this panel is the add form.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { ActionStatus } from '../../../components/common/action-status';
import { NoteForm } from '../../../components/notes/note-form';
import { notePreview } from '../../../components/notes/note-preview';
import { db as appDb, type RapportDatabase } from '../../../lib/db/database';
import { addNote, checkNoteText, undoAddNote } from '../../../lib/db/note-actions';
import { getRecord } from '../../../lib/db/read';
import { useUndoable } from './use-undoable';
import './panels.css';

export interface NotesPanelProps {
  contactId: string;
  now?: () => number;
  db?: RapportDatabase;
}

export function NotesPanel({ contactId, now = Date.now, db: database = appDb }: NotesPanelProps) {
  const headingId = useId();
  const status = useUndoable();
  const contact = useLiveQuery(
    async () => (await getRecord('contacts', contactId, database)) ?? null,
    [contactId, database],
  );
  return (
    <section className="panel notes-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Add a note</h2>
      {contact === null ? (
        <p className="panel-empty">This person is no longer in Rapport.</p>
      ) : (
        <>
          <p className="panel-note">
            What they care about, what changed, what you promised: notes show in the timeline.
          </p>
          <NoteForm
            about={contact?.name ?? 'this person'}
            check={checkNoteText}
            onAdd={(text) =>
              status.run(async () => {
                const note = await addNote(contactId, text, now(), database);
                return {
                  message: `Note added: ${notePreview(note.text)}`,
                  undo: () => undoAddNote(note, database),
                };
              })
            }
          />
        </>
      )}
      <ActionStatus
        undoMessage={status.undoMessage}
        notice={status.notice}
        error={status.error}
        onUndo={() => void status.undo()}
        onDismiss={status.dismiss}
      />
    </section>
  );
}
