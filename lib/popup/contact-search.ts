/**
 * "Search anyone else" in the share picker: contacts by name, email, LinkedIn
 * slug or account name through the shared indexed search (lib/db/search.ts);
 * when that finds too few, a scan that stops as soon as it has enough adds a
 * word inside a name ("smith" in "Dana Smith"), which no index holds.
 */
import { db, type RapportDatabase } from '../db/database';
import { searchContacts } from '../db/search';
import { loadReminderPeople, type ReminderPerson } from './reminder-data';

export const SEARCH_LIMIT = 8;
const MIN_QUERY = 2;

/**
 * The ids of up to `limit` contacts matching `query`. The scan for a word
 * inside a name reads every contact when few match (over a second at 50,000
 * contacts): `signal` stops it, and the search then fails with its reason.
 */
export async function searchContactIds(
  query: string,
  limit: number,
  database: RapportDatabase = db,
  signal?: AbortSignal,
): Promise<string[]> {
  const q = query.trim().toLowerCase();
  if (q.length < MIN_QUERY) return [];
  const ids = (await searchContacts(q, { limit }, database)).map((hit) => hit.contactId);
  signal?.throwIfAborted();
  if (ids.length < limit) {
    const found = new Set(ids);
    const wordInside = await database.contacts
      .filter((row) => {
        // Thrown inside the cursor's walk, which ends it.
        signal?.throwIfAborted();
        return (
          !found.has(row.id) &&
          typeof row.name === 'string' &&
          row.name
            .toLowerCase()
            .split(/\s+/)
            .some((word) => word.startsWith(q))
        );
      })
      .limit(limit - ids.length)
      .primaryKeys();
    ids.push(...wordInside);
  }
  return ids.slice(0, limit);
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
