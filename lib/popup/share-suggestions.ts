/**
 * Who the user might have shared the page being read with, for "Shared this
 * with…": people Rapport recognised on the page itself, people whose
 * interests, industry or company match the page (with what matched: the
 * interest, industry or company), and the people most recently contacted. A person shows once, in
 * the first of those sections they belong to.
 */
import { db, type RapportDatabase } from '../db/database';
import type { Account, Contact } from '../db/schema';
import { matchInterests, type InterestCandidate, type PageContext } from '../domain/interest-matching';
import { loadReminderPeople, type ReminderPerson } from './reminder-data';

export const SUGGESTIONS_PER_SECTION = 5;
/** How far back the recent gestures are scanned for distinct people. */
const RECENT_GESTURE_SCAN = 200;

export type SuggestionSource = 'on-page' | 'interest' | 'recent';

export interface ShareSuggestion {
  person: ReminderPerson;
  source: SuggestionSource;
  /**
   * For interest matches: what matched, as the user wrote it (an interest, the
   * account's industry or company), e.g. ["Kubernetes security"].
   */
  matchedTerms: string[];
}

/** The people most recently given, asked or told something, newest first (distinct). */
export async function recentlyContactedIds(
  limit: number,
  now: number,
  database: RapportDatabase = db,
): Promise<string[]> {
  const rows = await database.gestures
    .where('at')
    .belowOrEqual(now)
    .reverse()
    .limit(RECENT_GESTURE_SCAN)
    .toArray();
  const ids: string[] = [];
  for (const row of rows) {
    if (typeof row.contactId === 'string' && !ids.includes(row.contactId)) ids.push(row.contactId);
    if (ids.length >= limit) break;
  }
  return ids;
}

function asCandidate(row: Contact, accounts: ReadonlyMap<string, Account>): InterestCandidate | null {
  // Rows are read raw for speed; anything not shaped like a contact is skipped (and is validated
  // again, with reporting, when the matches are loaded for display).
  if (typeof row.id !== 'string' || typeof row.name !== 'string' || !Array.isArray(row.interests))
    return null;
  const account = row.accountId === null ? null : (accounts.get(row.accountId) ?? null);
  if (row.interests.length === 0 && account === null) return null;
  return { contact: row, account };
}

/**
 * Interest matches for the page. Interests have no index, so this scans the
 * contacts once, without validating every row; it runs only when the picker
 * is open, after the popup has painted.
 */
export async function interestMatches(
  page: PageContext,
  limit: number,
  database: RapportDatabase = db,
): Promise<{ contactId: string; terms: string[] }[]> {
  const [contacts, accounts] = await database.transaction('r', [database.contacts, database.accounts], () =>
    Promise.all([database.contacts.toArray(), database.accounts.toArray()]),
  );
  const accountsById = new Map(accounts.map((account) => [account.id, account]));
  const candidates: InterestCandidate[] = [];
  for (const row of contacts) {
    const candidate = asCandidate(row, accountsById);
    if (candidate) candidates.push(candidate);
  }
  return matchInterests(page, candidates, limit).map((match) => ({
    contactId: match.contactId,
    terms: [...new Set(match.matches.map((term) => term.term))],
  }));
}

export interface SuggestionInputs {
  /** Contact ids of the known people Rapport saw on the tab, in page order. */
  onPageIds: readonly string[];
  page: PageContext;
  now: number;
}

/** The three sections, deduplicated, each at most SUGGESTIONS_PER_SECTION people. */
export async function loadShareSuggestions(
  { onPageIds, page, now }: SuggestionInputs,
  database: RapportDatabase = db,
): Promise<ShareSuggestion[]> {
  const [interests, recent] = await Promise.all([
    interestMatches(page, SUGGESTIONS_PER_SECTION * 2, database),
    recentlyContactedIds(SUGGESTIONS_PER_SECTION * 2, now, database),
  ]);
  const picked: { id: string; source: SuggestionSource; words: string[] }[] = [];
  const seen = new Set<string>();
  const take = (source: SuggestionSource, items: readonly { id: string; words: string[] }[]) => {
    let count = 0;
    for (const item of items) {
      if (count >= SUGGESTIONS_PER_SECTION) break;
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      picked.push({ ...item, source });
      count++;
    }
  };
  take(
    'on-page',
    onPageIds.map((id) => ({ id, words: [] })),
  );
  take(
    'interest',
    interests.map((m) => ({ id: m.contactId, words: m.terms })),
  );
  take(
    'recent',
    recent.map((id) => ({ id, words: [] })),
  );
  const people = await loadReminderPeople(
    picked.map((item) => item.id),
    database,
  );
  return picked.flatMap((item) => {
    const person = people.get(item.id);
    return person ? [{ person, source: item.source, matchedTerms: item.words }] : [];
  });
}
