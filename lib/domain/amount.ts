/**
 * Money as people type it into a form: digits, thousands grouped by commas
 * or spaces, a decimal point, and a currency sign or code before or after
 * ("12000", "12,000.50", "$12 000", "12000 EUR"). Rapport keeps amounts in
 * the user's one currency, so the sign is read past. A comma as the decimal
 * mark ("12.000,50") is refused rather than misread, as is anything Number()
 * alone would take ("0x10", "1e3").
 */
import { MAX_AMOUNT } from '../db/schema';
import type { Checked } from './follow-up-inputs';

const CURRENCY = '(?:[$€£¥₹]|[A-Z]{3})';
const AMOUNT = new RegExp(`^${CURRENCY}?\\s*(\\d{1,3}(?:[ ,]\\d{3})+|\\d+)(\\.\\d+)?\\s*${CURRENCY}?$`);

/**
 * How to write an amount parseAmount takes, for a note on one it refused
 * ("1.5M", "12.000,50"): kept beside the pattern so the two say the same.
 */
export const amountForm = 'in digits, like 1500000, 1,500,000 or $1,500,000.50';

export function parseAmount(text: string): Checked<number> {
  const trimmed = text.trim();
  if (trimmed.startsWith('-')) return { ok: false, error: 'The amount cannot be negative.' };
  const match = AMOUNT.exec(trimmed);
  if (!match) return { ok: false, error: 'Type the amount in digits, like 12000 or 12,000.50.' };
  const amount = Number(`${match[1]!.replace(/[ ,]/g, '')}${match[2] ?? ''}`);
  return amount <= MAX_AMOUNT
    ? { ok: true, value: amount }
    : { ok: false, error: 'That amount is too large.' };
}
