/**
 * What the background remembers between checks, in storage.local so that it
 * survives the service worker being stopped and the browser restarting. It is
 * validated on read; a damaged value starts afresh rather than breaking the
 * reminders.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';

const STATE_KEY = 'reminders-state';

export const reminderStateSchema = z.strictObject({
  /**
   * Follow-ups due up to this instant have been announced (or were already
   * due when reminders started). The next check announces those due after
   * it, so one due while the machine slept is announced once on wake, and
   * one due in quiet hours once they end. Null before the first check.
   */
  scannedUntil: z.number().nullable(),
  /** The attention summary seen at the last check that could announce. */
  overdue: z.number().int().min(0).nullable(),
  nextDueAt: z.number().nullable(),
  lastScanAt: z.number().nullable(),
  /** `${contactId}@${dueAt}` → dueAt: what was announced, so no check announces it twice. */
  notified: z.record(z.string(), z.number()),
  /** Notification id → the contacts it is about (for its Snooze button). */
  notifications: z.record(z.string(), z.array(z.string())),
});
export type ReminderState = z.infer<typeof reminderStateSchema>;

export const emptyReminderState: ReminderState = {
  scannedUntil: null,
  overdue: null,
  nextDueAt: null,
  lastScanAt: null,
  notified: {},
  notifications: {},
};

export async function readReminderState(): Promise<ReminderState> {
  const stored: Record<string, unknown> = await browser.storage.local.get(STATE_KEY);
  const parsed = reminderStateSchema.safeParse(stored[STATE_KEY]);
  return parsed.success ? parsed.data : structuredClone(emptyReminderState);
}

export async function writeReminderState(state: ReminderState): Promise<void> {
  await browser.storage.local.set({ [STATE_KEY]: state });
}

export const notifiedKey = (contactId: string, dueAt: number) => `${contactId}@${dueAt}`;

/** Announced keys older than this before the scanned mark can no longer come up; they are dropped. */
export const NOTIFIED_KEPT_MS = 2 * 24 * 60 * 60_000;
/** Notifications remembered for their buttons; older ones have long left the screen. */
export const NOTIFICATIONS_KEPT = 20;

/** Drops what can no longer matter, so the stored state stays small. */
export function pruneReminderState(state: ReminderState): ReminderState {
  const cutoff = (state.scannedUntil ?? 0) - NOTIFIED_KEPT_MS;
  const notified = Object.fromEntries(Object.entries(state.notified).filter(([, dueAt]) => dueAt >= cutoff));
  // Insertion order is creation order for string keys that are not array indexes.
  const notifications = Object.fromEntries(Object.entries(state.notifications).slice(-NOTIFICATIONS_KEPT));
  return { ...state, notified, notifications };
}
