/**
 * A contact's roles, seniority, cadence and "left the account" as a CSV cell
 * names them, read back: the words Rapport's contacts export writes
 * (contacts-csv-export.ts) and the ids the schema stores, in any letter case.
 * A word none of them names reads as null, for the contact import
 * (csv-mapping.ts) to leave out and say so.
 */
import { contactSchema, roles, seniorities, type Role, type Seniority } from '../db/schema';
import { exportRoleLabels, exportSeniorityLabels } from './contacts-csv-export';

/** Letter case, hyphens and underscores aside: "decision-maker" and "Decision Maker" are one word. */
const wordKey = (word: string) =>
  word
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/** Each id's own word and its export label, to the id. */
function wordsFor<T extends string>(ids: readonly T[], labels: Record<T, string>): Map<string, T> {
  return new Map(ids.flatMap((id) => [[wordKey(id), id] as const, [wordKey(labels[id]), id] as const]));
}

const roleWords = wordsFor(roles, exportRoleLabels);
// The export writes an unknown seniority as an empty cell, so a blank reads back as 'unknown'.
const seniorityWords = wordsFor(seniorities, exportSeniorityLabels);

export const roleNamed = (word: string): Role | null => roleWords.get(wordKey(word)) ?? null;
export const seniorityNamed = (word: string): Seniority | null => seniorityWords.get(wordKey(word)) ?? null;

/** The words a row may use, for the note that names a word it may not. */
export const roleChoices = roles.map((role) => exportRoleLabels[role]).join(', ');
export const seniorityChoices = seniorities
  .flatMap((seniority) => exportSeniorityLabels[seniority] || [])
  .join(', ');

const cadenceDaysSchema = contactSchema.shape.cadenceDays.unwrap();
export const cadenceDaysRange = `a whole number of days from ${cadenceDaysSchema.minValue} to ${cadenceDaysSchema.maxValue}`;

/** Digits alone ("30"; not "30.5", "1e2" or "30 days"), within the range the schema allows; else null. */
export function cadenceDaysFrom(text: string): number | null {
  const digits = text.trim();
  if (!/^\d+$/.test(digits)) return null;
  const checked = cadenceDaysSchema.safeParse(Number(digits));
  return checked.success ? checked.data : null;
}

const yesNoWords = new Map([
  ['yes', true],
  ['true', true],
  ['1', true],
  ['no', false],
  ['false', false],
  ['0', false],
]);

/** Yes / No, true / false or 1 / 0, any letter case (the export writes Yes and No); else null. */
export const yesNo = (text: string): boolean | null => yesNoWords.get(text.trim().toLowerCase()) ?? null;
