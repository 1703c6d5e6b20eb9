import { describe, expect, it } from 'vitest';
import { dueState } from '../../lib/domain/due';
import { lastGiveAt } from '../../lib/domain/gestures';
import { articleFromPage, logTouch, setAskOutcome, undoTouch } from '../../lib/db/touch';
import { putRecords } from '../../lib/db/records';
import type { FollowUp } from '../../lib/db/schema';
import { contact, day, followUp, NOW } from '../domain/builders';
import { freshDatabase, readEverything, seedDatabase } from './test-database';

async function setUp(followUps: FollowUp[] = []) {
  const database = freshDatabase();
  const person = contact({ id: 'ada', accountId: null });
  await seedDatabase(database, { contacts: [person], followUps });
  return database;
}

describe('logging a gesture', () => {
  it('stores the gesture at now with what was shared', async () => {
    const database = await setUp();
    const logged = await logTouch(
      { contactId: 'ada', type: 'article', title: '  Market report ', url: 'https://news.example/report' },
      NOW,
      database,
    );
    const stored = await database.gestures.get(logged.gesture.id);
    expect(stored).toMatchObject({
      contactId: 'ada',
      type: 'article',
      at: NOW,
      title: 'Market report',
      url: 'https://news.example/report',
      createdAt: NOW,
    });
    expect(stored?.outcome).toBeUndefined();
  });

  it('logs an ask as pending unless the answer is given, and never an outcome on a give', async () => {
    const database = await setUp();
    const ask = await logTouch({ contactId: 'ada', type: 'referral-ask' }, NOW, database);
    const yes = await logTouch({ contactId: 'ada', type: 'reference-ask', outcome: 'yes' }, NOW, database);
    const give = await logTouch({ contactId: 'ada', type: 'thanks', outcome: 'yes' }, NOW, database);
    expect(ask.gesture.outcome).toBe('pending');
    expect(yes.gesture.outcome).toBe('yes');
    expect(give.gesture.outcome).toBeUndefined();
  });

  it('refuses a contact that does not exist and saves nothing', async () => {
    const database = await setUp();
    await expect(logTouch({ contactId: 'nobody', type: 'gift' }, NOW, database)).rejects.toThrow(
      /no contacts record/,
    );
    expect(await database.gestures.count()).toBe(0);
  });

  it('a give closes due manual follow-ups and cadence snoozes, not later ones nor goal steps', async () => {
    const overdue = followUp('ada', day(-3), { id: 'overdue' });
    const laterToday = followUp('ada', NOW + 3 * 3_600_000, { id: 'later-today' });
    const nextWeek = followUp('ada', day(7), { id: 'next-week' });
    const snoozedOut = followUp('ada', day(-3), { id: 'snoozed-out', snoozedUntil: day(2) });
    const goalStep = followUp('ada', day(-1), { id: 'goal-step', source: 'goal' });
    const cadence = followUp('ada', day(5), { id: 'cadence', source: 'cadence', snoozedUntil: day(5) });
    const done = followUp('ada', day(-9), { id: 'done', doneAt: day(-8) });
    const database = await setUp([overdue, laterToday, nextWeek, snoozedOut, goalStep, cadence, done]);

    const logged = await logTouch({ contactId: 'ada', type: 'check-in' }, NOW, database);

    expect(logged.closedFollowUps.map((f) => f.id).sort()).toEqual(['cadence', 'later-today', 'overdue']);
    const after = await database.followUps.toArray();
    const doneAt = Object.fromEntries(after.map((f) => [f.id, f.doneAt]));
    expect(doneAt).toEqual({
      overdue: NOW,
      'later-today': NOW,
      cadence: NOW,
      'next-week': null,
      'snoozed-out': null,
      'goal-step': null,
      done: day(-8),
    });
  });

  it('an ask or a signal closes nothing and does not reset the clock', async () => {
    const overdue = followUp('ada', day(-3), { id: 'overdue' });
    const database = await setUp([overdue]);
    for (const type of ['referral-ask', 'shared-strategy'] as const) {
      const logged = await logTouch({ contactId: 'ada', type }, NOW, database);
      expect(logged.closedFollowUps).toEqual([]);
    }
    expect((await database.followUps.get('overdue'))?.doneAt).toBeNull();
    expect(lastGiveAt(await database.gestures.toArray(), NOW)).toBeNull();
  });

  it('a give dated in the future closes nothing yet', async () => {
    const database = await setUp([followUp('ada', day(-3), { id: 'overdue' })]);
    const logged = await logTouch({ contactId: 'ada', type: 'gift', at: day(2) }, NOW, database);
    expect(logged.closedFollowUps).toEqual([]);
  });

  it('resets the cadence clock: the contact is no longer due after a give', async () => {
    const database = await setUp();
    const clock = async () =>
      dueState(
        {
          lastGiveAt: lastGiveAt(await database.gestures.toArray(), NOW),
          since: day(-400),
          cadenceDays: 30,
          followUps: await database.followUps.toArray(),
        },
        NOW,
        3,
      ).status;
    expect(await clock()).toBe('badly-overdue');
    await logTouch({ contactId: 'ada', type: 'training' }, NOW, database);
    expect(await clock()).toBe('upcoming');
  });

  it('is all or nothing: a failing follow-up update leaves no gesture behind', async () => {
    const database = await setUp([followUp('ada', day(-3), { id: 'overdue' })]);
    // The gesture is written first; then closing the follow-up fails.
    database.followUps.hook('updating', () => {
      throw new Error('disk full');
    });
    await expect(logTouch({ contactId: 'ada', type: 'gift' }, NOW, database)).rejects.toThrow();
    expect(await database.gestures.count()).toBe(0);
    expect((await database.followUps.get('overdue'))?.doneAt).toBeNull();
  });
});

describe('undoing a logged gesture', () => {
  it('restores exactly the state before the log', async () => {
    const database = await setUp([
      followUp('ada', day(-3), { id: 'overdue' }),
      followUp('ada', day(5), { id: 'cadence', source: 'cadence', snoozedUntil: day(5) }),
    ]);
    const before = await readEverything(database);
    const logged = await logTouch({ contactId: 'ada', type: 'introduction' }, NOW, database);
    expect(await readEverything(database)).not.toEqual(before);
    await undoTouch(logged, database);
    expect(await readEverything(database)).toEqual(before);
  });

  it('is harmless when run twice', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    const logged = await logTouch({ contactId: 'ada', type: 'gift' }, NOW, database);
    await undoTouch(logged, database);
    await undoTouch(logged, database);
    expect(await readEverything(database)).toEqual(before);
  });
});

describe('the answer to an ask', () => {
  it('is recorded later and can be put back', async () => {
    const database = await setUp();
    const { gesture } = await logTouch({ contactId: 'ada', type: 'reference-ask' }, NOW, database);
    const before = await setAskOutcome(gesture.id, 'yes', NOW + 1, database);
    expect((await database.gestures.get(gesture.id))?.outcome).toBe('yes');
    await putRecords({ gestures: [before] }, database);
    expect((await database.gestures.get(gesture.id))?.outcome).toBe('pending');
  });

  it('is refused for a give', async () => {
    const database = await setUp();
    const { gesture } = await logTouch({ contactId: 'ada', type: 'gift' }, NOW, database);
    await expect(setAskOutcome(gesture.id, 'yes', NOW, database)).rejects.toThrow(/ask/);
  });
});

describe('what an article share records for a page', () => {
  it('keeps the title and URL of a web page', () => {
    expect(articleFromPage({ url: 'https://news.example/a?b=1', title: ' Big\n news ' })).toEqual({
      url: 'https://news.example/a?b=1',
      title: 'Big news',
    });
  });

  it('names an untitled page after its host and cuts a long title', () => {
    expect(articleFromPage({ url: 'https://news.example/a', title: '' })?.title).toBe('news.example');
    expect(articleFromPage({ url: 'https://news.example/a', title: 'x'.repeat(900) })?.title).toHaveLength(
      400,
    );
  });

  it.each([
    'chrome://newtab/',
    'about:blank',
    'file:///home/me/a.pdf',
    'not a url',
    `https://a.example/${'x'.repeat(2100)}`,
  ])('offers nothing for %s', (url) => {
    expect(articleFromPage({ url, title: 'Page' })).toBeNull();
  });
});
