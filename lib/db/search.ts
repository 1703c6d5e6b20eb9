/**
 * Finding a contact by what the user types: the start of their name, of an
 * email address, of a LinkedIn profile slug, or of their account's name,
 * each an index range read with a limit (contacts 'name', '*emails',
 * '*linkedinSlugs'; accounts 'name'), so these cost the same at 50,000
 * contacts as at 50. When they find fewer than asked for, a word inside a
 * name ("Smith" in "Jane Smith"), which no index holds, is looked for in
 * every contact's name kept as one value (contact-names.ts).
 */
import { compareText } from '../domain/compare-text';
import { nameHasWords, typedWords } from '../domain/name-words';
import { searchKey } from '../domain/search-key';
import { contactIdsByNameWords } from './contact-names';
import { db, type RapportDatabase } from './database';
import { keepValid } from './read';
import type { Contact } from './schema';

/** `word`: a word inside the name, not its start. */
export type SearchMatch = 'name' | 'email' | 'linkedin' | 'account' | 'word';

export interface ContactHit {
  contactId: string;
  name: string;
  headline: string | null;
  accountId: string | null;
  accountName: string | null;
  levelId: string;
  /** What the query matched first (name before email before slug before account). */
  matched: SearchMatch;
}

export interface SearchOptions {
  /** The most hits returned; 20 unless told. */
  limit?: number;
  /** Stops the search after its indexed step and after its word step, which may read every name; it then fails with the signal's reason. */
  signal?: AbortSignal;
}

export const DEFAULT_SEARCH_LIMIT = 20;
/** Longer queries cannot match any indexed value (names are capped at 200 characters). */
const MAX_QUERY = 200;
/** Shorter queries match too many words to be worth reading every name for. */
const MIN_WORD_QUERY = 2;

/**
 * Contacts matching `query`, names first then emails, slugs, account names
 * and words inside names, each contact once, at most `limit`. An empty query
 * finds nobody.
 */
export async function searchContacts(
  query: string,
  { limit = DEFAULT_SEARCH_LIMIT, signal }: SearchOptions = {},
  database: RapportDatabase = db,
): Promise<ContactHit[]> {
  const text = query.trim().slice(0, MAX_QUERY);
  if (text.length === 0 || limit <= 0) return [];
  const indexed = await indexedHits(text, limit, database);
  signal?.throwIfAborted();
  // An address is matched whole by the email branch; its parts are not name words.
  if (indexed.length >= limit || text.length < MIN_WORD_QUERY || text.includes('@')) return indexed;
  const found = new Set(indexed.map((hit) => hit.contactId));
  const ids = await contactIdsByNameWords(text, limit - indexed.length, found, database);
  signal?.throwIfAborted();
  if (ids.length === 0) return indexed;
  const byWord = await database.transaction('r', [database.contacts, database.accounts], async () => {
    const rows = (await database.contacts.bulkGet(ids)).filter((row) => row !== undefined);
    const contacts = keepValid(database, 'contacts', rows);
    return describeHits(
      contacts.map((contact) => ({ contact, matched: 'word' as const })),
      new Map(),
      database,
    );
  });
  return [...indexed, ...byWord];
}

/** The contacts the indexes find for `text`, in the order searchContacts gives them. */
function indexedHits(text: string, limit: number, database: RapportDatabase): Promise<ContactHit[]> {
  const lower = text.toLowerCase();
  return database.transaction('r', [database.contacts, database.accounts], async () => {
    const [byName, byEmail, bySlug, accounts] = await Promise.all([
      database.contacts.where('name').startsWithIgnoreCase(text).limit(limit).toArray(),
      database.contacts.where('emails').startsWith(lower).limit(limit).toArray(),
      database.contacts.where('linkedinSlugs').startsWith(lower).limit(limit).toArray(),
      database.accounts.where('name').startsWithIgnoreCase(text).limit(limit).toArray(),
    ]);
    const matchingAccounts = keepValid(database, 'accounts', accounts);
    const byAccount =
      matchingAccounts.length === 0
        ? []
        : await database.contacts
            .where('accountId')
            .anyOf(matchingAccounts.map((account) => account.id))
            .limit(limit)
            .toArray();

    const found = new Map<string, { contact: Contact; matched: SearchMatch }>();
    const add = (rows: unknown[], matched: SearchMatch) => {
      for (const contact of keepValid(database, 'contacts', rows)) {
        if (!found.has(contact.id)) found.set(contact.id, { contact, matched });
      }
    };
    // Names in alphabetical order (the index's order) before the rest.
    add(byName, 'name');
    add(byEmail, 'email');
    add(bySlug, 'linkedin');
    add(byAccount, 'account');
    const accountNames = new Map(matchingAccounts.map((account) => [account.id, account.name]));
    return describeHits([...found.values()].slice(0, limit), accountNames, database);
  });
}

/** The hits for `found`, with their accounts' names: from `accountNames` when there, else read. */
async function describeHits(
  found: ReadonlyArray<{ contact: Contact; matched: SearchMatch }>,
  accountNames: Map<string, string>,
  database: RapportDatabase,
): Promise<ContactHit[]> {
  const accountIds = [...new Set(found.map((hit) => hit.contact.accountId).filter((id) => id !== null))];
  const missing = accountIds.filter((id) => !accountNames.has(id));
  if (missing.length > 0) {
    const rows = (await database.accounts.bulkGet(missing)).filter((row) => row !== undefined);
    for (const account of keepValid(database, 'accounts', rows)) accountNames.set(account.id, account.name);
  }
  return found.map(({ contact, matched }) => ({
    contactId: contact.id,
    name: contact.name,
    headline: contact.headline ?? null,
    accountId: contact.accountId,
    accountName: contact.accountId === null ? null : (accountNames.get(contact.accountId) ?? null),
    levelId: contact.levelId,
    matched,
  }));
}

/**
 * Accounts whose name starts with `query` (case-insensitive), alphabetical,
 * then, when those are fewer than `limit`, accounts with the typed words
 * inside their name ("acme" finds "The Acme Group"), so that moving someone
 * to an account finds it before a second one is made. That step reads every
 * account (about 17 ms a thousand in Chromium): accounts are few next to
 * contacts.
 */
export async function searchAccounts(
  query: string,
  { limit = DEFAULT_SEARCH_LIMIT }: SearchOptions = {},
  database: RapportDatabase = db,
): Promise<Array<{ accountId: string; name: string }>> {
  const text = query.trim().slice(0, MAX_QUERY);
  if (text.length === 0 || limit <= 0) return [];
  const rows = await database.accounts.where('name').startsWithIgnoreCase(text).limit(limit).toArray();
  const found = keepValid(database, 'accounts', rows);
  const wanted = typedWords(searchKey(text));
  if (found.length < limit && text.length >= MIN_WORD_QUERY && wanted.length > 0) {
    const have = new Set(found.map((account) => account.id));
    const byWord = keepValid(database, 'accounts', await database.accounts.toArray())
      .filter((account) => !have.has(account.id))
      .map((account) => ({ account, key: searchKey(account.name) }))
      .filter(({ key }) => nameHasWords(key, wanted))
      .sort((a, b) => compareText(a.key, b.key));
    found.push(...byWord.slice(0, limit - found.length).map(({ account }) => account));
  }
  return found.map((account) => ({ accountId: account.id, name: account.name }));
}
