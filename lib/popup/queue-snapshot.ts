/**
 * The popup's last reminder list, kept so the next popup paints at once.
 * Ranking the queue reads every contact, which takes seconds with tens of
 * thousands of them; a popup must show its list within a fraction of a
 * second. So each popup saves the first page of the list it ranked, and the
 * next one shows that page straight away while it ranks afresh, then swaps
 * in the fresh list. The copy is untrusted on read like any stored value:
 * one that fails its schema is ignored.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { followUpSchema, idSchema, instantSchema, MAX_NAME } from '../db/schema';
import type { PriorityEntry } from '../domain/priority';

const SNAPSHOT_KEY = 'popup-queue-snapshot';

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

const snapshotSchema = z.strictObject({
  at: instantSchema,
  total: z.number().int().min(0),
  anyContact: z.boolean(),
  entries: z.array(entrySchema).max(200),
});
export type QueueSnapshot = z.infer<typeof snapshotSchema>;

export async function readQueueSnapshot(): Promise<QueueSnapshot | null> {
  const stored: Record<string, unknown> = await browser.storage.local.get(SNAPSHOT_KEY);
  const parsed = snapshotSchema.safeParse(stored[SNAPSHOT_KEY]);
  return parsed.success ? parsed.data : null;
}

/** Saves the first `size` entries of a freshly ranked list. */
export async function writeQueueSnapshot(
  queue: { at: number; total: number; anyContact: boolean; entries: readonly PriorityEntry[] },
  size: number,
): Promise<void> {
  const snapshot: QueueSnapshot = {
    at: queue.at,
    total: queue.total,
    anyContact: queue.anyContact,
    entries: queue.entries.slice(0, size),
  };
  await browser.storage.local.set({ [SNAPSHOT_KEY]: snapshot });
}
