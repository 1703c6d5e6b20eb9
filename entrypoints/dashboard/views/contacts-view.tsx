/**
 * The dashboard's Contacts view: the whole book of contacts as a table
 * (components/portfolio), read live from the database (useLiveQuery reads it
 * again after any change, here or in another tab, through the dashboard's
 * loader, which reads only what changed when it can), with bulk actions
 * written through lib/db/bulk-contact-actions.ts and the selected contacts'
 * export run by lib/io/contacts-export-download.ts.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { contactsExportedMessage } from '../../../components/export/export-messages';
import type { BulkAction } from '../../../components/portfolio/bulk-actions';
import { ContactsPortfolio, type BulkOutcome } from '../../../components/portfolio/contacts-portfolio';
import { contactsCount } from '../../../components/portfolio/labels';
import {
  addContactsTags,
  deleteContacts,
  restoreContacts,
  setContactsCadence,
  setContactsLevel,
  undoBulkContactChange,
  type BulkContactChange,
} from '../../../lib/db/bulk-contact-actions';
import type { BookView } from '../../../lib/db/book-records';
import type { ContactRowsData } from '../../../lib/db/contact-rows';
import type { RapportDatabase } from '../../../lib/db/database';
import { downloadContactsExport } from '../../../lib/io/contacts-export-download';

export interface ContactsViewProps {
  database: RapportDatabase;
  /** The dashboard's one loader: it keeps what it read between visits to this view. */
  rows: BookView<ContactRowsData>;
  now: () => number;
  onOpenContact(contactId: string): void;
}

export function ContactsView({ database, rows, now, onOpenContact }: ContactsViewProps) {
  const read = useLiveQuery(() => rows.load(now()), [rows, now]);
  // The rows of the last visit, if any, stand until the loader has caught up with what changed since.
  const data = read ?? rows.latest();
  const levels = data?.ladder.levels;

  const onBulkAction = useCallback(
    async (action: BulkAction, contactIds: string[]): Promise<BulkOutcome> => {
      const changed = (change: BulkContactChange, done: string, none: string): BulkOutcome =>
        change.before.length === 0
          ? { message: none, undo: null }
          : {
              message: `${done} for ${contactsCount(change.before.length)}.`,
              undo: () => undoBulkContactChange(change, database),
            };
      switch (action.kind) {
        case 'level': {
          const name = levels?.find((level) => level.id === action.levelId)?.name ?? action.levelId;
          const change = await setContactsLevel(contactIds, action.levelId, now(), database);
          return changed(change, `Level set to ${name}`, `Nothing to change: all were already ${name}.`);
        }
        case 'cadence': {
          const change = await setContactsCadence(contactIds, action.days, now(), database);
          const what =
            action.days === null ? 'Cadence back to the default' : `Cadence set to ${action.days} days`;
          return changed(change, what, 'Nothing to change: all had that cadence already.');
        }
        case 'tags': {
          const change = await addContactsTags(contactIds, action.text, now(), database);
          return changed(change, 'Tags added', 'Nothing to change: all had those tags already.');
        }
        case 'export': {
          const exported = await downloadContactsExport(action.format, { database, now: now(), contactIds });
          return { message: contactsExportedMessage(exported), undo: null };
        }
        case 'delete': {
          const deletion = await deleteContacts(contactIds, database);
          return {
            message: `Deleted ${contactsCount(deletion.contactIds.length)}.`,
            undo: () => restoreContacts(deletion, database),
          };
        }
      }
    },
    [database, now, levels],
  );

  return (
    <section className="contacts-view" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading">Contacts</h2>
      <ContactsPortfolio
        rows={data?.rows ?? null}
        fromLastVisit={read === undefined}
        levels={levels ?? []}
        now={now()}
        onOpenContact={onOpenContact}
        onBulkAction={onBulkAction}
      />
    </section>
  );
}
