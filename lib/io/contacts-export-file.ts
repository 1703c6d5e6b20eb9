/** The contact export files: their bytes (built in parts, so 50,000 contacts never make one huge string) and names. */
import { format as formatDate } from 'date-fns';
import type { Contact } from '../db/schema';
import { contactsCsvHeader, contactsCsvRows, type ContactExportContext } from './contacts-csv-export';
import { contactsToVCards } from './contacts-vcard-export';

export type ContactFileFormat = 'csv' | 'vcard';

/** Contacts per part of the file. */
const PART = 1_000;

const extensions: Record<ContactFileFormat, string> = { csv: 'csv', vcard: 'vcf' };
/** text/vcard is vCard 4.0's media type (RFC 6350 §10.1); both files are UTF-8. */
const mediaTypes: Record<ContactFileFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  vcard: 'text/vcard;charset=utf-8',
};

/**
 * rapport-contacts-2025-03-01.csv (or .vcf), dated in the user's own time
 * zone; a file of selected contacts says so and how many, so it is not taken
 * for the whole book: rapport-contacts-12-selected-2025-03-01.csv.
 */
export function contactsExportFileName(
  now: number,
  fileFormat: ContactFileFormat,
  selected?: number,
): string {
  const what = selected === undefined ? 'contacts' : `contacts-${selected}-selected`;
  return `rapport-${what}-${formatDate(now, 'yyyy-MM-dd')}.${extensions[fileFormat]}`;
}

export interface BuildOptions {
  /** Contacts written so far, and all of them. */
  onProgress?: (done: number, total: number) => void;
  /** Lets the page breathe between parts (a macrotask by default), so a large export never freezes it. */
  pause?: () => Promise<void>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The file, built a part at a time. */
export async function buildContactsExportBlob(
  fileFormat: ContactFileFormat,
  contacts: readonly Contact[],
  context: ContactExportContext,
  { onProgress, pause = nextTask }: BuildOptions = {},
): Promise<Blob> {
  const parts: string[] = fileFormat === 'csv' ? [contactsCsvHeader()] : [];
  for (let start = 0; start < contacts.length; start += PART) {
    const slice = contacts.slice(start, start + PART);
    parts.push(fileFormat === 'csv' ? contactsCsvRows(slice, context) : contactsToVCards(slice, context));
    onProgress?.(start + slice.length, contacts.length);
    if (start + PART < contacts.length) await pause();
  }
  return new Blob(parts, { type: mediaTypes[fileFormat] });
}
