/**
 * "Search anyone else" in the share picker: contacts by name, email or
 * account name. Indexed prefix lookups first (the name, emails and account
 * name indexes); when those find too few, a scan that stops as soon as it
 * has enough finds a word inside a name ("smith" in "Dana Smith").
 */
import { db, type RapportDatabase } from '../db/database';
import { loadReminderPeople, type ReminderPerson } from './reminder-data';

export const SEARCH_LIMIT = 8;
const MIN_QUERY = 2;

export async function searchContactIds(
  query: string,
  limit: number,
  database: RapportDatabase = db,
): Promise<string[]> {
  const q = query.trim().toLowerCase();
  if (q.length < MIN_QUERY) return [];
  return database.transaction('r', [database.contacts, database.accounts], async () => {
    const [byName, byEmail, accounts] = await Promise.all([
      database.contacts.where('name').startsWithIgnoreCase(q).limit(limit).primaryKeys(),
      database.contacts.where('emails').startsWithIgnoreCase(q).limit(limit).primaryKeys(),
      database.accounts.where('name').startsWithIgnoreCase(q).limit(limit).primaryKeys(),
    ]);
    const ids = [...new Set([...byName, ...byEmail])];
    if (accounts.length > 0 && ids.length < limit) {
      const inAccounts = await database.contacts
        .where('accountId')
        .anyOf(accounts)
        .limit(limit - ids.length)
        .primaryKeys();
      for (const id of inAccounts) if (!ids.includes(id)) ids.push(id);
    }
    if (ids.length < limit) {
      const found = new Set(ids);
      const wordInside = await database.contacts
        .filter(
          (row) =>
            !found.has(row.id) &&
            typeof row.name === 'string' &&
            row.name
              .toLowerCase()
              .split(/\s+/)
              .some((word) => word.startsWith(q)),
        )
        .limit(limit - ids.length)
        .primaryKeys();
      ids.push(...wordInside);
    }
    return ids.slice(0, limit);
  });
}

/** The people matching `query`, best matches (name and email prefixes) first. */
export async function searchPeople(query: string, database: RapportDatabase = db): Promise<ReminderPerson[]> {
  const ids = await searchContactIds(query, SEARCH_LIMIT, database);
  const people = await loadReminderPeople(ids, database);
  return ids.flatMap((id) => {
    const person = people.get(id);
    return person ? [person] : [];
  });
}
