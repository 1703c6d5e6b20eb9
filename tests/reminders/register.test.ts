import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RapportDatabase } from '../../lib/db/database';
import { takePopupIntent } from '../../lib/popup/intent';
import { defaultQuietHours } from '../../lib/reminders/quiet-hours-setting';
import { registerReminders } from '../../lib/reminders/register';
import { CHANGE_CHECK_DELAY_MS, DUE_ALARM, type ReminderSources } from '../../lib/reminders/scheduler';
import { SHARE_COMMAND, SHARE_MENU_ID } from '../../lib/reminders/share-page';
import { REMINDERS_PORT_NAME } from '../../lib/reminders/wake-on-change';
import { freshDatabase } from '../db/test-database';
import { contact } from '../domain/builders';
import { fakePort } from '../messaging/fake-port';
import { contentSender, pageSender } from '../messaging/test-data';

const NOW = new Date(2026, 10, 23, 9, 0).getTime();

let db: RapportDatabase;
let sources: ReminderSources & { loadSummary: ReturnType<typeof vi.fn> };
let menuClicked: (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => void;
let commandReceived: (command: string, tab?: Browser.tabs.Tab) => void;
let connected: (port: Browser.runtime.Port) => void;
let createMenu: ReturnType<typeof vi.fn>;
let openPopup: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDatabase();
  sources = {
    loadSummary: vi.fn(async () => ({ overdue: 4, nextDueAt: NOW + 60_000 })),
    loadDueContacts: vi.fn(async () => []),
    loadQuietHours: async () => defaultQuietHours,
    snoozeContact: vi.fn(async () => undefined),
  };
  // fakeBrowser implements neither context menus, commands nor runtime.onConnect.
  createMenu = vi.fn();
  Object.assign(fakeBrowser.contextMenus, {
    removeAll: vi.fn(async () => undefined),
    create: createMenu,
  });
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation((listener) => {
    menuClicked = listener;
  });
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
    commandReceived = listener;
  });
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((listener) => {
    connected = listener;
  });
  openPopup = vi.fn(async () => undefined);
  (fakeBrowser.action as { openPopup?: unknown }).openPopup = openPopup;
});
afterEach(async () => {
  vi.useRealTimers();
  await db.delete();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('registerReminders', () => {
  it('checks when the browser starts and when installed: the toolbar count and the due alarm are set', async () => {
    registerReminders(db, sources, () => NOW);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('4'));
    await vi.waitFor(async () =>
      expect((await fakeBrowser.alarms.get(DUE_ALARM))?.scheduledTime).toBe(NOW + 60_000),
    );
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.0.9',
    });
    await vi.waitFor(() => expect(sources.loadSummary).toHaveBeenCalledTimes(2));
  });

  it('does not check when the worker merely wakes, so the page that woke it is answered at once', async () => {
    registerReminders(db, sources, () => NOW);
    await new Promise((resolve) => setTimeout(resolve, CHANGE_CHECK_DELAY_MS + 200));
    expect(sources.loadSummary).not.toHaveBeenCalled();
  });

  it('hears the alarm that woke the worker, registered in the same turn', async () => {
    registerReminders(db, sources, () => NOW);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: DUE_ALARM,
      scheduledTime: NOW,
      persistAcrossSessions: true,
    });
    expect(sources.loadSummary).toHaveBeenCalledTimes(1);
  });

  it('checks again after the data changes', async () => {
    registerReminders(db, sources, () => NOW);
    await db.contacts.add(contact({ id: 'ann' }));
    await vi.waitFor(() => expect(sources.loadSummary).toHaveBeenCalledTimes(1), {
      timeout: CHANGE_CHECK_DELAY_MS + 1_000,
    });
  });

  it('checks when an extension page says it changed the data, not when a content script does', async () => {
    registerReminders(db, sources, () => NOW);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    connected(fakePort(REMINDERS_PORT_NAME, contentSender()).port);
    await vi.advanceTimersByTimeAsync(CHANGE_CHECK_DELAY_MS);
    expect(sources.loadSummary).toHaveBeenCalledTimes(0);
    connected(fakePort(REMINDERS_PORT_NAME, pageSender('/popup.html')).port);
    await vi.advanceTimersByTimeAsync(CHANGE_CHECK_DELAY_MS);
    vi.useRealTimers();
    await vi.waitFor(() => expect(sources.loadSummary).toHaveBeenCalledTimes(1));
  });

  it('puts "Log as shared with…" on web pages and links', async () => {
    registerReminders(db, sources, () => NOW);
    await vi.waitFor(() => expect(createMenu).toHaveBeenCalledTimes(1));
    expect(createMenu).toHaveBeenCalledWith({
      id: SHARE_MENU_ID,
      title: 'Log as shared with…',
      contexts: ['page', 'link'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });

  it('the menu on a link opens the popup on the picker for that link', async () => {
    registerReminders(db, sources, () => NOW);
    menuClicked(
      {
        menuItemId: SHARE_MENU_ID,
        editable: false,
        pageUrl: 'https://news.example/',
        linkUrl: 'https://news.example/story',
        linkText: 'A story',
      } as Browser.contextMenus.OnClickData,
      { id: 3, title: 'News', url: 'https://news.example/' } as Browser.tabs.Tab,
    );
    // Opened within the click, before anything is awaited.
    expect(openPopup).toHaveBeenCalledTimes(1);
    await settle();
    expect(await takePopupIntent(NOW)).toEqual({
      kind: 'share',
      page: { url: 'https://news.example/story', title: 'A story' },
      at: NOW,
    });
  });

  it('the menu on a page, and the shortcut, log the page with its title', async () => {
    registerReminders(db, sources, () => NOW);
    const tab = { id: 3, title: 'Market report', url: 'https://news.example/report' } as Browser.tabs.Tab;
    menuClicked(
      { menuItemId: SHARE_MENU_ID, editable: false, pageUrl: tab.url } as Browser.contextMenus.OnClickData,
      tab,
    );
    await settle();
    const page = { url: 'https://news.example/report', title: 'Market report' };
    expect(await takePopupIntent(NOW)).toMatchObject({ kind: 'share', page });

    commandReceived(SHARE_COMMAND, tab);
    expect(openPopup).toHaveBeenCalledTimes(2);
    await settle();
    expect(await takePopupIntent(NOW)).toMatchObject({ kind: 'share', page });
  });

  it('opens the popup page in a small window where the popup is refused', async () => {
    openPopup.mockRejectedValue(new Error('Could not find an active browser window.'));
    const createWindow = vi
      .spyOn(fakeBrowser.windows, 'create')
      .mockImplementation(async () => ({}) as Browser.windows.Window);
    registerReminders(db, sources, () => NOW);
    commandReceived(SHARE_COMMAND, {
      id: 3,
      title: 'Report',
      url: 'https://news.example/r',
    } as Browser.tabs.Tab);
    await vi.waitFor(() =>
      expect(createWindow).toHaveBeenCalledWith({
        url: fakeBrowser.runtime.getURL('/popup.html'),
        type: 'popup',
        width: 420,
        height: 640,
      }),
    );
    expect(await takePopupIntent(NOW)).toMatchObject({ page: { url: 'https://news.example/r' } });
  });

  it('ignores other commands and menus', async () => {
    registerReminders(db, sources, () => NOW);
    commandReceived('something-else');
    menuClicked({ menuItemId: 'other', editable: false, pageUrl: 'https://a.example/' });
    expect(openPopup).not.toHaveBeenCalled();
  });
});
