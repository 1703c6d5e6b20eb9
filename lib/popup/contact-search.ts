/**
 * "Search anyone else" in the share picker: contacts by name, email, LinkedIn
 * slug, account name or a word inside a name, through the shared search
 * (lib/db/search.ts).
 */
import { db, type RapportDatabase } from '../db/database';
import { searchContacts } from '../db/search';
import { loadReminderPeople, type ReminderPerson } from './reminder-data';

export const SEARCH_LIMIT = 8;
const MIN_QUERY = 2;

/**
 * The ids of up to `limit` contacts matching `query`. A word inside a name
 * may need every name read (over a second at 50,000 contacts): `signal`
 * stops the search after that read, and it then fails with its reason.
 */
export async function searchContactIds(
  query: string,
  limit: number,
  database: RapportDatabase = db,
  signal?: AbortSignal,
): Promise<string[]> {
  const q = query.trim();
  if (q.length < MIN_QUERY) return [];
  const hits = await searchContacts(q, { limit, ...(signal ? { signal } : {}) }, database);
  return hits.map((hit) => hit.contactId);
}

/** The people matching `query`, indexed matches (name, email, slug, account) first. */
export async function searchPeople(
  query: string,
  database: RapportDatabase = db,
  signal?: AbortSignal,
): Promise<ReminderPerson[]> {
  const ids = await searchContactIds(query, SEARCH_LIMIT, database, signal);
  const people = await loadReminderPeople(ids, database);
  return ids.flatMap((id) => {
    const person = people.get(id);
    return person ? [person] : [];
  });
}
