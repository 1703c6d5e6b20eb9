import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue } from 'react';
import { db, type RapportDatabase } from '../db/database';
import { searchContacts, type ContactHit } from '../db/search';

export interface ContactSearchState {
  /** The latest answer, possibly to an earlier query; undefined before the first. */
  hits: ContactHit[] | undefined;
  /** Whether the answer to the query as typed now is still on its way. */
  searching: boolean;
}

/**
 * Contacts matching `query`, live. While a newer query is searched (a word
 * inside a name may wait for every name to be read, over a second at
 * 50,000 contacts), the earlier answer stays and `searching` says so.
 */
export function useContactSearch(
  query: string,
  limit: number,
  database: RapportDatabase = db,
): ContactSearchState {
  const deferred = useDeferredValue(query);
  const answer = useLiveQuery(
    async () => ({ query: deferred, hits: await searchContacts(deferred, { limit }, database) }),
    [deferred, limit, database],
  );
  return { hits: answer?.hits, searching: answer?.query !== query };
}
