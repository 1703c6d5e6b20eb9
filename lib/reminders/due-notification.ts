/**
 * The notification for follow-ups that fell due: one per check, however
 * many fell due together ("3 follow-ups due: Ann Lee, Bo Chen and 1 more").
 * Chrome shows two buttons, "Open Rapport" and "Snooze 1 hour"; Firefox has
 * no notification buttons, so there a click on the notification opens
 * Rapport.
 */
import { browser } from 'wxt/browser';

export interface DueContact {
  contactId: string;
  name: string;
  /** When they fell due. */
  dueAt: number;
}

export const DUE_NOTIFICATION_PREFIX = 'rapport-due-';
export const OPEN_BUTTON = 0;
export const SNOOZE_BUTTON = 1;
export const SNOOZE_MS = 60 * 60_000;
/** Names shown before "and N more". */
const NAMES_SHOWN = 2;

export function dueNotificationTitle(due: readonly DueContact[]): string {
  const names = due.map((contact) => contact.name);
  if (names.length === 1) return `Follow-up due: ${names[0]}`;
  const listed =
    names.length <= NAMES_SHOWN
      ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
      : `${names.slice(0, NAMES_SHOWN).join(', ')} and ${names.length - NAMES_SHOWN} more`;
  return `${names.length} follow-ups due: ${listed}`;
}

export function dueNotificationMessage(due: readonly DueContact[], withButtons: boolean): string {
  const whom = due.length === 1 ? 'them' : 'each of them';
  return withButtons
    ? `Time to give ${whom} something useful. Open Rapport to log it, or snooze for an hour.`
    : `Time to give ${whom} something useful. Click to open Rapport.`;
}

/** Whether this browser shows buttons on notifications (Chrome does, Firefox does not). */
export function notificationButtonsSupported(): boolean {
  return !import.meta.env.FIREFOX;
}

/** Shows the notification; resolves to its id. */
export async function showDueNotification(due: readonly DueContact[], id: string): Promise<string> {
  const withButtons = notificationButtonsSupported();
  return browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: dueNotificationTitle(due),
    message: dueNotificationMessage(due, withButtons),
    ...(withButtons
      ? { buttons: [{ title: 'Open Rapport' }, { title: 'Snooze 1 hour' }], requireInteraction: false }
      : {}),
  });
}
