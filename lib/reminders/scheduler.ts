/**
 * Background reminders: the toolbar count, the alarm for the next follow-up
 * to fall due, and the notification when follow-ups fall due.
 *
 * Chrome stops the service worker after 30 s idle, so nothing here waits on
 * a timer across worker lifetimes: everything it needs is in the database or
 * storage.local, and the browser's alarms wake it. Two alarms:
 * - DUE_ALARM, one-shot, at the next moment a follow-up falls due (or when
 *   the quiet hours end): the worker is woken and notifies right on time;
 * - CHECK_ALARM, every CHECK_PERIOD_MINUTES, for what the worker could not
 *   hear while stopped (a change made in an extension page while it slept)
 *   and for the calendar moving on (a follow-up due today is overdue
 *   tomorrow).
 * A check is also run on every worker start and, debounced, on every change
 * to the data. Each check recomputes everything from scratch.
 *
 * Each check announces the follow-ups that fell due after the last check
 * that could announce (state.scannedUntil) up to now: one due while the
 * machine slept is announced once on wake, one due in quiet hours once they
 * end; what was announced is remembered by contact and due time so repeated
 * or overlapping checks never announce it twice. Follow-ups already due when
 * reminders first ran are counted on the badge, not announced.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  DUE_NOTIFICATION_PREFIX,
  OPEN_BUTTON,
  showDueNotification,
  SNOOZE_BUTTON,
  SNOOZE_MS,
  type DueContact,
} from './due-notification';
import { quietHoursEnd, type QuietHours } from './quiet-hours-setting';
import {
  notifiedKey,
  pruneReminderState,
  readReminderState,
  writeReminderState,
  type ReminderState,
} from './reminder-state';
import { openToolbarPopup, showOverdueCount } from './toolbar';

/** What lib/db/attention-summary.ts loadAttentionSummary answers. */
export interface AttentionSummary {
  /** Follow-ups overdue now: the toolbar count. */
  overdue: number;
  /** The next moment a follow-up falls due, after now; null when none is planned. */
  nextDueAt: number | null;
}

/** Where the reminders read and write; the database in the extension, doubles in tests. */
export interface ReminderSources {
  loadSummary(now: number): Promise<AttentionSummary>;
  /** The contacts that fell due after `from`, up to and including `to`. */
  loadDueContacts(from: number, to: number): Promise<DueContact[]>;
  loadQuietHours(): Promise<QuietHours>;
  snoozeContact(contactId: string, until: number, now: number): Promise<unknown>;
}

export const DUE_ALARM = 'rapport-reminders-due';
export const CHECK_ALARM = 'rapport-reminders-check';
export const CHECK_PERIOD_MINUTES = 5;
/** Announcing needs a look at the whole queue; without a sign that something fell due, it waits this long. */
export const FULL_SCAN_EVERY_MS = 60 * 60_000;
/** Folds a burst of writes (an import is many transactions) into one check. */
export const CHANGE_CHECK_DELAY_MS = 1_000;
/** An alarm is never set in the past: the browser would fire it at once, over and over. */
const MIN_ALARM_DELAY_MS = 1_000;

export interface ReminderScheduler {
  /** Recomputes the badge, announces what fell due and sets the next alarm; checks never overlap. */
  check(): Promise<void>;
  /** A check shortly, once per burst of calls (for data changes). */
  checkSoon(): void;
  /** Makes sure the periodic check alarm exists (alarms do not survive a Firefox restart). */
  ensurePeriodicCheck(): Promise<void>;
  onAlarm(alarm: Pick<Browser.alarms.Alarm, 'name'>): Promise<void> | undefined;
  onNotificationClicked(notificationId: string): Promise<void> | undefined;
  onNotificationButtonClicked(notificationId: string, buttonIndex: number): Promise<void> | undefined;
  onNotificationClosed(notificationId: string): Promise<void> | undefined;
}

export interface SchedulerOptions {
  now?: () => number;
  /** Called when a check fails; the next check starts afresh. */
  onError?: (error: unknown) => void;
}

export function createReminderScheduler(
  sources: ReminderSources,
  { now = Date.now, onError = (error) => console.error('Rapport reminders:', error) }: SchedulerOptions = {},
): ReminderScheduler {
  let running: Promise<void> = Promise.resolve();
  let soon: ReturnType<typeof setTimeout> | undefined;
  // State writes from button clicks go through the same queue as checks, so none is lost.
  const enqueue = (task: () => Promise<void>): Promise<void> => {
    running = running.then(task).catch(onError);
    return running;
  };

  async function runCheck(): Promise<void> {
    const at = now();
    const [state, summary, quiet] = await Promise.all([
      readReminderState(),
      sources.loadSummary(at),
      sources.loadQuietHours(),
    ]);
    await showOverdueCount(summary.overdue);
    const quietUntil = quietHoursEnd(quiet, at);
    // In quiet hours nothing is announced and the scanned mark stays put, so
    // what falls due meanwhile is announced when they end.
    if (quietUntil === null) await announce(state, summary, at);
    await setDueAlarm(quietUntil ?? summary.nextDueAt, at);
  }

  async function announce(state: ReminderState, summary: AttentionSummary, at: number): Promise<void> {
    const seen = { overdue: summary.overdue, nextDueAt: summary.nextDueAt };
    if (state.scannedUntil === null) {
      await writeReminderState({ ...state, ...seen, scannedUntil: at, lastScanAt: at });
      return;
    }
    const from = state.scannedUntil;
    // Something fell due since the last check if the next due moment it saw
    // has passed, or the overdue count moved (a change it did not hear about).
    const mayHaveFallenDue =
      (state.nextDueAt !== null && state.nextDueAt <= at) ||
      state.overdue !== summary.overdue ||
      state.lastScanAt === null ||
      at - state.lastScanAt >= FULL_SCAN_EVERY_MS;
    const scan = mayHaveFallenDue && at > from;
    const fresh = scan
      ? (await sources.loadDueContacts(from, at)).filter(
          (contact) => state.notified[notifiedKey(contact.contactId, contact.dueAt)] === undefined,
        )
      : [];
    fresh.sort((a, b) => a.dueAt - b.dueAt || a.name.localeCompare(b.name));
    const notificationId = `${DUE_NOTIFICATION_PREFIX}${at}`;
    const next: ReminderState = {
      ...state,
      ...seen,
      scannedUntil: Math.max(from, at),
      lastScanAt: scan ? at : state.lastScanAt,
      notified: {
        ...state.notified,
        ...Object.fromEntries(
          fresh.map((contact) => [notifiedKey(contact.contactId, contact.dueAt), contact.dueAt]),
        ),
      },
      notifications:
        fresh.length > 0
          ? { ...state.notifications, [notificationId]: fresh.map((contact) => contact.contactId) }
          : state.notifications,
    };
    // Remembered before it is shown: a worker stopped in between must not announce it again.
    await writeReminderState(pruneReminderState(next));
    if (fresh.length > 0) await showDueNotification(fresh, notificationId);
  }

  async function setDueAlarm(when: number | null, at: number): Promise<void> {
    if (when === null) await browser.alarms.clear(DUE_ALARM);
    else await browser.alarms.create(DUE_ALARM, { when: Math.max(when, at + MIN_ALARM_DELAY_MS) });
  }

  function openRapport(): Promise<void> {
    // Called before any await: Firefox opens the popup only inside the user action.
    return openToolbarPopup().then(async (opened) => {
      if (!opened) await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
    });
  }

  function snoozeFrom(notificationId: string): Promise<void> {
    return enqueue(async () => {
      const state = await readReminderState();
      const contactIds = state.notifications[notificationId] ?? [];
      const at = now();
      for (const contactId of contactIds) await sources.snoozeContact(contactId, at + SNOOZE_MS, at);
      const { [notificationId]: _done, ...notifications } = state.notifications;
      await writeReminderState({ ...state, notifications });
      await browser.notifications.clear(notificationId);
    }).then(() => enqueue(runCheck));
  }

  const ours = (notificationId: string) => notificationId.startsWith(DUE_NOTIFICATION_PREFIX);

  return {
    check: () => enqueue(runCheck),
    checkSoon() {
      clearTimeout(soon);
      soon = setTimeout(() => {
        soon = undefined;
        void enqueue(runCheck);
      }, CHANGE_CHECK_DELAY_MS);
    },
    async ensurePeriodicCheck() {
      const existing = await browser.alarms.get(CHECK_ALARM);
      if (existing?.periodInMinutes === CHECK_PERIOD_MINUTES) return;
      await browser.alarms.create(CHECK_ALARM, {
        delayInMinutes: CHECK_PERIOD_MINUTES,
        periodInMinutes: CHECK_PERIOD_MINUTES,
      });
    },
    onAlarm(alarm) {
      if (alarm.name === DUE_ALARM || alarm.name === CHECK_ALARM) return enqueue(runCheck);
      return undefined;
    },
    onNotificationClicked(notificationId) {
      if (!ours(notificationId)) return undefined;
      const opening = openRapport();
      return Promise.all([opening, browser.notifications.clear(notificationId)]).then(() => undefined);
    },
    onNotificationButtonClicked(notificationId, buttonIndex) {
      if (!ours(notificationId)) return undefined;
      if (buttonIndex === OPEN_BUTTON) {
        const opening = openRapport();
        return Promise.all([opening, browser.notifications.clear(notificationId)]).then(() => undefined);
      }
      if (buttonIndex === SNOOZE_BUTTON) return snoozeFrom(notificationId);
      return undefined;
    },
    onNotificationClosed(notificationId) {
      if (!ours(notificationId)) return undefined;
      return enqueue(async () => {
        const state = await readReminderState();
        if (!(notificationId in state.notifications)) return;
        const { [notificationId]: _closed, ...notifications } = state.notifications;
        await writeReminderState({ ...state, notifications });
      });
    },
  };
}
