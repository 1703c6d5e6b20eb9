/**
 * What the contact exports (CSV, vCard) need from the database: every valid
 * contact (or only the chosen ones), the accounts' names and the ladder.
 * Contacts are read in chunks (of primary keys, or of the chosen ids through
 * one bulkGet each), each chunk its own short read, so 50,000 contacts never
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
  /**
   * Contacts read so far (damaged ones included; of chosen ones, those gone
   * meanwhile too) and the number stored (or chosen).
   */
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
  /** Only these contacts (an id with no contact behind it is passed over); every contact when left out. */
  contactIds?: readonly string[];
  onProgress?: (progress: ExportProgress) => void;
  chunkSize?: number;
  /** Locale(s) for the name order; the browser's by default. */
  locales?: string | string[];
}

/** How many contacts are stored (damaged ones included): zero means there is nothing to export. */
export function countContacts(database: RapportDatabase = db): Promise<number> {
  return database.contacts.count();
}

/** One chunk's stored rows, and how many contacts it stands for in the progress. */
interface RowChunk {
  rows: unknown[];
  read: number;
}

/** Every stored contact, a chunk of primary keys at a time. */
async function* allContactRows(database: RapportDatabase, chunkSize: number): AsyncGenerator<RowChunk> {
  let after: string | null = null;
  for (;;) {
    const collection =
      after === null ? database.contacts.orderBy(':id') : database.contacts.where(':id').above(after);
    const rows: unknown[] = await collection.limit(chunkSize).toArray();
    if (rows.length === 0) return;
    // Rows come in primary key order and the key is the row's own id (an inline key).
    after = rowKey('contacts', rows[rows.length - 1]);
    yield { rows, read: rows.length };
    if (rows.length < chunkSize) return;
  }
}

/** The chosen contacts still stored, one bulkGet per chunk of ids. */
async function* chosenContactRows(
  database: RapportDatabase,
  contactIds: readonly string[],
  chunkSize: number,
): AsyncGenerator<RowChunk> {
  for (let start = 0; start < contactIds.length; start += chunkSize) {
    const ids = contactIds.slice(start, start + chunkSize);
    const rows = (await database.contacts.bulkGet(ids)).filter((row) => row !== undefined);
    yield { rows, read: ids.length };
  }
}

export async function loadContactsForExport(options: LoadOptions = {}): Promise<ContactsForExport> {
  const { database = db, onProgress, chunkSize = EXPORT_CHUNK, locales } = options;
  // An id chosen twice would be written twice.
  const chosen = options.contactIds && [...new Set(options.contactIds)];
  const [total, accountList, ladder] = await Promise.all([
    chosen ? chosen.length : database.contacts.count(),
    listRecords('accounts', database),
    getSetting(ladderSetting, database),
  ]);
  onProgress?.({ done: 0, total });

  const contacts: Contact[] = [];
  const skipped: CorruptRecord[] = [];
  let done = 0;
  const chunks = chosen
    ? chosenContactRows(database, chosen, chunkSize)
    : allContactRows(database, chunkSize);
  for await (const { rows, read } of chunks) {
    const { valid, corrupt } = sortRows('contacts', rows);
    contacts.push(...valid);
    skipped.push(...corrupt);
    done += read;
    // Other tabs may add contacts meanwhile: the total never reads less than what was read.
    onProgress?.({ done, total: Math.max(total, done) });
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
