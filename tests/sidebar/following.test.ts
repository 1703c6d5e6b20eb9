import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { writeSidebarSubject, type SidebarSubject } from '../../lib/messaging/sidebar-subject';
import { pinnedTabId, watchActiveTab, type FollowedTab } from '../../lib/sidebar/active-tab';
import { watchSidebarSubject } from '../../lib/sidebar/watch-subject';

beforeEach(() => {
  fakeBrowser.reset();
  // The fake has no focused window after a reset: answer the sidebar's query as a browser would.
  vi.spyOn(browser.tabs, 'query').mockImplementation(async () =>
    (await fakeBrowser.tabs.getCurrent()) ? [(await fakeBrowser.tabs.getCurrent())!] : [],
  );
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function subject(contactId: string, at: number): SidebarSubject {
  return { person: { kind: 'contact', contactId }, focus: 'card', at };
}

describe('the ?tab= parameter', () => {
  it.each([
    ['?tab=42', 42],
    ['?tab=0', 0],
    ['', null],
    ['?tab=abc', null],
    ['?tab=-3', null],
    ['?tab=4.5', null],
  ])('%s pins tab %s', (search, expected) => {
    expect(pinnedTabId(search)).toBe(expected);
  });
});

describe('following the active tab', () => {
  it('starts on the active tab and follows a switch to another tab', async () => {
    const first = await browser.tabs.create({ url: 'https://www.linkedin.com/in/ana/', active: true });
    const seen: Array<FollowedTab | null> = [];
    const stop = watchActiveTab((tab) => seen.push(tab));
    await flush();
    expect(seen.at(-1)).toMatchObject({ id: first.id, url: 'https://www.linkedin.com/in/ana/', urlSince: 0 });

    const second = await browser.tabs.create({ url: 'https://mail.google.com/mail/u/0/', active: true });
    await flush();
    expect(seen.at(-1)).toMatchObject({ id: second.id, url: 'https://mail.google.com/mail/u/0/' });
    stop();
  });

  it('notes when the followed tab moves to a new page, and ignores other tabs', async () => {
    const other = await browser.tabs.create({ url: 'https://example.com/', active: false });
    const tab = await browser.tabs.create({ url: 'https://www.linkedin.com/in/ana/', active: true });
    const seen: Array<FollowedTab | null> = [];
    const stop = watchActiveTab((t) => seen.push(t), { clock: () => 5_000 });
    await flush();
    const before = seen.length;

    await browser.tabs.update(other.id!, { url: 'https://example.com/other' });
    expect(seen.length).toBe(before);

    await browser.tabs.update(tab.id!, { url: 'https://www.linkedin.com/in/bo/' });
    expect(seen.at(-1)).toMatchObject({
      id: tab.id,
      url: 'https://www.linkedin.com/in/bo/',
      urlSince: 5_000,
    });

    // The page sets its title (no tabs API can; the fake's update stands in for the browser).
    await browser.tabs.update(tab.id!, { title: 'Bo | LinkedIn' } as Browser.tabs.UpdateProperties);
    // A new title on the same page keeps the time it arrived there.
    expect(seen.at(-1)).toMatchObject({ title: 'Bo | LinkedIn', urlSince: 5_000 });
    stop();
  });

  it('stays on a pinned tab whatever becomes active', async () => {
    const pinned = await browser.tabs.create({ url: 'https://www.linkedin.com/in/ana/', active: false });
    const seen: Array<FollowedTab | null> = [];
    const stop = watchActiveTab((t) => seen.push(t), { pinned: pinned.id! });
    await flush();
    expect(seen.at(-1)?.id).toBe(pinned.id);
    await browser.tabs.create({ url: 'chrome-extension://x/sidepanel.html', active: true });
    await flush();
    expect(seen.at(-1)?.id).toBe(pinned.id);
    stop();
  });

  it('says nothing after stop()', async () => {
    await browser.tabs.create({ url: 'https://www.linkedin.com/in/ana/', active: true });
    const listener = vi.fn();
    const stop = watchActiveTab(listener);
    await flush();
    stop();
    listener.mockClear();
    await browser.tabs.create({ url: 'https://example.com/', active: true });
    await flush();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('following the badge-click subject of a tab', () => {
  it('reads what was stored before the sidebar opened (Firefox: opened by hand after the click)', async () => {
    await writeSidebarSubject(7, subject('c-ana', 100));
    const listener = vi.fn();
    const stop = watchSidebarSubject(7, listener);
    await flush();
    expect(listener).toHaveBeenLastCalledWith(subject('c-ana', 100));
    stop();
  });

  it('hears later clicks on its own tab only, and keeps the newest', async () => {
    const listener = vi.fn();
    const stop = watchSidebarSubject(7, listener);
    await flush();
    expect(listener).toHaveBeenLastCalledWith(null);

    await writeSidebarSubject(7, subject('c-bo', 200));
    expect(listener).toHaveBeenLastCalledWith(subject('c-bo', 200));
    await writeSidebarSubject(8, subject('c-other-tab', 300));
    expect(listener).toHaveBeenLastCalledWith(subject('c-bo', 200));
    // An older request arriving late does not replace a newer one.
    await writeSidebarSubject(7, subject('c-ana', 150));
    expect(listener).toHaveBeenLastCalledWith(subject('c-bo', 200));
    stop();
  });

  it('ignores a stored value that is not a valid subject', async () => {
    await browser.storage.session.set({ 'sidebar-subject:7': { person: 'x' } });
    const listener = vi.fn();
    const stop = watchSidebarSubject(7, listener);
    await flush();
    expect(listener).toHaveBeenLastCalledWith(null);
    stop();
  });
});
