/**
 * A contact export from the click to the download: the contacts read in
 * chunks (every one, or the chosen ones), the CSV or vCard file built a part
 * at a time, then handed to the browser's downloads. The Data section's
 * export and the Contacts view's export of a selection both run this.
 */
import { loadContactsForExport } from '../db/contacts-export';
import type { RapportDatabase } from '../db/database';
import { downloadFile } from './backup-download';
import {
  buildContactsExportBlob,
  contactsExportFileName,
  type ContactFileFormat,
} from './contacts-export-file';

/** Reading the contacts from the database, then writing the file. */
export type ContactExportPhase = 'reading' | 'writing';

export interface ContactsExportOptions {
  database: RapportDatabase;
  /** The current time, for the file name. */
  now: number;
  /** Only these contacts (the file name then says how many); every contact when left out. */
  contactIds?: readonly string[];
  onProgress?: (phase: ContactExportPhase, done: number, total: number) => void;
}

export interface ContactsExportDone {
  fileName: string;
  /** Contacts in the file. */
  contacts: number;
  /** Damaged contacts left out. */
  skipped: number;
}

export async function downloadContactsExport(
  fileFormat: ContactFileFormat,
  { database, now, contactIds, onProgress }: ContactsExportOptions,
): Promise<ContactsExportDone> {
  const { contacts, accounts, ladder, skipped } = await loadContactsForExport({
    database,
    contactIds,
    onProgress: ({ done, total }) => onProgress?.('reading', done, total),
  });
  // Counts what the file holds: a chosen contact deleted in another tab meanwhile is not in it.
  const fileName = contactsExportFileName(now, fileFormat, contactIds && contacts.length);
  const blob = await buildContactsExportBlob(
    fileFormat,
    contacts,
    { accounts, ladder },
    { onProgress: (done, total) => onProgress?.('writing', done, total) },
  );
  downloadFile(blob, fileName);
  return { fileName, contacts: contacts.length, skipped: skipped.length };
}
