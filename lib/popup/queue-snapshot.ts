/**
 * The popup's last reminder list, kept so the next popup paints at once.
 * Ranking the queue reads every contact, which takes seconds with tens of
 * thousands of them; a popup must show its list within a fraction of a
 * second. So each popup saves the first page of the list it ranked, and the
 * next one shows that page straight away while it ranks afresh, then swaps
 * in the fresh list. It keeps who each saved entry is too, so the names
 * paint with it (and first-paint.ts can show it before the popup's database
 * code has loaded). The copy is untrusted on read like any stored value:
 * one that fails its schema is ignored.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { colorSchema, followUpSchema, idSchema, instantSchema, MAX_NAME } from '../db/schema';
import type { PriorityEntry } from '../domain/priority';
import { readStoredSnapshot, SNAPSHOT_KEY } from './first-paint';
import type { ReminderPerson } from './reminder-data';

const entrySchema = z.strictObject({
  contactId: idSchema,
  score: z.number(),
  dueAt: instantSchema,
  next: z.strictObject({
    dueAt: instantSchema,
    followUp: followUpSchema.nullable(),
    snoozedUntil: instantSchema.nullable(),
    cadenceDueAt: instantSchema,
  }),
  reasons: z.array(z.string().max(MAX_NAME)).max(20),
});

const shortText = z.string().max(MAX_NAME);
const personSchema = z.strictObject({
  contactId: idSchema,
  name: shortText,
  accountName: shortText.nullable(),
  level: z.strictObject({ id: idSchema, name: shortText, color: colorSchema }),
  linkedinSlug: shortText.nullable(),
  email: shortText.nullable(),
}) satisfies z.ZodType<ReminderPerson>;

const snapshotSchema = z.strictObject({
  at: instantSchema,
  total: z.number().int().min(0),
  anyContact: z.boolean(),
  entries: z.array(entrySchema).max(200),
  people: z.array(personSchema).max(200),
});
export type QueueSnapshot = z.infer<typeof snapshotSchema>;

/** The saved list if what is stored passes its schema, else null. */
export function parseQueueSnapshot(stored: unknown): QueueSnapshot | null {
  const parsed = snapshotSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export async function readQueueSnapshot(): Promise<QueueSnapshot | null> {
  return parseQueueSnapshot(await readStoredSnapshot());
}

/** Saves the first `size` entries of a freshly ranked list, with who they are (as far as known). */
export async function writeQueueSnapshot(
  queue: { at: number; total: number; anyContact: boolean; entries: readonly PriorityEntry[] },
  size: number,
  people: ReadonlyMap<string, ReminderPerson>,
): Promise<void> {
  const entries = queue.entries.slice(0, size);
  const snapshot: QueueSnapshot = {
    at: queue.at,
    total: queue.total,
    anyContact: queue.anyContact,
    entries,
    people: entries.flatMap((entry) => people.get(entry.contactId) ?? []),
  };
  await browser.storage.local.set({ [SNAPSHOT_KEY]: snapshot });
}
