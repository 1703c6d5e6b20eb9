/**
 * Logging a gesture with the person in view: one click on a typed button
 * logs it (lib/db/touch.ts), a give closes the follow-ups it answers, and
 * the undo bar takes it back. "Shared an article" records the page in the
 * current tab when the sidebar was given one (pageForArticle).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { ActionStatus } from '../../../components/common/action-status';
import { GestureButtons } from '../../../components/gestures/gesture-buttons';
import { db as appDb, type RapportDatabase } from '../../../lib/db/database';
import { getRecord } from '../../../lib/db/read';
import type { GestureType } from '../../../lib/db/schema';
import { articleFromPage, logTouch, undoTouch } from '../../../lib/db/touch';
import { describeGesture, type AskOutcome } from '../../../lib/domain/gesture-labels';
import { plural } from '../../../lib/domain/plural';
import { articleRecordingNote } from '../../../lib/sidebar/article-page';
import { useUndoable } from './use-undoable';
import './panels.css';

export interface GesturePanelProps {
  contactId: string;
  /** The current tab's page when it is not the person's own page; null otherwise. */
  pageForArticle: { url: string; title: string } | null;
  /** Puts keyboard focus on the first gesture button (the badge's "Log a gesture"). */
  autoFocus: boolean;
  now?: () => number;
  db?: RapportDatabase;
}

export function GesturePanel({
  contactId,
  pageForArticle,
  autoFocus,
  now = Date.now,
  db: database = appDb,
}: GesturePanelProps) {
  const headingId = useId();
  const status = useUndoable();
  const contact = useLiveQuery(
    async () => (await getRecord('contacts', contactId, database)) ?? null,
    [contactId, database],
  );
  const article = pageForArticle === null ? null : articleFromPage(pageForArticle);

  const log = (type: GestureType, outcome?: AskOutcome) =>
    status.run(async () => {
      const shared: { title?: string; url?: string } = type === 'article' && article !== null ? article : {};
      const logged = await logTouch({ contactId, type, outcome, ...shared }, now(), database);
      const what = describeGesture(type, logged.gesture.outcome);
      // Cadence snoozes close too, but they are bookkeeping, not follow-ups the user set.
      const closedCount = logged.closedFollowUps.filter((f) => f.source !== 'cadence').length;
      const closed = closedCount > 0 ? `; closed ${plural(closedCount, 'follow-up')}` : '';
      return {
        message: `Logged “${what}”${shared.title ? `: ${shared.title}` : ''}${closed}`,
        undo: () => undoTouch(logged, database),
      };
    });

  return (
    <section className="panel gesture-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{contact ? `Log a gesture with ${contact.name}` : 'Log a gesture'}</h2>
      {contact === undefined ? (
        <p className="panel-note">Loading…</p>
      ) : contact === null ? (
        <p className="panel-empty">This person is no longer in Rapport, so nothing can be logged for them.</p>
      ) : (
        <>
          <p className="panel-note">{articleRecordingNote(article)}</p>
          {/* Never disabled while saving: disabling the focused button would drop keyboard focus. */}
          <GestureButtons onLog={(type, outcome) => void log(type, outcome)} autoFocus={autoFocus} />
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
