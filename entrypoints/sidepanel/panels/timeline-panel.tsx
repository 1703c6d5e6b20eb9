/**
 * The contact's timeline (lib/db/timeline.ts) with the give/ask balance:
 * gestures, notes and the account's deals, newest first, filtered by the
 * user's choice (the balance always covers the whole history). Deleting a
 * gesture or a note, editing a note, or recording the answer to an ask, can
 * be undone.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { ActionStatus } from '../../../components/common/action-status';
import { notePreview } from '../../../components/notes/note-preview';
import { BalanceSummary, describeEntry, TimelineList } from '../../../components/timeline/timeline-list';
import { useTimelineFilter } from '../../../components/timeline/use-timeline-filter';
import { db as appDb, type RapportDatabase } from '../../../lib/db/database';
import { deleteRecord, restoreDeleted } from '../../../lib/db/deletion';
import { checkNoteText, editNote, undoEditNote } from '../../../lib/db/note-actions';
import { putRecords } from '../../../lib/db/records';
import { loadTimeline } from '../../../lib/db/timeline';
import { setAskOutcome } from '../../../lib/db/touch';
import { askOutcomeLabels } from '../../../lib/domain/gesture-labels';
import { giveAskBalance } from '../../../lib/domain/give-ask-balance';
import { useUndoable } from './use-undoable';
import './panels.css';

export interface TimelinePanelProps {
  contactId: string;
  now?: () => number;
  db?: RapportDatabase;
}

export function TimelinePanel({ contactId, now = Date.now, db: database = appDb }: TimelinePanelProps) {
  const headingId = useId();
  const status = useUndoable();
  const [filter, setFilter] = useTimelineFilter(contactId);
  const timeline = useLiveQuery(() => loadTimeline(contactId, database), [contactId, database]);
  const at = now();

  return (
    <section className="panel timeline-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Timeline</h2>
      {timeline === undefined ? (
        <p className="panel-note">Loading…</p>
      ) : timeline === null ? (
        <p className="panel-empty">This person is no longer in Rapport.</p>
      ) : (
        <>
          <BalanceSummary balance={giveAskBalance(timeline.gestures, at)} />
          <TimelineList
            entries={timeline.entries}
            contactName={timeline.contact.name}
            accountName={timeline.accountName}
            now={at}
            filter={filter}
            onFilterChange={setFilter}
            onDelete={(entry) =>
              void status.run(async () => {
                const table = entry.kind === 'gesture' ? 'gestures' : 'notes';
                const snapshot = await deleteRecord(table, entry.id, database);
                if (snapshot === null) return null;
                return {
                  message: `Deleted “${describeEntry(entry)}”`,
                  undo: () => restoreDeleted(snapshot, database),
                };
              })
            }
            checkNote={checkNoteText}
            onEditNote={(entry, text) =>
              status.run(async () => {
                const edit = await editNote(entry.id, text, now(), database);
                if (edit === null) return null;
                return {
                  message: `Note edited: ${notePreview(edit.after.text)}`,
                  undo: () => undoEditNote(edit, database),
                };
              })
            }
            onSetOutcome={(gestureId, outcome) =>
              void status.run(async () => {
                const before = await setAskOutcome(gestureId, outcome, now(), database);
                return {
                  message: `Recorded: ${askOutcomeLabels[outcome]}`,
                  undo: () => putRecords({ gestures: [before] }, database),
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
