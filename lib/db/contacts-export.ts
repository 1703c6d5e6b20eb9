/**
 * What the contact exports (CSV, vCard) need from the database: every valid
 * contact, the accounts' names and the ladder. Contacts are read in chunks
 * of primary keys, each chunk its own short read, so 50,000 contacts never
 * hold one long transaction, the page stays responsive and progress can be
 * shown. A contact saved in another tab while the export runs may or may not
 * be in the file; the JSON backup is the consistent, complete copy.
 */
import { db, type RapportDatabase } from './database';
import { reportCorruptRecord, type CorruptRecord } from './corrupt-records';
import { listRecords, sortRows } from './read';
import type { Account, Contact, Ladder } from './schema';
import { rowKey } from './tables';
import { getSetting, ladderSetting } from './settings';

export const EXPORT_CHUNK = 2_000;

export interface ExportProgress {
  /** Contacts read so far (damaged ones included) and the number stored. */
  done: number;
  total: number;
}

export interface ContactsForExport {
  /** Valid contacts, by name in the reader's language (then by id, so the order is stable). */
  contacts: Contact[];
  accounts: Map<string, Account>;
  ladder: Ladder;
  /** Damaged contacts left out, and why. */
  skipped: CorruptRecord[];
}

export interface LoadOptions {
  database?: RapportDatabase;
  onProgress?: (progress: ExportProgress) => void;
  chunkSize?: number;
  /** Locale(s) for the name order; the browser's by default. */
  locales?: string | string[];
}

/** How many contacts are stored (damaged ones included): zero means there is nothing to export. */
export function countContacts(database: RapportDatabase = db): Promise<number> {
  return database.contacts.count();
}

export async function loadContactsForExport(options: LoadOptions = {}): Promise<ContactsForExport> {
  const { database = db, onProgress, chunkSize = EXPORT_CHUNK, locales } = options;
  const [total, accountList, ladder] = await Promise.all([
    database.contacts.count(),
    listRecords('accounts', database),
    getSetting(ladderSetting, database),
  ]);
  onProgress?.({ done: 0, total });

  const contacts: Contact[] = [];
  const skipped: CorruptRecord[] = [];
  let done = 0;
  let after: string | null = null;
  for (;;) {
    const collection =
      after === null ? database.contacts.orderBy(':id') : database.contacts.where(':id').above(after);
    const rows: unknown[] = await collection.limit(chunkSize).toArray();
    if (rows.length === 0) break;
    // Rows come in primary key order and the key is the row's own id (an inline key).
    after = rowKey('contacts', rows[rows.length - 1]);
    const { valid, corrupt } = sortRows('contacts', rows);
    contacts.push(...valid);
    skipped.push(...corrupt);
    done += rows.length;
    // Other tabs may add contacts meanwhile: the total never reads less than what was read.
    onProgress?.({ done, total: Math.max(total, done) });
    if (rows.length < chunkSize) break;
  }
  for (const record of skipped) reportCorruptRecord(database, record);

  const collator = new Intl.Collator(locales, { sensitivity: 'base', numeric: true });
  contacts.sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    contacts,
    accounts: new Map(accountList.map((account) => [account.id, account])),
    ladder,
    skipped,
  };
}
