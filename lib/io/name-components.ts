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

/** Words that make what follows a comma a job, not a given name ("Jane Doe, Head of Sales"). */
const JOB_WORDS = new Set([
  'head', 'lead', 'manager', 'director', 'officer', 'founder', 'co-founder', 'president', 'partner', 'owner',
  'engineer', 'consultant', 'recruiter', 'sales', 'marketing', 'at', 'of', 'and', '&',
]); // prettier-ignore

/** Written in a script that puts the family name first (Chinese, Japanese, Korean). */
const FAMILY_FIRST = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * "van der Berg", "de la Cruz", "bin Salman": particles written in lower
 * case before a family name belong to it ("Van Morrison"'s Van does not).
 */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'la', 'le', 'ten', 'ter', 'zu', 'bin', 'al']); // prettier-ignore
const isParticle = (word: string): boolean => PARTICLES.has(word);

/**
 * Whether the text after a comma reads as the given name of "Family,
 * Given": a few words, none a job, none in capitals when the family part
 * is not (CEO, VP).
 */
function readsAsGiven(part: string[], family: string[]): boolean {
  if (part.length === 0 || part.length > 3) return false;
  const shouting = (word: string) => /^\p{Lu}{2,}$/u.test(word);
  const familyShouts = family.every(shouting);
  return part.every((word) => !JOB_WORDS.has(word.toLowerCase()) && (familyShouts || !shouting(word)));
}

/**
 * - A trailing remark in brackets ("佐藤 健二 (Kenji Sato)") is left out.
 * - Suffixes and credentials at the end ("John Smith Jr.") or after a comma
 *   ("Jane Doe, MBA") go to suffixes, and a title before the name ("Dr.")
 *   to prefixes. Other words after a comma describe the person (a job), not
 *   the name, and are left out of N.
 * - "Family, Given" (a family part of one or two words, or particles and
 *   one, and after a comma a few words that are no suffix and no job) is
 *   read that way: "Doe, Jane", "van der Berg, Zoë", "Smith, Jr., Bob".
 * - Otherwise the last word is the family name, with the particles before
 *   it ("Ludwig van Beethoven" → van Beethoven; Ludwig), and the words
 *   before it the given name ("Ana María Pérez" → Pérez; Ana María); in Chinese,
 *   Japanese or Korean script the first word is ("佐藤 健二" → 佐藤; 健二).
 * - A name of one word (or written without spaces, as Chinese or Japanese
 *   names often are) goes whole into the given name, so nothing is split
 *   wrongly.
 */
export function guessNameComponents(name: string): NameComponents {
  const unbracketed = name.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '');
  const [head = '', ...afterCommas] = unbracketed.split(',');
  const words = wordsOf(head);
  const parts = afterCommas.map(wordsOf).filter((part) => part.length > 0);
  const suffixParts = parts.filter((part) => part.every(followsComma));
  const otherParts = parts.filter((part) => !part.every(followsComma));
  const familyShaped = words.length >= 1 && (words.length <= 2 || words.slice(0, -1).every(isParticle));

  const given = otherParts.length === 1 && familyShaped ? otherParts[0]! : null;
  if (given && !followsComma(given[0]!) && readsAsGiven(given, words)) {
    const givenWords = [...given];
    const trailing: string[] = [];
    while (givenWords.length > 1 && followsComma(givenWords[givenWords.length - 1]!))
      trailing.unshift(givenWords.pop()!);
    return components(words.join(' '), givenWords.join(' '), [], [...suffixParts.flat(), ...trailing]);
  }

  const suffixes: string[] = [];
  while (words.length > 2 && closesName(words[words.length - 1]!)) suffixes.unshift(words.pop()!);
  suffixes.push(...parts.flat().filter(followsComma));
  const prefixes: string[] = [];
  while (words.length > 1 && PREFIXES.has(bare(words[0]!))) prefixes.push(words.shift()!);

  // A title and one word: "Dr. Okafor" is a family name.
  if (words.length === 1 && prefixes.length > 0) return components(words[0]!, '', prefixes, suffixes);
  if (words.length <= 1) return components('', words[0] ?? '', prefixes, suffixes);
  if (FAMILY_FIRST.test(words[0]!))
    return components(words[0]!, words.slice(1).join(' '), prefixes, suffixes);
  // The last word, with the particles before it, as long as a given name is left.
  let familyStart = words.length - 1;
  while (familyStart > 1 && isParticle(words[familyStart - 1]!)) familyStart -= 1;
  return components(
    words.slice(familyStart).join(' '),
    words.slice(0, familyStart).join(' '),
    prefixes,
    suffixes,
  );
}
