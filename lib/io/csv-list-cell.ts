/**
 * A list of values in one CSV cell, both ways: Rapport's contacts export
 * writes it (contacts-csv-export.ts) and the contact import reads it
 * (csv-mapping.ts), from Rapport's files and from other tools' alike.
 */

/** What other tools put between a cell's values: "a; b", "a, b", "a | b", one a line. */
const SEPARATORS = /[;,|\n]/;

/**
 * The values joined with "; ", or one a line when a value holds a separator
 * ("Q3, EMEA"): a cell with a line break is split on lines alone, so every
 * value reads back whole.
 */
export function joinListCell(values: readonly string[]): string {
  return values.join(values.some((value) => SEPARATORS.test(value)) ? '\n' : '; ');
}

/** A cell's values, not yet cleaned: split on lines when it has several, else on any separator. */
export function splitListCell(cell: string): string[] {
  const lines = cell.split(/\r?\n/);
  return lines.length > 1 ? lines : cell.split(SEPARATORS);
}
