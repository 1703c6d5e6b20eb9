/**
 * "Search anyone else" in the share picker: contacts by name, email, LinkedIn
 * slug or account name through the shared indexed search (lib/db/search.ts);
 * when that finds too few, a word inside a name ("smith" in "Dana Smith",
 * "alvarez" in "Eduardo Álvarez"), which no index holds, from every
 * contact's name kept as one value (lib/db/contact-names.ts).
 */
import { loadContactNames } from '../db/contact-names';
import { db, type RapportDatabase } from '../db/database';
import { searchContacts } from '../db/search';
import { searchKey } from '../portfolio/contact-rows';
import { loadReminderPeople, type ReminderPerson } from './reminder-data';

export const SEARCH_LIMIT = 8;
const MIN_QUERY = 2;

/**
 * The ids of up to `limit` contacts matching `query`. The names are read
 * from every contact when they are not kept (over a second at 50,000
 * contacts): `signal` stops the search after that read, and it then fails
 * with its reason.
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
    const word = searchKey(q);
    const { ids: contactIds, names } = await loadContactNames(database);
    signal?.throwIfAborted();
    for (let i = 0; i < contactIds.length && ids.length < limit; i++) {
      const id = contactIds[i]!;
      if (!found.has(id) && names[i]!.split(/\s+/).some((part) => part.startsWith(word))) ids.push(id);
    }
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
