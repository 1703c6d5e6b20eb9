import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { firstPaintOf, readStoredSnapshot } from '../../lib/popup/first-paint';
import { readQueueSnapshot, writeQueueSnapshot } from '../../lib/popup/queue-snapshot';
import type { ReminderPerson } from '../../lib/popup/reminder-data';

beforeEach(() => fakeBrowser.reset());

const entry = (contactId: string) => ({
  contactId,
  score: 2,
  dueAt: 1_000,
  next: { dueAt: 1_000, followUp: null, snoozedUntil: null, cadenceDueAt: 1_000 },
  reasons: ['2.0× overdue'],
});

const person = (contactId: string, name: string): ReminderPerson => ({
  contactId,
  name,
  accountName: null,
  level: { id: 'client', name: 'Client', color: '#1f5fa8' },
  linkedinSlug: 'jose-nunez',
  email: null,
});

const people = new Map([
  ['a', person('a', 'Ana Álvarez')],
  ['b', person('b', '王芳')],
  ['c', person('c', 'Cy')],
]);

describe('the popup’s saved list', () => {
  it('keeps the first page of what was ranked, with who those entries are', async () => {
    await writeQueueSnapshot(
      { at: 5_000, total: 3, anyContact: true, entries: [entry('a'), entry('b'), entry('c')] },
      2,
      people,
    );
    expect(await readQueueSnapshot()).toEqual({
      at: 5_000,
      total: 3,
      anyContact: true,
      entries: [entry('a'), entry('b')],
      people: [person('a', 'Ana Álvarez'), person('b', '王芳')],
    });
  });

  it('saves an entry whose person was not read without one', async () => {
    await writeQueueSnapshot({ at: 5_000, total: 1, anyContact: true, entries: [entry('z')] }, 2, people);
    expect((await readQueueSnapshot())?.people).toEqual([]);
  });

  it('is ignored when none was saved or what is stored is not a list', async () => {
    expect(await readQueueSnapshot()).toBeNull();
    await fakeBrowser.storage.local.set({
      'popup-queue-snapshot': {
        at: 5_000,
        total: 1,
        anyContact: true,
        entries: [{ contactId: '' }],
        people: [],
      },
    });
    expect(await readQueueSnapshot()).toBeNull();
  });
});

describe('the first paint’s reading of the saved list', () => {
  it('shows what the popup saved', async () => {
    await writeQueueSnapshot(
      { at: 5_000, total: 7, anyContact: true, entries: [entry('a'), entry('b')] },
      30,
      people,
    );
    const saved = firstPaintOf(await readStoredSnapshot());
    expect(saved).toEqual({
      at: 5_000,
      total: 7,
      entries: [
        { contactId: 'a', dueAt: 1_000, reasons: ['2.0× overdue'] },
        { contactId: 'b', dueAt: 1_000, reasons: ['2.0× overdue'] },
      ],
      people: new Map([
        ['a', person('a', 'Ana Álvarez')],
        ['b', person('b', '王芳')],
      ]),
    });
  });

  it('refuses anything whose shown fields are unsound', () => {
    const good = {
      at: 5_000,
      total: 1,
      entries: [{ contactId: 'a', dueAt: 1_000, reasons: ['late'] }],
      people: [person('a', 'Ana')],
    };
    expect(firstPaintOf(good)).not.toBeNull();
    const broken: unknown[] = [
      undefined,
      null,
      'a list',
      { ...good, at: -1 },
      { ...good, total: 1.5 },
      { ...good, entries: 'none' },
      { ...good, entries: [{ contactId: 'a', dueAt: '1000', reasons: [] }] },
      { ...good, entries: [{ contactId: 'a', dueAt: 1_000, reasons: [42] }] },
      { ...good, entries: [{ contactId: 'x'.repeat(201), dueAt: 1_000, reasons: [] }] },
      { ...good, people: [{ ...person('a', 'Ana'), name: 7 }] },
      { ...good, people: [{ ...person('a', 'Ana'), level: { id: 'c', name: 'C', color: 'red' } }] },
      { ...good, people: [{ ...person('a', 'Ana'), email: {} }] },
      { ...good, people: [{ ...person('a', 'Ana'), level: null }] },
    ];
    for (const value of broken) expect(firstPaintOf(value)).toBeNull();
  });
});
