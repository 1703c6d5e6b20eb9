/**
 * Background reminders in real Chromium: the toolbar count, and a follow-up
 * that falls due while the service worker is stopped still notifies, woken
 * by its alarm, with the count unchanged after the restart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowUp } from '../../lib/db/schema';
import { WAKES_UP_TO_MS_AFTER_WRITES } from '../../lib/reminders/wake-on-change';
import { importBackupThroughDashboard, launchWithExtension, type ExtensionSession } from './harness';
import { writeBackup } from './overlay-helpers';

const DAY = 86_400_000;
/** Long enough to import and stop the worker first; short enough for a quick test. */
const DUE_IN_MS = 40_000;
/** The promise: a follow-up due while the worker is stopped notifies within a minute. */
const WITHIN_MS = 60_000;

declare const chrome: {
  action: { getBadgeText(details: object): Promise<string> };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
});

function followUp(id: string, contactId: string, dueAt: number, now: number): FollowUp {
  return {
    id,
    contactId,
    dueAt,
    reason: 'Send the benchmark report',
    source: 'manual',
    goalId: null,
    stepId: null,
    snoozedUntil: null,
    doneAt: null,
    createdAt: now - DAY,
    updatedAt: now - DAY,
  };
}

/** A backup with two overdue follow-ups and one that falls due DUE_IN_MS from now. */
function writeReminderBackup(now: number): { file: string; dueAt: number } {
  const file = writeBackup(
    [
      { id: 'ann', name: 'Ann Lee', levelId: 'customer' },
      { id: 'bo', name: 'Bo Chen', levelId: 'client' },
      { id: 'cy', name: 'Cy Dean', levelId: 'customer' },
    ],
    'reminders-backup.json',
  );
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  const dueAt = now + DUE_IN_MS;
  backup.tables.followUps = [
    followUp('f-ann', 'ann', now - 3 * DAY, now),
    followUp('f-bo', 'bo', now - 2 * DAY, now),
    followUp('f-cy', 'cy', dueAt, now),
  ];
  writeFileSync(file, JSON.stringify(backup));
  return { file, dueAt };
}

const badgeText = (page: Page) => page.evaluate(() => chrome.action.getBadgeText({}));
const notificationIds = (page: Page) =>
  page.evaluate(async () => Object.keys(await chrome.notifications.getAll()));

/** Follows the extension's service worker through CDP: whether it runs, and when it started. */
async function watchWorker(cdp: CDPSession, extensionId: string) {
  const watch = { running: true, starts: [] as number[] };
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue;
      const running = version.runningStatus === 'running' || version.runningStatus === 'starting';
      if (running && !watch.running) watch.starts.push(Date.now());
      watch.running = running;
    }
  });
  await cdp.send('ServiceWorker.enable');
  return watch;
}

describe('background reminders', () => {
  it('counts overdue follow-ups, and notifies of one due while the worker is stopped', async () => {
    const { file, dueAt } = writeReminderBackup(Date.now());
    const dashboard = await importBackupThroughDashboard(session, file);

    // The toolbar count: two follow-ups are overdue; Cy's is not due yet.
    await expect.poll(() => badgeText(dashboard), { timeout: 10_000 }).toBe('2');
    // One alarm at the moment Cy falls due.
    await expect
      .poll(() => dashboard.evaluate(() => chrome.alarms.get('rapport-reminders-due')))
      .toMatchObject({ scheduledTime: dueAt });
    expect(await notificationIds(dashboard)).toEqual([]);

    // The dashboard pokes the worker after its writes (wake-on-change.ts): let the last poke pass, or it
    // could start the worker again before the alarm does.
    await dashboard.waitForTimeout(WAKES_UP_TO_MS_AFTER_WRITES + 1_000);
    // Stop the service worker, as Chrome does after 30 s idle.
    const cdp = await session.context.newCDPSession(dashboard);
    const worker = await watchWorker(cdp, session.extensionId);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => worker.running, { timeout: 10_000 }).toBe(false);
    expect(Date.now()).toBeLessThan(dueAt);
    // Nothing in this test wakes it (the dashboard never messages the background): only the alarm can.

    await expect
      .poll(() => notificationIds(dashboard), { timeout: dueAt - Date.now() + WITHIN_MS, interval: 1_000 })
      .toHaveLength(1);
    const notifiedAt = Date.now();
    expect(notifiedAt - dueAt).toBeLessThan(WITHIN_MS);
    // The worker was started again, by the alarm, at or after the due time.
    expect(worker.starts.length).toBeGreaterThan(0);
    expect(worker.starts[0]).toBeGreaterThanOrEqual(dueAt - 1_000);

    const [id] = await notificationIds(dashboard);
    expect(id).toMatch(/^rapport-due-/);
    const stored = await dashboard.evaluate(() => chrome.storage.local.get('reminders-state'));
    expect(stored['reminders-state']).toMatchObject({ notifications: { [id!]: ['cy'] } });

    // Cy is due today, not overdue: the count stays at two after the restart.
    expect(await badgeText(dashboard)).toBe('2');
    // Another start (the browser restarting the worker again) neither recounts wrongly nor notifies twice.
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => worker.running, { timeout: 10_000 }).toBe(false);
    await cdp.send('ServiceWorker.startWorker', {
      scopeURL: `chrome-extension://${session.extensionId}/`,
    });
    await expect.poll(() => worker.starts.length, { timeout: 10_000 }).toBe(2);
    await dashboard.waitForTimeout(2_000);
    expect(await notificationIds(dashboard)).toEqual([id]);
    expect(await badgeText(dashboard)).toBe('2');

    // New data: the count follows, and the due alarm moves to the next due moment (a cadence, days ahead).
    const fewer = JSON.parse(readFileSync(file, 'utf8'));
    fewer.tables.followUps = fewer.tables.followUps.filter((row: FollowUp) => row.id === 'f-ann');
    writeFileSync(file, JSON.stringify(fewer));
    await importBackupThroughDashboard(session, file, { replacing: true });
    await expect.poll(() => badgeText(dashboard), { timeout: 10_000 }).toBe('1');
    // The count and the alarm are set one after the other by the same check: wait for both.
    await expect
      .poll(
        async () =>
          (await dashboard.evaluate(() => chrome.alarms.get('rapport-reminders-due')))?.scheduledTime ?? 0,
        { timeout: 10_000 },
      )
      .toBeGreaterThan(Date.now() + DAY);
  }, 120_000);
});
