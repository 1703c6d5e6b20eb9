import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RapportDatabase } from '../../lib/db/database';
import { REMINDERS_PORT_NAME, watchChangesForReminders } from '../../lib/reminders/wake-on-change';
import { freshDatabase } from '../db/test-database';
import { contact } from '../domain/builders';
import { fakePort, type FakePort } from '../messaging/fake-port';

let db: RapportDatabase;
let ports: FakePort[];
let connect: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDatabase();
  ports = [];
  // fakeBrowser has no runtime.connect.
  connect = vi.fn(({ name }: { name: string }) => {
    const port = fakePort(name);
    ports.push(port);
    return port.port;
  });
  fakeBrowser.runtime.connect = connect as unknown as typeof fakeBrowser.runtime.connect;
});
afterEach(async () => {
  await db.delete();
});

describe('watchChangesForReminders', () => {
  it('wakes the background once per burst of writes in this page, then lets the port go', async () => {
    const stop = watchChangesForReminders(db);
    await db.contacts.bulkAdd([contact({ id: 'ann' })]);
    await db.contacts.add(contact({ id: 'bo' }));
    await vi.waitFor(() => expect(connect).toHaveBeenCalledTimes(1));
    expect(connect).toHaveBeenCalledWith({ name: REMINDERS_PORT_NAME });
    await vi.waitFor(() => expect(ports[0]!.disconnect).toHaveBeenCalled(), { timeout: 3_000 });

    await db.contacts.delete('ann');
    await vi.waitFor(() => expect(connect).toHaveBeenCalledTimes(2));
    stop();
    await db.contacts.delete('bo');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(connect).toHaveBeenCalledTimes(2);
  });
});
