/**
 * Whether a name holds what the user typed as words: each typed word starts
 * a word of the name, in any order ("smith d" finds "Dana Smith", "jane"
 * finds "Mary-Jane Watson", "obrien" finds "Mary O'Brien"). Both sides are
 * folded for search (lower case, accents folded: searchKey).
 */

const APOSTROPHES = /['’]/g;

/** A folded text's words: split on anything that is not a letter or digit. */
const wordsOf = (folded: string): string[] => folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');

/** The typed words to look for, from the folded query; none when it holds no letter or digit. */
export const typedWords = (foldedQuery: string): string[] => wordsOf(foldedQuery);

/** Whether the folded `name` has a word starting with each of `wanted` (typedWords). */
export function nameHasWords(name: string, wanted: readonly string[]): boolean {
  // O'Brien is found as obrien too.
  const joined = name.includes("'") || name.includes('’') ? name.replace(APOSTROPHES, '') : name;
  // Most names hold none of the words: the cheap test first.
  if (!wanted.every((word) => joined.includes(word) || name.includes(word))) return false;
  const words = joined === name ? wordsOf(name) : [...wordsOf(name), ...wordsOf(joined)];
  return wanted.every((word) => words.some((part) => part.startsWith(word)));
}
