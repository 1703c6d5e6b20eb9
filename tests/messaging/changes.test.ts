import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RapportDatabase } from '../../lib/db/database';
import { createChangeBroadcaster } from '../../lib/messaging/change-broadcaster';
import { CHANGES_PORT_NAME } from '../../lib/messaging/change-port';
import { onDatabaseMutated } from '../../lib/messaging/database-mutations';
import { subscribeChanges } from '../../lib/messaging/subscribe-changes';
import { fakePort, type FakePort } from './fake-port';
import { makeAccount, makeContact } from './test-data';
import { loadAccountTiers } from '../../lib/db/account-tiers';
import { getEngineSettings } from '../../lib/db/engine-settings';
import { readCachedRanking } from '../../lib/db/tier-cache';
import { freshDatabase } from '../db/test-database';

describe('change broadcaster', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('posts one notice per burst to every open port', () => {
    const broadcaster = createChangeBroadcaster(250);
    const a = fakePort(CHANGES_PORT_NAME);
    const b = fakePort(CHANGES_PORT_NAME);
    broadcaster.add(a.port);
    broadcaster.add(b.port);
    broadcaster.notify();
    vi.advanceTimersByTime(100);
    broadcaster.notify();
    broadcaster.notify();
    expect(a.postMessage).not.toHaveBeenCalled();
    vi.advanceTimersByTime(150);
    expect(a.postMessage).toHaveBeenCalledTimes(1);
    expect(a.postMessage).toHaveBeenCalledWith({ type: 'changed' });
    expect(b.postMessage).toHaveBeenCalledTimes(1);
  });

  it('does not let a long burst postpone the notice, and announces what comes after it', () => {
    const broadcaster = createChangeBroadcaster(250);
    const a = fakePort(CHANGES_PORT_NAME);
    broadcaster.add(a.port);
    for (let t = 0; t < 1000; t += 50) {
      broadcaster.notify();
      vi.advanceTimersByTime(50);
    }
    expect(a.postMessage).toHaveBeenCalledTimes(4);
    vi.advanceTimersByTime(250);
    expect(a.postMessage).toHaveBeenCalledTimes(4);
    broadcaster.notify();
    vi.advanceTimersByTime(250);
    expect(a.postMessage).toHaveBeenCalledTimes(5);
  });

  it('forgets ports that disconnect or fail', () => {
    const broadcaster = createChangeBroadcaster(250);
    const gone = fakePort(CHANGES_PORT_NAME);
    const broken = fakePort(CHANGES_PORT_NAME);
    const alive = fakePort(CHANGES_PORT_NAME);
    broken.postMessage.mockImplementation(() => {
      throw new Error('Attempting to use a disconnected port object');
    });
    for (const p of [gone, broken, alive]) broadcaster.add(p.port);
    expect(broadcaster.size).toBe(3);
    gone.dropFromOtherEnd();
    expect(broadcaster.size).toBe(2);
    broadcaster.notify();
    vi.advanceTimersByTime(250);
    expect(gone.postMessage).not.toHaveBeenCalled();
    expect(alive.postMessage).toHaveBeenCalledTimes(1);
    expect(broadcaster.size).toBe(1);
  });
});

describe('onDatabaseMutated', () => {
  let db: RapportDatabase;
  let other: RapportDatabase;
  beforeEach(() => {
    db = freshDatabase();
    other = freshDatabase();
  });
  afterEach(async () => {
    await Promise.all([db.delete(), other.delete()]);
  });

  it('fires after a write to this database, not to another one', async () => {
    const listener = vi.fn();
    const otherListener = vi.fn();
    const stop = onDatabaseMutated(db, listener);
    const stopOther = onDatabaseMutated(other, otherListener);
    await other.contacts.add(makeContact({ id: 'x' }));
    await vi.waitFor(() => expect(otherListener).toHaveBeenCalled());
    expect(listener).not.toHaveBeenCalled();
    stopOther();
    await db.contacts.add(makeContact({ id: 'a' }));
    await vi.waitFor(() => expect(listener).toHaveBeenCalled());
    stop();
    listener.mockClear();
    const witness = vi.fn();
    const stopWitness = onDatabaseMutated(db, witness);
    await db.contacts.delete('a');
    await vi.waitFor(() => expect(witness).toHaveBeenCalled());
    expect(listener).not.toHaveBeenCalled();
    stopWitness();
  });

  it('does not fire when a reader stores the 80/20 ranking, but does when an account changes', async () => {
    await db.accounts.add(makeAccount({ id: 'acme', name: 'Acme' }));
    const listener = vi.fn();
    const stop = onDatabaseMutated(db, listener);
    const settings = await getEngineSettings(db);
    await loadAccountTiers(settings, db);
    const pareto = JSON.stringify(settings.pareto);
    await vi.waitFor(async () => expect((await readCachedRanking(db, pareto)).ranking).not.toBeNull());
    // Dexie announces a write when its transaction completes; a later transaction has seen that happen.
    await db.transaction('r', db.contacts, () => db.contacts.count());
    expect(listener).not.toHaveBeenCalled();
    await db.accounts.update('acme', { revenue: 1_000 });
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    stop();
  });

  it('fires when another extension context reports a write over Dexie’s BroadcastChannel', async () => {
    const listener = vi.fn();
    const stop = onDatabaseMutated(db, listener);
    // What Dexie in the sidebar or dashboard posts after committing a transaction.
    const otherContext = new BroadcastChannel('x-storagemutated-1');
    otherContext.postMessage({ [`idb://${db.name}/contacts/`]: {} });
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    otherContext.close();
    stop();
  });
});

describe('subscribeChanges', () => {
  let ports: FakePort[];
  let controller: AbortController;
  let connect: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    vi.useFakeTimers();
    fakeBrowser.reset();
    ports = [];
    controller = new AbortController();
    connect = vi.fn(({ name }: { name: string }) => {
      const port = fakePort(name);
      ports.push(port);
      return port.port;
    });
    (fakeBrowser.runtime as unknown as { connect: typeof connect }).connect = connect;
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  it('connects the changes port and calls back on each notice', () => {
    const onChange = vi.fn();
    subscribeChanges(onChange, controller.signal);
    expect(connect).toHaveBeenCalledWith({ name: CHANGES_PORT_NAME });
    ports[0]!.receive({ type: 'changed' });
    ports[0]!.receive({ type: 'something-else' });
    ports[0]!.receive(null);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reconnects after the background stops and looks again, as changes may have been missed', () => {
    const onChange = vi.fn();
    subscribeChanges(onChange, controller.signal);
    vi.advanceTimersByTime(30_000);
    ports[0]!.dropFromOtherEnd();
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(connect).toHaveBeenCalledTimes(2);
    expect(onChange).toHaveBeenCalledTimes(1);
    ports[1]!.receive({ type: 'changed' });
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('backs off when the port keeps closing right away', () => {
    subscribeChanges(vi.fn(), controller.signal);
    const delays: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const before = connect.mock.calls.length;
      ports.at(-1)!.dropFromOtherEnd();
      let waited = 0;
      while (connect.mock.calls.length === before) {
        vi.advanceTimersByTime(500);
        waited += 500;
      }
      delays.push(waited);
    }
    expect(delays).toEqual([2_000, 4_000, 8_000, 16_000]);
  });

  it('waits for a hidden tab to be shown before reconnecting', () => {
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    const onChange = vi.fn();
    subscribeChanges(onChange, controller.signal);
    vi.advanceTimersByTime(30_000);
    ports[0]!.dropFromOtherEnd();
    vi.advanceTimersByTime(60_000);
    expect(connect).toHaveBeenCalledTimes(1);
    hidden.mockReturnValue(false);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(connect).toHaveBeenCalledTimes(2);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops for good when aborted', () => {
    subscribeChanges(vi.fn(), controller.signal);
    vi.advanceTimersByTime(30_000);
    ports[0]!.dropFromOtherEnd();
    controller.abort();
    vi.advanceTimersByTime(60_000);
    expect(connect).toHaveBeenCalledTimes(1);

    const second = new AbortController();
    subscribeChanges(vi.fn(), second.signal);
    second.abort();
    expect(ports[1]!.disconnect).toHaveBeenCalled();
  });

  it('stays quiet once the extension is gone from under the page', () => {
    const onChange = vi.fn();
    subscribeChanges(onChange, controller.signal);
    vi.advanceTimersByTime(30_000);
    (fakeBrowser.runtime as { id: string | undefined }).id = undefined;
    ports[0]!.dropFromOtherEnd();
    vi.advanceTimersByTime(60_000);
    expect(connect).toHaveBeenCalledTimes(1);
    expect(onChange).not.toHaveBeenCalled();
  });
});
