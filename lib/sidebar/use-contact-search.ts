import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue } from 'react';
import { db, type RapportDatabase } from '../db/database';
import { searchContacts, type ContactHit } from '../db/search';

/** Contacts matching `query`, live; undefined while the first answer is on its way. */
export function useContactSearch(
  query: string,
  limit: number,
  database: RapportDatabase = db,
): ContactHit[] | undefined {
  const deferred = useDeferredValue(query);
  return useLiveQuery(() => searchContacts(deferred, { limit }, database), [deferred, limit, database]);
}
