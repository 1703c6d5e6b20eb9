/**
 * Finding a contact by what the user types: the start of their name, of an
 * email address, of a LinkedIn profile slug, or of their account's name.
 * Every branch is an index range read with a limit (contacts 'name',
 * '*emails', '*linkedinSlugs'; accounts 'name'), so a search costs the same at
 * 50,000 contacts as at 50. A word inside a name ("Smith" in "Jane Smith")
 * is not indexed and is not found by name; the slug (jane-smith) often is.
 */
import { db, type RapportDatabase } from './database';
import { keepValid } from './read';
import type { Contact } from './schema';

export type SearchMatch = 'name' | 'email' | 'linkedin' | 'account';

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
}

export const DEFAULT_SEARCH_LIMIT = 20;
/** Longer queries cannot match any indexed value (names are capped at 200 characters). */
const MAX_QUERY = 200;

/**
 * Contacts matching `query`, names first then emails, slugs and account
 * names, each contact once, at most `limit`. An empty query finds nobody.
 */
export async function searchContacts(
  query: string,
  { limit = DEFAULT_SEARCH_LIMIT }: SearchOptions = {},
  database: RapportDatabase = db,
): Promise<ContactHit[]> {
  const text = query.trim().slice(0, MAX_QUERY);
  if (text.length === 0 || limit <= 0) return [];
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
    const hits = [...found.values()].slice(0, limit);

    const accountIds = [...new Set(hits.map((hit) => hit.contact.accountId).filter((id) => id !== null))];
    const names = new Map(matchingAccounts.map((account) => [account.id, account.name]));
    const missing = accountIds.filter((id) => !names.has(id));
    if (missing.length > 0) {
      const rows = (await database.accounts.bulkGet(missing)).filter((row) => row !== undefined);
      for (const account of keepValid(database, 'accounts', rows)) names.set(account.id, account.name);
    }
    return hits.map(({ contact, matched }) => ({
      contactId: contact.id,
      name: contact.name,
      headline: contact.headline ?? null,
      accountId: contact.accountId,
      accountName: contact.accountId === null ? null : (names.get(contact.accountId) ?? null),
      levelId: contact.levelId,
      matched,
    }));
  });
}

/** Accounts whose name starts with `query` (case-insensitive), alphabetical, at most `limit`. */
export async function searchAccounts(
  query: string,
  { limit = DEFAULT_SEARCH_LIMIT }: SearchOptions = {},
  database: RapportDatabase = db,
): Promise<Array<{ accountId: string; name: string }>> {
  const text = query.trim().slice(0, MAX_QUERY);
  if (text.length === 0 || limit <= 0) return [];
  const rows = await database.accounts.where('name').startsWithIgnoreCase(text).limit(limit).toArray();
  return keepValid(database, 'accounts', rows).map((account) => ({
    accountId: account.id,
    name: account.name,
  }));
}
