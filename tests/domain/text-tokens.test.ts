import { describe, expect, it } from 'vitest';
import { urlWords, words } from '../../lib/domain/text-tokens';

describe('words', () => {
  it('lower-cases, splits on punctuation and drops common words', () => {
    expect(words('The Future of Electric Sailing, and why it matters!')).toEqual([
      'future',
      'electric',
      'sailing',
      'matter',
    ]);
  });

  it('folds accents and plurals so that both sides of a comparison meet', () => {
    expect(words('Cafés, Conferences, Batteries, Classes')).toEqual([
      'cafe',
      'conference',
      'battery',
      'class',
    ]);
  });

  it('keeps words that only look plural', () => {
    expect(words('business analysis campus')).toEqual(['business', 'analysis', 'campus']);
  });

  it('drops bare numbers and single letters but keeps short terms like AI', () => {
    expect(words('AI in 2025: a 5G story')).toEqual(['ai', '5g', 'story']);
  });

  it('reads letters of any script', () => {
    expect(words('Fußball und Ölmarkt')).toEqual(['fußball', 'und', 'olmarkt']);
  });
});

describe('urlWords', () => {
  it('reads the host name without www and top-level domain, and the path, but not the query', () => {
    expect(urlWords('https://www.sailing-news.com/2025/06/electric-boats.html?utm_source=feed')).toEqual([
      'sailing',
      'new',
      'electric',
      'boat',
    ]);
  });

  it('decodes the path', () => {
    expect(urlWords('https://example.org/caf%C3%A9-culture')).toEqual(['example', 'cafe', 'culture']);
  });

  it('reads something that is not a URL as plain text', () => {
    expect(urlWords('not a url at all')).toEqual(['url']);
  });
});
