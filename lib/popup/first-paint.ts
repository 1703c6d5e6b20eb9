/**
 * The popup's first paint: the list the previous popup ranked (see
 * queue-snapshot.ts), shown before the rest of the popup has even loaded.
 *
 * A popup is a fresh page each time it opens, and most of its start-up is
 * evaluating its scripts: React, Dexie, Zod and the popup itself. None of
 * them is needed to show the saved list, so popup/main.ts loads only this
 * module and a plain-DOM drawing of the list (popup/saved-list.ts), paints
 * the saved list, and then loads the full popup, which takes over.
 *
 * This module must therefore stay free of React, Dexie and Zod. It checks by
 * hand the few fields the list shows (the stored value is untrusted on read
 * like any other); the full popup validates the whole snapshot with its
 * schema.
 */
import { browser } from 'wxt/browser';
import type { ReminderPerson } from './reminder-data';
import type { ShownEntry } from './reminder-groups';

export const SNAPSHOT_KEY = 'popup-queue-snapshot';

/** What the first paint shows: the saved list, with who each entry is. */
export interface FirstPaint {
  at: number;
  total: number;
  entries: ShownEntry[];
  people: Map<string, ReminderPerson>;
}

/** The stored snapshot as it is, unchecked: each reader checks what it uses. */
export async function readStoredSnapshot(): Promise<unknown> {
  const stored: Record<string, unknown> = await browser.storage.local.get(SNAPSHOT_KEY);
  return stored[SNAPSHOT_KEY];
}

const LIMIT = 200;
type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= LIMIT;
const isInstant = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isTextOrNull = (value: unknown) => value === null || isText(value);

function shownEntry(value: unknown): ShownEntry | null {
  if (!isFields(value)) return null;
  const { contactId, dueAt, reasons } = value;
  if (!isText(contactId) || !isInstant(dueAt)) return null;
  if (!Array.isArray(reasons) || reasons.length > 20 || !reasons.every(isText)) return null;
  return { contactId, dueAt, reasons };
}

function person(value: unknown): ReminderPerson | null {
  if (!isFields(value) || !isFields(value.level)) return null;
  const { contactId, name, accountName, linkedinSlug, email } = value;
  const { id, name: levelName, color } = value.level;
  if (!isText(contactId) || !isText(name) || !isText(id) || !isText(levelName)) return null;
  if (typeof color !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(color)) return null;
  if (!isTextOrNull(accountName) || !isTextOrNull(linkedinSlug) || !isTextOrNull(email)) return null;
  return {
    contactId,
    name,
    accountName: accountName as string | null,
    level: { id, name: levelName, color },
    linkedinSlug: linkedinSlug as string | null,
    email: email as string | null,
  };
}

/**
 * The saved list if it is there and every field it shows is sound; null
 * otherwise (then the popup simply paints when it has loaded).
 */
export function firstPaintOf(stored: unknown): FirstPaint | null {
  if (!isFields(stored) || !isInstant(stored.at) || !isInstant(stored.total)) return null;
  const { entries, people } = stored;
  if (!Array.isArray(entries) || !Array.isArray(people) || entries.length > LIMIT || people.length > LIMIT) {
    return null;
  }
  const shown = entries.map(shownEntry);
  const known = people.map(person);
  if (shown.some((entry) => entry === null) || known.some((one) => one === null)) return null;
  return {
    at: stored.at,
    total: stored.total,
    entries: shown as ShownEntry[],
    people: new Map((known as ReminderPerson[]).map((one) => [one.contactId, one])),
  };
}
