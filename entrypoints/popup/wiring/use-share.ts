/**
 * The share picker's data: the people Rapport sees on the page's tab (from
 * the overlay, live; "Done" also reads them), suggestions for the page, and
 * search results.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useRef, useState } from 'react';
import type { RapportDatabase } from '../../../lib/db/database';
import { watchPagePeople, type PagePerson } from '../../../lib/messaging/page-people';
import { searchPeople } from '../../../lib/popup/contact-search';
import type { ReminderPerson } from '../../../lib/popup/reminder-data';
import { loadShareSuggestions, type ShareSuggestion } from '../../../lib/popup/share-suggestions';

const noPeople: PagePerson[] = [];

/** The people Rapport sees on the tab, in page order; [] without a tab. */
export function usePagePeople(tabId: number | null): PagePerson[] {
  const [people, setPeople] = useState<{ tabId: number | null; list: PagePerson[] }>({
    tabId: null,
    list: noPeople,
  });
  useEffect(() => {
    if (tabId === null) return;
    return watchPagePeople(tabId, (list) => setPeople({ tabId, list }));
  }, [tabId]);
  return people.tabId === tabId ? people.list : noPeople;
}

export function useShareSuggestions(
  enabled: boolean,
  page: { url: string; title: string } | null,
  pagePeople: readonly PagePerson[],
  database: RapportDatabase,
  now: () => number,
): ShareSuggestion[] | undefined {
  // The known people on the page, once each, as a key that changes only when they do.
  const onPageKey = [
    ...new Set(pagePeople.flatMap((person) => (person.contactId === null ? [] : [person.contactId]))),
  ].join('\n');
  const url = page?.url ?? null;
  const title = page?.title ?? '';
  return useLiveQuery(async () => {
    if (!enabled || url === null) return undefined;
    try {
      return await loadShareSuggestions(
        { onPageIds: onPageKey === '' ? [] : onPageKey.split('\n'), page: { url, title }, now: now() },
        database,
      );
    } catch {
      return [];
    }
  }, [enabled, url, title, onPageKey, database, now]);
}

/** The people found for `query`. */
export interface ContactSearchAnswer {
  query: string;
  people: ReminderPerson[];
}

/**
 * The answer for the latest query typed that has one: while a newer query
 * is searched, the answer for an earlier one (compare `query`), undefined
 * before the first.
 */
export function useContactSearch(query: string, database: RapportDatabase): ContactSearchAnswer | undefined {
  const deferred = useDeferredValue(query.trim());
  // A search for a word inside a name reads every contact's name when they are not kept yet (after
  // a write of accounts, say), over a second at 50,000 contacts. Searches begun meanwhile share that
  // read (lib/db/contact-names.ts); once the user has typed on, the search for the earlier query
  // stops after it instead of looking through the names. Runs of the same query again (after a
  // write) share its signal.
  const latest = useRef<{ query: string; search: AbortController } | null>(null);
  return useLiveQuery(async () => {
    if (deferred.length < 2) return { query: deferred, people: [] };
    if (latest.current?.query !== deferred) {
      latest.current?.search.abort();
      latest.current = { query: deferred, search: new AbortController() };
    }
    try {
      return {
        query: deferred,
        people: await searchPeople(deferred, database, latest.current.search.signal),
      };
    } catch {
      // Also a stopped search: its answer is no longer awaited.
      return { query: deferred, people: [] };
    }
  }, [deferred, database]);
}
