import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DueContact } from '../../lib/reminders/due-notification';
import { defaultQuietHours, type QuietHours } from '../../lib/reminders/quiet-hours-setting';
import { readReminderState } from '../../lib/reminders/reminder-state';
import {
  CHANGE_CHECK_DELAY_MS,
  CHECK_ALARM,
  CHECK_PERIOD_MINUTES,
  createReminderScheduler,
  DUE_ALARM,
  type ReminderScheduler,
  type ReminderSources,
} from '../../lib/reminders/scheduler';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Local 09:00 on a Monday, so quiet-hour tests read as the clock reads. */
const START = new Date(2026, 10, 23, 9, 0).getTime();

/**
 * A stand-in for the database: contacts with the moment each is due. It
 * answers like loadAttentionSummary (overdue = due by now, next = the first
 * due after now) and loadDueContacts; the real ones are tested elsewhere.
 */
class World implements ReminderSources {
  due = new Map<string, DueContact>();
  quiet: QuietHours = defaultQuietHours;
  snoozed: Array<[string, number, number]> = [];
  summaries = 0;
  scans = 0;

  add(contactId: string, name: string, dueAt: number) {
    this.due.set(contactId, { contactId, name, dueAt });
  }
  async loadSummary(now: number) {
    this.summaries += 1;
    const dueTimes = [...this.due.values()].map((contact) => contact.dueAt);
    const later = dueTimes.filter((dueAt) => dueAt > now);
    return {
      overdue: dueTimes.filter((dueAt) => dueAt <= now).length,
      nextDueAt: later.length > 0 ? Math.min(...later) : null,
    };
  }
  async loadDueContacts(from: number, to: number) {
    this.scans += 1;
    return [...this.due.values()].filter((contact) => contact.dueAt > from && contact.dueAt <= to);
  }
  async loadQuietHours() {
    return this.quiet;
  }
  async snoozeContact(contactId: string, until: number, now: number) {
    this.snoozed.push([contactId, until, now]);
    const contact = this.due.get(contactId);
    if (contact) contact.dueAt = until;
  }
}

let world: World;
let scheduler: ReminderScheduler;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(START);
  world = new World();
  scheduler = createReminderScheduler(world, { onError: (error) => expect.fail(String(error)) });
});
afterEach(() => {
  vi.useRealTimers();
});

const badge = () => fakeBrowser.action.getBadgeText({});
const dueAlarm = () => fakeBrowser.alarms.get(DUE_ALARM);
const shown = () => fakeBrowser.notifications.getAllCreateOptions();

/** Moves the clock to `at` and delivers the due alarm, as the browser would (waking the worker). */
async function fireDueAlarmAt(at: number) {
  vi.setSystemTime(at);
  const alarm = await dueAlarm();
  expect(alarm, 'a due alarm is set').toBeDefined();
  await scheduler.onAlarm(alarm!);
}

describe('the toolbar count', () => {
  it('shows the number of overdue follow-ups, and nothing when none is overdue', async () => {
    world.add('ann', 'Ann Lee', START - HOUR);
    world.add('bo', 'Bo Chen', START - 2 * HOUR);
    world.add('cy', 'Cy Dean', START + HOUR);
    await scheduler.check();
    expect(await badge()).toBe('2');
    expect(await fakeBrowser.action.getTitle({})).toBe('Rapport: 2 overdue follow-ups');

    world.due.clear();
    await scheduler.check();
    expect(await badge()).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Rapport');
  });

  it('follows changes to the data, once per burst of changes', async () => {
    await scheduler.check();
    expect(await badge()).toBe('');
    const before = world.summaries;
    world.add('ann', 'Ann Lee', START - HOUR);
    scheduler.checkSoon();
    scheduler.checkSoon();
    scheduler.checkSoon();
    await vi.advanceTimersByTimeAsync(CHANGE_CHECK_DELAY_MS);
    await scheduler.check(); // waits for the queued check to finish
    expect(await badge()).toBe('1');
    // One check for the burst, plus the one just awaited.
    expect(world.summaries - before).toBe(2);
  });
});

describe('the alarms', () => {
  it('sets the due alarm at the next due time and moves it when the data changes', async () => {
    world.add('ann', 'Ann Lee', START + 3 * HOUR);
    await scheduler.check();
    expect((await dueAlarm())?.scheduledTime).toBe(START + 3 * HOUR);

    world.add('bo', 'Bo Chen', START + HOUR);
    scheduler.checkSoon();
    await vi.advanceTimersByTimeAsync(CHANGE_CHECK_DELAY_MS);
    await scheduler.check();
    expect((await dueAlarm())?.scheduledTime).toBe(START + HOUR);

    world.due.clear();
    await scheduler.check();
    expect(await dueAlarm()).toBeUndefined();
  });

  it('keeps one periodic check alarm, without restarting its period on every worker start', async () => {
    await scheduler.ensurePeriodicCheck();
    const first = await fakeBrowser.alarms.get(CHECK_ALARM);
    expect(first).toMatchObject({ periodInMinutes: CHECK_PERIOD_MINUTES });
    vi.setSystemTime(START + MINUTE);
    await scheduler.ensurePeriodicCheck();
    expect((await fakeBrowser.alarms.get(CHECK_ALARM))?.scheduledTime).toBe(first!.scheduledTime);
  });

  it('checks on its own alarms only', async () => {
    expect(scheduler.onAlarm({ name: 'someone-else' })).toBeUndefined();
    await scheduler.onAlarm({ name: CHECK_ALARM });
    expect(world.summaries).toBe(1);
  });
});

describe('notifications', () => {
  it('does not announce what was already due when reminders first ran', async () => {
    world.add('ann', 'Ann Lee', START - HOUR);
    await scheduler.check();
    await scheduler.check();
    expect(shown()).toEqual({});
  });

  it('announces a follow-up when its alarm wakes the worker at its due time', async () => {
    await scheduler.check();
    world.add('ann', 'Ann Lee', START + 10 * MINUTE);
    await scheduler.check();
    await fireDueAlarmAt(START + 10 * MINUTE);
    const notifications = Object.values(shown());
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({
      type: 'basic',
      title: 'Follow-up due: Ann Lee',
      buttons: [{ title: 'Open Rapport' }, { title: 'Snooze 1 hour' }],
    });
    expect(await badge()).toBe('1');
  });

  it('groups follow-ups that fall due together into one notification', async () => {
    await scheduler.check();
    world.add('ann', 'Ann Lee', START + 10 * MINUTE);
    world.add('bo', 'Bo Chen', START + 10 * MINUTE + 1);
    world.add('cy', 'Cy Dean', START + 11 * MINUTE);
    await scheduler.check();
    // The worker was stopped and the machine asleep; it wakes 20 minutes later.
    vi.setSystemTime(START + 30 * MINUTE);
    await scheduler.check();
    const notifications = Object.values(shown());
    expect(notifications).toHaveLength(1);
    expect(notifications[0]?.title).toBe('3 follow-ups due: Ann Lee, Bo Chen and 1 more');
  });

  it('never announces the same follow-up twice, however often the worker wakes and checks', async () => {
    await scheduler.check();
    world.add('ann', 'Ann Lee', START + 10 * MINUTE);
    await scheduler.check();
    await fireDueAlarmAt(START + 10 * MINUTE);
    for (const minutes of [10, 11, 15, 70, 200]) {
      vi.setSystemTime(START + minutes * MINUTE);
      await scheduler.check();
      await scheduler.onAlarm({ name: CHECK_ALARM });
    }
    // A fresh scheduler is a restarted worker: what was announced is in storage, not in memory.
    const restarted = createReminderScheduler(world);
    await restarted.check();
    expect(Object.keys(shown())).toHaveLength(1);
    // The hourly full look did run, and found nothing new.
    expect(world.scans).toBeGreaterThan(1);
  });

  it('announces a later due time of the same contact again (after a snooze, say)', async () => {
    await scheduler.check();
    world.add('ann', 'Ann Lee', START + 10 * MINUTE);
    await scheduler.check();
    await fireDueAlarmAt(START + 10 * MINUTE);
    world.add('ann', 'Ann Lee', START + 2 * HOUR);
    await scheduler.check();
    await fireDueAlarmAt(START + 2 * HOUR);
    expect(Object.keys(shown())).toHaveLength(2);
  });

  it('does not look at the whole queue when nothing can have fallen due', async () => {
    world.add('ann', 'Ann Lee', START + 3 * HOUR);
    await scheduler.check();
    vi.setSystemTime(START + 5 * MINUTE);
    await scheduler.check();
    vi.setSystemTime(START + 10 * MINUTE);
    await scheduler.check();
    expect(world.scans).toBe(0);
  });
});

describe('quiet hours', () => {
  const night = new Date(2026, 10, 23, 22, 30).getTime();
  const morning = new Date(2026, 10, 24, 7, 0).getTime();

  it('hold notifications until they end, then announce everything that fell due meanwhile', async () => {
    world.quiet = { enabled: true, start: '22:00', end: '07:00' };
    vi.setSystemTime(night - HOUR);
    await scheduler.check();
    world.add('ann', 'Ann Lee', night);
    world.add('bo', 'Bo Chen', night + 2 * HOUR);
    await scheduler.check();
    expect((await dueAlarm())?.scheduledTime).toBe(night);

    await fireDueAlarmAt(night);
    expect(shown()).toEqual({});
    // Asleep until the quiet hours end; the badge still counts.
    expect((await dueAlarm())?.scheduledTime).toBe(morning);
    expect(await badge()).toBe('1');

    vi.setSystemTime(night + 3 * HOUR);
    await scheduler.onAlarm({ name: CHECK_ALARM });
    expect(shown()).toEqual({});

    await fireDueAlarmAt(morning);
    const notifications = Object.values(shown());
    expect(notifications).toHaveLength(1);
    expect(notifications[0]?.title).toBe('2 follow-ups due: Ann Lee and Bo Chen');
    expect(await badge()).toBe('2');
  });

  it('change nothing when they are off', async () => {
    world.quiet = { enabled: false, start: '22:00', end: '07:00' };
    vi.setSystemTime(night - HOUR);
    await scheduler.check();
    world.add('ann', 'Ann Lee', night);
    await scheduler.check();
    await fireDueAlarmAt(night);
    expect(Object.keys(shown())).toHaveLength(1);
  });
});

describe('the notification buttons', () => {
  async function announceAnnAndBo(): Promise<string> {
    await scheduler.check();
    world.add('ann', 'Ann Lee', START + 10 * MINUTE);
    world.add('bo', 'Bo Chen', START + 10 * MINUTE);
    await scheduler.check();
    await fireDueAlarmAt(START + 10 * MINUTE);
    const [id] = Object.keys(shown());
    return id!;
  }

  it('"Snooze 1 hour" snoozes everyone in the notification, closes it and recounts', async () => {
    const id = await announceAnnAndBo();
    expect(await badge()).toBe('2');
    const at = Date.now();
    await scheduler.onNotificationButtonClicked(id, 1);
    expect(world.snoozed).toEqual([
      ['ann', at + HOUR, at],
      ['bo', at + HOUR, at],
    ]);
    expect(shown()).toEqual({});
    expect(await badge()).toBe('');
    expect((await dueAlarm())?.scheduledTime).toBe(at + HOUR);
    expect((await readReminderState()).notifications).toEqual({});
  });

  it('"Open Rapport" opens the popup and closes the notification', async () => {
    const id = await announceAnnAndBo();
    const openPopup = vi.fn(() => Promise.resolve());
    (fakeBrowser.action as { openPopup?: unknown }).openPopup = openPopup;
    const createTab = vi.spyOn(fakeBrowser.tabs, 'create');
    await scheduler.onNotificationButtonClicked(id, 0);
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(createTab).not.toHaveBeenCalled();
    expect(shown()).toEqual({});
    expect(world.snoozed).toEqual([]);
  });

  it('opens the dashboard in a tab where the popup cannot open (a click on a Firefox notification)', async () => {
    const id = await announceAnnAndBo();
    (fakeBrowser.action as { openPopup?: unknown }).openPopup = () =>
      Promise.reject(new Error('openPopup requires a user gesture'));
    const createTab = vi.spyOn(fakeBrowser.tabs, 'create');
    await scheduler.onNotificationClicked(id);
    expect(createTab).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/dashboard.html') });
    expect(shown()).toEqual({});
  });

  it('ignores notifications that are not its own', async () => {
    await announceAnnAndBo();
    expect(scheduler.onNotificationButtonClicked('other', 1)).toBeUndefined();
    expect(scheduler.onNotificationClicked('other')).toBeUndefined();
    expect(world.snoozed).toEqual([]);
  });

  it('forgets a notification the user dismissed', async () => {
    const id = await announceAnnAndBo();
    expect(Object.keys((await readReminderState()).notifications)).toEqual([id]);
    await scheduler.onNotificationClosed(id);
    expect((await readReminderState()).notifications).toEqual({});
  });
});

describe('stored state', () => {
  it('starts afresh from a damaged value instead of failing', async () => {
    await fakeBrowser.storage.local.set({ 'reminders-state': { scannedUntil: 'yesterday' } });
    world.add('ann', 'Ann Lee', START - HOUR);
    await scheduler.check();
    expect(await badge()).toBe('1');
    expect((await readReminderState()).scannedUntil).toBe(START);
  });

  it('drops announced keys that can no longer come up', async () => {
    await scheduler.check();
    world.add('ann', 'Ann Lee', START + 10 * MINUTE);
    await scheduler.check();
    await fireDueAlarmAt(START + 10 * MINUTE);
    expect(Object.keys((await readReminderState()).notified)).toEqual([`ann@${START + 10 * MINUTE}`]);
    vi.setSystemTime(START + 3 * 24 * HOUR);
    await scheduler.check();
    expect((await readReminderState()).notified).toEqual({});
  });
});
