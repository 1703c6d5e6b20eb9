import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RapportDatabase } from '../../lib/db/database';
import { registerBackgroundMessaging } from '../../lib/messaging/background';
import { CHANGES_PORT_NAME } from '../../lib/messaging/change-port';
import { readSidebarSubject, writeSidebarSubject } from '../../lib/messaging/sidebar-subject';
import { fakePort } from './fake-port';
import { contentSender, makeContact, pageSender } from './test-data';
import { freshDatabase } from '../db/test-database';

let db: RapportDatabase;
let connectListener: (port: Browser.runtime.Port) => void;

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDatabase();
  // fakeBrowser does not implement runtime.onConnect; capture the listener instead.
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((listener) => {
    connectListener = listener;
  });
  registerBackgroundMessaging(db);
});
afterEach(async () => {
  await db.delete();
});

async function send(message: unknown, sender: Browser.runtime.MessageSender) {
  const sendResponse = vi.fn();
  const returned = await fakeBrowser.runtime.onMessage.trigger(message, sender, sendResponse);
  // `true` keeps the channel open for the asynchronous answer.
  expect(returned).toEqual([true]);
  await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledTimes(1));
  return sendResponse.mock.calls[0]![0];
}

describe('registerBackgroundMessaging', () => {
  it('answers content scripts through onMessage', async () => {
    await db.contacts.add(makeContact({ id: 'ann', emails: ['ann@acme.com'] }));
    const answer = await send(
      { type: 'lookup', identities: [{ kind: 'email', value: 'ann@acme.com' }] },
      contentSender(),
    );
    expect(answer).toMatchObject({ ok: true, data: { results: [{ status: 'known' }] } });
  });

  it('answers every message, including ones it refuses', async () => {
    expect(await send({ type: 'get-status' }, contentSender())).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(await send('hello', contentSender())).toMatchObject({ error: { code: 'invalid-message' } });
  });

  it('keeps change ports from its own content scripts and pages, and tells them about writes', async () => {
    const content = fakePort(CHANGES_PORT_NAME, contentSender());
    const page = fakePort(CHANGES_PORT_NAME, pageSender('/dashboard.html'));
    connectListener(content.port);
    connectListener(page.port);
    expect(await send({ type: 'get-status' }, pageSender())).toEqual({
      ok: true,
      data: { contacts: 0, changeSubscribers: 2 },
    });
    await db.contacts.add(makeContact({ id: 'ann' }));
    await vi.waitFor(() => expect(content.postMessage).toHaveBeenCalledWith({ type: 'changed' }));
    expect(page.postMessage).toHaveBeenCalledWith({ type: 'changed' });
  });

  it('disconnects change ports from anyone else, and leaves other ports alone', async () => {
    const stranger = fakePort(CHANGES_PORT_NAME, contentSender('https://example.com/'));
    const unnamed = fakePort(CHANGES_PORT_NAME);
    const otherPort = fakePort('someone-elses-port', contentSender());
    for (const p of [stranger, unnamed, otherPort]) connectListener(p.port);
    expect(stranger.disconnect).toHaveBeenCalled();
    expect(unnamed.disconnect).toHaveBeenCalled();
    expect(otherPort.disconnect).not.toHaveBeenCalled();
    expect(await send({ type: 'get-status' }, pageSender())).toMatchObject({
      data: { changeSubscribers: 0 },
    });
  });

  it('forgets the sidebar’s person when the tab closes', async () => {
    await writeSidebarSubject(4, { person: { kind: 'contact', contactId: 'ann' }, focus: 'card', at: 1 });
    await fakeBrowser.tabs.onRemoved.trigger(4, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await readSidebarSubject(4)).toBeNull());
  });
});
