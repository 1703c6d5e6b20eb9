/**
 * One contact in full, as the sidebar shows them and the dashboard's contact
 * page does too: the card with the gesture buttons, the follow-up, goals,
 * timeline and notes panels, the account view and removal, all wired to the
 * database (relationship.tsx and panels/). `panelsLayout` lets a wide page
 * put the panels in a column of their own.
 */
import type { ReactNode } from 'react';
import type { RapportDatabase } from '../../lib/db/database';
import type { UndoEntry } from '../../lib/sidebar/use-undo';
import { FollowUpPanel } from './panels/follow-up-panel';
import { GesturePanel } from './panels/gesture-panel';
import { GoalsPanel } from './panels/goals-panel';
import { NotesPanel } from './panels/notes-panel';
import { TimelinePanel } from './panels/timeline-panel';
import { Relationship } from './relationship';

export interface ContactDetailsProps {
  contactId: string;
  notify(entry: UndoEntry): void;
  onShowContact(contactId: string): void;
  database: RapportDatabase;
  clock: () => number;
  /** The page "Shared an article" records; null when there is none to offer. */
  pageForArticle?: { url: string; title: string } | null;
  /** Puts keyboard focus on the first gesture button. */
  autoFocusLog?: boolean;
  /** Wraps the panels, e.g. in a column of their own; they stand as they are when omitted. */
  panelsLayout?: (panels: ReactNode) => ReactNode;
}

export function ContactDetails({
  contactId,
  notify,
  onShowContact,
  database,
  clock,
  pageForArticle = null,
  autoFocusLog = false,
  panelsLayout = (panels) => panels,
}: ContactDetailsProps) {
  return (
    <Relationship
      contactId={contactId}
      notify={notify}
      onShowContact={onShowContact}
      database={database}
      clock={clock}
      actions={
        <GesturePanel
          contactId={contactId}
          pageForArticle={pageForArticle}
          autoFocus={autoFocusLog}
          now={clock}
          db={database}
        />
      }
      panels={(accountId) =>
        panelsLayout(
          <>
            <FollowUpPanel contactId={contactId} now={clock} db={database} />
            <GoalsPanel contactId={contactId} accountId={accountId} now={clock} db={database} />
            <TimelinePanel contactId={contactId} now={clock} db={database} />
            <NotesPanel contactId={contactId} now={clock} db={database} />
          </>,
        )
      }
    />
  );
}
