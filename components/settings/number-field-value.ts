/**
 * What a number input shows for a value read with valueAsNumber: an emptied
 * field reads as NaN, which the input would show as "NaN" (and Chromium
 * warn about), so it shows empty instead, and the editor's check says why
 * it cannot be saved.
 */
export function numberFieldValue(value: number): number | '' {
  return Number.isNaN(value) ? '' : value;
}
