/**
 * Who would value what the user is reading: contacts whose interests, whose
 * account's industry or whose company match the page's title, description
 * or address, best first, with the words that matched. Everything happens
 * here on the machine; nothing about the page or the contacts leaves it.
 *
 * Scoring: a page word weighs 3 in the title, 2 in the description and 1 in
 * the address (its best place counts). A term (an interest, an industry, a
 * company name) matches when all its words are on the page, and scores the
 * sum of those words' weights, so a specific multi-word match beats a
 * single common word. Company matches count most (a page about their own
 * company), industry least (it is broad). The page's host being one of the
 * account's domains is a company match as strong as a title word.
 */
import type { Account, Contact } from '../db/schema';
import { compareText } from './compare-text';
import { urlWords, words } from './text-tokens';

export interface PageContext {
  title?: string;
  description?: string;
  url?: string;
}

export interface InterestCandidate {
  contact: Pick<Contact, 'id' | 'name' | 'interests' | 'left'>;
  account: Pick<Account, 'name' | 'industry' | 'domains'> | null;
}

export type MatchSource = 'interest' | 'industry' | 'company';

export interface TermMatch {
  source: MatchSource;
  /** The interest, industry, company name or domain as the user wrote it. */
  term: string;
  /** Its normalised words that were found on the page. */
  words: string[];
}

export interface InterestMatch {
  contactId: string;
  score: number;
  matches: TermMatch[];
}

const FIELD_WEIGHT = { title: 3, description: 2, url: 1 } as const;
const SOURCE_WEIGHT: Record<MatchSource, number> = { interest: 1, industry: 0.5, company: 1.5 };
/** Legal forms say nothing about what a company does. */
const LEGAL_FORMS = new Set(
  'inc ltd llc gmbh corp corporation co company plc ag sa ab bv nv oy limited'.split(' '),
);

export const DEFAULT_MATCH_LIMIT = 10;

export function matchInterests(
  page: PageContext,
  candidates: readonly InterestCandidate[],
  limit = DEFAULT_MATCH_LIMIT,
): InterestMatch[] {
  const pageWords = weighPage(page);
  const host = pageHost(page.url);
  const results: (InterestMatch & { name: string })[] = [];
  for (const { contact, account } of candidates) {
    if (contact.left) continue;
    const matches: TermMatch[] = [];
    let score = 0;
    const consider = (source: MatchSource, term: string, termWords: string[]) => {
      const weight = termScore(termWords, pageWords);
      if (weight === 0 || matches.some((m) => m.source === source && m.term === term)) return;
      matches.push({ source, term, words: termWords });
      score += weight * SOURCE_WEIGHT[source];
    };
    for (const interest of contact.interests) consider('interest', interest, unique(words(interest)));
    if (account?.industry) consider('industry', account.industry, unique(words(account.industry)));
    if (account) {
      consider('company', account.name, unique(words(account.name).filter((word) => !LEGAL_FORMS.has(word))));
      const domain =
        host === null ? undefined : account.domains.find((d) => host === d || host.endsWith(`.${d}`));
      if (domain) {
        matches.push({ source: 'company', term: domain, words: [domain] });
        score += FIELD_WEIGHT.title * SOURCE_WEIGHT.company;
      }
    }
    if (score > 0) results.push({ contactId: contact.id, score, matches, name: contact.name });
  }
  return results
    .sort((a, b) => b.score - a.score || compareText(a.name, b.name) || compareText(a.contactId, b.contactId))
    .slice(0, limit)
    .map(({ contactId, score, matches }) => ({ contactId, score, matches }));
}

/** Each page word with the weight of the most prominent place it appears in. */
function weighPage(page: PageContext): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (list: string[], weight: number) => {
    for (const word of list) weights.set(word, Math.max(weights.get(word) ?? 0, weight));
  };
  add(words(page.title ?? ''), FIELD_WEIGHT.title);
  add(words(page.description ?? ''), FIELD_WEIGHT.description);
  add(page.url ? urlWords(page.url) : [], FIELD_WEIGHT.url);
  return weights;
}

/** Sum of the words' page weights when every word is on the page, else 0. */
function termScore(termWords: readonly string[], pageWords: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const word of termWords) {
    const weight = pageWords.get(word);
    if (weight === undefined) return 0;
    sum += weight;
  }
  return sum;
}

function pageHost(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
