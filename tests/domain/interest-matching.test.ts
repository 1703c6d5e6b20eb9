import { describe, expect, it } from 'vitest';
import { matchInterests, type InterestCandidate } from '../../lib/domain/interest-matching';
import { account, contact } from './builders';

const candidate = (
  id: string,
  interests: string[],
  company: Partial<ReturnType<typeof account>> | null = null,
  overrides: Partial<ReturnType<typeof contact>> = {},
): InterestCandidate => ({
  contact: contact({ id, name: id, interests, ...overrides }),
  account: company === null ? null : account(company),
});

describe('matchInterests', () => {
  const page = {
    title: 'Electric sailing boats are coming to the Baltic',
    description: 'Battery makers bet on leisure marine markets.',
    url: 'https://news.example.com/marine/electric-sailing',
  };

  it('suggests contacts whose interests are on the page, best first, with the words that matched', () => {
    const results = matchInterests(page, [
      candidate('golfer', ['golf']),
      candidate('sailor', ['Sailing']),
      candidate('boater', ['electric boats', 'marine']),
    ]);
    expect(results).toEqual([
      {
        contactId: 'boater',
        score: 8,
        matches: [
          { source: 'interest', term: 'electric boats', words: ['electric', 'boat'] },
          { source: 'interest', term: 'marine', words: ['marine'] },
        ],
      },
      {
        contactId: 'sailor',
        score: 3,
        matches: [{ source: 'interest', term: 'Sailing', words: ['sailing'] }],
      },
    ]);
  });

  it('needs every word of a multi-word interest', () => {
    expect(matchInterests(page, [candidate('a', ['electric cars'])])).toEqual([]);
  });

  it('weighs the title above the description and the description above the address', () => {
    const results = matchInterests(page, [
      candidate('title', ['baltic']),
      candidate('description', ['leisure']),
      candidate('url', ['news']),
    ]);
    expect(results.map((r) => [r.contactId, r.score])).toEqual([
      ['title', 3],
      ['description', 2],
      ['url', 1],
    ]);
  });

  it("matches the account's industry and company name, leaving out legal forms", () => {
    const results = matchInterests({ title: 'Baltic Batteries Ltd opens a new plant' }, [
      candidate('maker', [], { name: 'Baltic Batteries Ltd', industry: 'Energy storage' }),
      candidate('rival', [], { name: 'Nordic Ltd', industry: 'Batteries' }),
    ]);
    expect(results).toEqual([
      {
        contactId: 'maker',
        score: 9,
        matches: [{ source: 'company', term: 'Baltic Batteries Ltd', words: ['baltic', 'battery'] }],
      },
      {
        contactId: 'rival',
        score: 1.5,
        matches: [{ source: 'industry', term: 'Batteries', words: ['battery'] }],
      },
    ]);
  });

  it("counts a page on the account's own domain as a company match", () => {
    const results = matchInterests({ url: 'https://blog.acme.com/launch' }, [
      candidate('insider', [], { name: 'Zenith', domains: ['acme.com'] }),
      candidate('outsider', [], { name: 'Zenith', domains: ['notacme.com'] }),
    ]);
    expect(results).toEqual([
      {
        contactId: 'insider',
        score: 4.5,
        matches: [{ source: 'company', term: 'acme.com', words: ['acme.com'] }],
      },
    ]);
  });

  it('leaves out contacts who have left', () => {
    expect(matchInterests(page, [candidate('gone', ['sailing'], null, { left: true })])).toEqual([]);
  });

  it('orders equal scores by name, and returns at most the limit', () => {
    const results = matchInterests(
      page,
      [candidate('b', ['sailing']), candidate('a', ['sailing']), candidate('c', ['sailing'])],
      2,
    );
    expect(results.map((r) => r.contactId)).toEqual(['a', 'b']);
  });

  it('finds nothing on an empty page', () => {
    expect(matchInterests({}, [candidate('a', ['sailing'])])).toEqual([]);
  });
});
