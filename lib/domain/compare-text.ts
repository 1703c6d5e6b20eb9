/**
 * Ordinal string comparison for tie-breaks: the same order on every machine
 * and in every locale, unlike localeCompare, so rankings are reproducible.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
