/**
 * Turning free text into comparable words, locally and deterministically:
 * lower case, accents folded (café = cafe), split on anything that is not a
 * letter or digit, common English and web words dropped, and plurals folded
 * (conferences = conference) so both sides of a comparison meet.
 */

import { searchKey } from './search-key';

const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be been before being below between both but by ' +
    'can could did do does doing down during each few for from further get got had has have having he her here hers him ' +
    'his how i if in into is it its just me more most my no nor not now of off on once only or other our ours out over ' +
    'own per same she should so some such than that the their theirs them then there these they this those through to ' +
    'too under until up us very via vs was we were what when where which while who whom why will with would you your ' +
    // Web addresses: scheme, common hosts and page-name noise.
    'http https www com org net html htm php aspx index amp'
  ).split(' '),
);

/** Normalised words of a text, stop words and bare numbers left out, in order of appearance. */
export function words(text: string): string[] {
  const result: string[] = [];
  for (const raw of searchKey(text).split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length < 2 || /^\p{N}+$/u.test(raw) || STOP_WORDS.has(raw)) continue;
    const word = singular(raw);
    if (!STOP_WORDS.has(word)) result.push(word);
  }
  return result;
}

/** The words of a web address: host name (without www and top-level domain) and path; the query is tracking noise. */
export function urlWords(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return words(url);
  }
  const hostLabels = parsed.hostname.split('.').slice(0, -1);
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: keep the path as it is written.
  }
  return words(`${hostLabels.join(' ')} ${path}`);
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}
