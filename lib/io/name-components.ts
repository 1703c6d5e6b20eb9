/**
 * A vCard's N (family; given; additional; prefixes; suffixes) guessed from
 * a name as a person wrote it. Rapport keeps one name, as LinkedIn and email
 * show it, so the parts are guessed; FN always holds the name exactly as
 * written, and an address book shows FN.
 */
import type { NameComponents } from './vcard';

/** Titles written before a name. */
const PREFIXES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame']);

/** Suffixes that end a name even without a comma before them: none of them is also a family name. */
const CLOSING_SUFFIXES = new Set([
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'phd',
  'mba',
  'md',
  'cpa',
  'cfa',
  'pmp',
  'esq',
]);

/**
 * The degrees and credentials people add after a comma on LinkedIn ("Jane
 * Doe, MBA"); some are family names too (Do, Ma), so only after a comma.
 */
const SUFFIXES_AFTER_COMMA = new Set([
  ...CLOSING_SUFFIXES,
  'v', 'do', 'dds', 'jd', 'llm', 'msc', 'ms', 'ma', 'bsc', 'bs', 'ba', 'meng', 'beng', 'cfp', 'cima', 'acca',
  'pe', 'rn', 'np', 'cissp', 'cisa', 'cism', 'shrm-cp', 'shrm-scp', 'phr', 'sphr', 'mbe', 'obe', 'cbe', 'frsa',
]); // prettier-ignore

/** Matched without case or a final dot: "Jr." and "JR" alike. */
const bare = (word: string): string => word.toLowerCase().replace(/\.$/, '');
const closesName = (word: string): boolean => CLOSING_SUFFIXES.has(bare(word));
const followsComma = (word: string): boolean => SUFFIXES_AFTER_COMMA.has(bare(word));

const components = (
  family: string,
  given: string,
  prefixes: readonly string[],
  suffixes: readonly string[],
): NameComponents => ({
  family: [family],
  given: [given],
  additional: [''],
  prefixes: prefixes.length > 0 ? [...prefixes] : [''],
  suffixes: suffixes.length > 0 ? [...suffixes] : [''],
});

const wordsOf = (text: string): string[] => text.split(/\s+/).filter((word) => word !== '');

/**
 * - Suffixes and credentials at the end ("John Smith Jr.") or after a comma
 *   ("Jane Doe, MBA") go to suffixes, and a title before the name ("Dr.")
 *   to prefixes. Other words after a comma describe the person, not the
 *   name, and are left out of N.
 * - "Family, Given" (one comma, a short family part, and no suffix right
 *   after the comma) is read that way: "Doe, Jane".
 * - Otherwise the last word is the family name and the words before it the
 *   given name ("Ana María Pérez" → Pérez; Ana María).
 * - A name of one word (or written without spaces, as Chinese or Japanese
 *   names often are) goes whole into the given name, so nothing is split
 *   wrongly.
 */
export function guessNameComponents(name: string): NameComponents {
  const [head = '', ...afterCommas] = name.split(',');
  const words = wordsOf(head);
  const tail = afterCommas.flatMap(wordsOf);

  if (
    afterCommas.length === 1 &&
    words.length >= 1 &&
    words.length <= 2 &&
    tail.length > 0 &&
    !followsComma(tail[0]!)
  ) {
    const given = [...tail];
    const suffixes: string[] = [];
    while (given.length > 1 && followsComma(given[given.length - 1]!)) suffixes.unshift(given.pop()!);
    return components(words.join(' '), given.join(' '), [], suffixes);
  }

  const suffixes: string[] = [];
  while (words.length > 2 && closesName(words[words.length - 1]!)) suffixes.unshift(words.pop()!);
  suffixes.push(...tail.filter(followsComma));
  const prefixes: string[] = [];
  while (words.length > 1 && PREFIXES.has(bare(words[0]!))) prefixes.push(words.shift()!);

  // A title and one word: "Dr. Okafor" is a family name.
  if (words.length === 1 && prefixes.length > 0) return components(words[0]!, '', prefixes, suffixes);
  if (words.length <= 1) return components('', words[0] ?? '', prefixes, suffixes);
  return components(words[words.length - 1]!, words.slice(0, -1).join(' '), prefixes, suffixes);
}
