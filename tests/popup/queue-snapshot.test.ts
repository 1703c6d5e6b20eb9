import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { readQueueSnapshot, writeQueueSnapshot } from '../../lib/popup/queue-snapshot';

beforeEach(() => fakeBrowser.reset());

const entry = (contactId: string) => ({
  contactId,
  score: 2,
  dueAt: 1_000,
  next: { dueAt: 1_000, followUp: null, snoozedUntil: null, cadenceDueAt: 1_000 },
  reasons: ['2.0× overdue'],
});

describe('the popup’s saved list', () => {
  it('keeps the first page of what was ranked', async () => {
    await writeQueueSnapshot(
      { at: 5_000, total: 3, anyContact: true, entries: [entry('a'), entry('b'), entry('c')] },
      2,
    );
    expect(await readQueueSnapshot()).toEqual({
      at: 5_000,
      total: 3,
      anyContact: true,
      entries: [entry('a'), entry('b')],
    });
  });

  it('is ignored when none was saved or what is stored is not a list', async () => {
    expect(await readQueueSnapshot()).toBeNull();
    await fakeBrowser.storage.local.set({
      'popup-queue-snapshot': { at: 5_000, total: 1, anyContact: true, entries: [{ contactId: '' }] },
    });
    expect(await readQueueSnapshot()).toBeNull();
  });
});
