import { describe, expect, it } from 'vitest';
import { dueState } from '../../lib/domain/due';
import { lastGiveAt } from '../../lib/domain/gestures';
import {
  completeFollowUp,
  setFollowUp,
  snoozeContact,
  undoFollowUpChange,
} from '../../lib/db/follow-up-actions';
import type { RapportDatabase } from '../../lib/db/database';
import type { FollowUp, Gesture, Goal } from '../../lib/db/schema';
import { logTouch } from '../../lib/db/touch';
import { contact, day, followUp, gesture, goal, NOW } from '../domain/builders';
import { freshDatabase, readEverything, seedDatabase } from './test-database';

async function setUp(parts: { followUps?: FollowUp[]; gestures?: Gesture[]; goals?: Goal[] } = {}) {
  const database = freshDatabase();
  await seedDatabase(database, {
    contacts: [contact({ id: 'ada', accountId: null, createdAt: day(-400) })],
    goals: parts.goals ?? [],
    gestures: parts.gestures ?? [],
    followUps: parts.followUps ?? [],
  });
  return database;
}

/** The contact's due state as the engine sees it, with a 30-day cadence. */
async function due(database: RapportDatabase, now = NOW) {
  return dueState(
    {
      lastGiveAt: lastGiveAt(await database.gestures.toArray(), now),
      since: day(-400),
      cadenceDays: 30,
      followUps: await database.followUps.toArray(),
    },
    now,
    3,
  );
}

describe('snoozing a contact', () => {
  it('postpones the cadence with a cadence follow-up for this round', async () => {
    const database = await setUp({ gestures: [gesture('ada', 'gift', day(-40))] });
    expect((await due(database)).status).toBe('overdue');
    const change = await snoozeContact('ada', day(7), NOW, database);
    const state = await due(database);
    expect(state.status).toBe('snoozed');
    expect(state.dueAt).toBe(day(7));
    expect(change.createdFollowUpIds).toHaveLength(1);
    const made = await database.followUps.get(change.createdFollowUpIds[0]!);
    expect(made).toMatchObject({ source: 'cadence', snoozedUntil: day(7), doneAt: null, createdAt: NOW });
  });

  it('postpones every explicit follow-up due before the end of the snooze, not later ones', async () => {
    const database = await setUp({
      gestures: [gesture('ada', 'gift', day(-1))],
      followUps: [
        followUp('ada', day(-2), { id: 'late' }),
        followUp('ada', day(1), { id: 'tomorrow', source: 'goal' }),
        followUp('ada', day(20), { id: 'later' }),
        followUp('ada', day(-5), { id: 'done', doneAt: day(-4) }),
      ],
    });
    const change = await snoozeContact('ada', day(7), NOW, database);
    const snoozed = Object.fromEntries(
      (await database.followUps.toArray()).map((f) => [f.id, f.snoozedUntil]),
    );
    expect(snoozed).toMatchObject({ late: day(7), tomorrow: day(7), later: null, done: null });
    expect(change.before.followUps.map((f) => f.id).sort()).toEqual(['late', 'tomorrow']);
    const state = await due(database);
    expect(state.status).toBe('snoozed');
    expect(state.dueAt).toBe(day(7));
  });

  it("reuses this round's cadence follow-up; the latest choice wins", async () => {
    const database = await setUp({ gestures: [gesture('ada', 'gift', day(-40))] });
    await snoozeContact('ada', day(7), NOW, database);
    const second = await snoozeContact('ada', day(1), NOW + 1, database);
    expect(second.createdFollowUpIds).toEqual([]);
    expect(await database.followUps.count()).toBe(1);
    expect((await due(database)).dueAt).toBe(day(1));
  });

  it('a snooze from a past round does not count: a new one is made', async () => {
    const old = followUp('ada', day(-30), {
      id: 'old',
      source: 'cadence',
      snoozedUntil: day(-30),
      createdAt: day(-45),
    });
    const database = await setUp({ gestures: [gesture('ada', 'gift', day(-40))], followUps: [old] });
    const change = await snoozeContact('ada', day(3), NOW, database);
    expect(change.createdFollowUpIds).toHaveLength(1);
    expect((await database.followUps.get('old'))?.snoozedUntil).toBe(day(-30));
  });

  it('after a give, a new round starts: the snooze no longer counts', async () => {
    const database = await setUp({ gestures: [gesture('ada', 'gift', day(-40))] });
    await snoozeContact('ada', day(2), NOW, database);
    await logTouch({ contactId: 'ada', type: 'thanks' }, NOW + 1000, database);
    const state = await due(database, NOW + 1000);
    expect(state.snoozedUntil).toBeNull();
    expect(state.dueAt).toBe(day(30) + 1000);
  });

  it('refuses a snooze that ends in the past', async () => {
    const database = await setUp();
    await expect(snoozeContact('ada', NOW - 1, NOW, database)).rejects.toThrow(RangeError);
    expect(await database.followUps.count()).toBe(0);
  });

  it('is undone exactly', async () => {
    const database = await setUp({
      gestures: [gesture('ada', 'gift', day(-40))],
      followUps: [followUp('ada', day(-2), { id: 'late' })],
    });
    const before = await readEverything(database);
    const change = await snoozeContact('ada', day(7), NOW, database);
    await undoFollowUpChange(change, database);
    expect(await readEverything(database)).toEqual(before);
  });
});

describe('completing a follow-up', () => {
  it('marks it done at now and undo reopens it', async () => {
    const database = await setUp({ followUps: [followUp('ada', day(-2), { id: 'late' })] });
    const before = await readEverything(database);
    const change = await completeFollowUp('late', NOW, database);
    expect((await database.followUps.get('late'))?.doneAt).toBe(NOW);
    await undoFollowUpChange(change, database);
    expect(await readEverything(database)).toEqual(before);
  });

  it('ticks the goal step it came from, and undo unticks it', async () => {
    const plan = goal({
      id: 'g1',
      contactId: 'ada',
      steps: [
        { id: 's1', text: 'Ask for an intro to the CFO', dueAt: day(-1), doneAt: null },
        { id: 's2', text: 'Lunch', dueAt: day(9), doneAt: null },
      ],
    });
    const database = await setUp({
      goals: [plan],
      followUps: [followUp('ada', day(-1), { id: 'step', source: 'goal', goalId: 'g1', stepId: 's1' })],
    });
    const before = await readEverything(database);
    const change = await completeFollowUp('step', NOW, database);
    const steps = (await database.goals.get('g1'))?.steps;
    expect(steps?.map((s) => s.doneAt)).toEqual([NOW, null]);
    await undoFollowUpChange(change, database);
    expect(await readEverything(database)).toEqual(before);
  });

  it('changes nothing for a follow-up already done or gone', async () => {
    const database = await setUp({ followUps: [followUp('ada', day(-2), { id: 'done', doneAt: day(-1) })] });
    const before = await readEverything(database);
    expect((await completeFollowUp('done', NOW, database)).before.followUps).toEqual([]);
    expect((await completeFollowUp('missing', NOW, database)).before.followUps).toEqual([]);
    expect(await readEverything(database)).toEqual(before);
  });
});

describe('setting a follow-up', () => {
  it('creates a manual follow-up that makes the contact due on that date', async () => {
    const database = await setUp({ gestures: [gesture('ada', 'gift', day(-1))] });
    const change = await setFollowUp(
      { contactId: 'ada', dueAt: day(2), reason: ' Send the proposal ' },
      NOW,
      database,
    );
    const made = await database.followUps.get(change.createdFollowUpIds[0]!);
    expect(made).toMatchObject({
      source: 'manual',
      dueAt: day(2),
      reason: 'Send the proposal',
      doneAt: null,
    });
    const state = await due(database);
    expect(state.followUp?.id).toBe(made?.id);
    expect(state.status).toBe('due-soon');
  });

  it('refuses a reason that is too long and saves nothing', async () => {
    const database = await setUp();
    await expect(
      setFollowUp({ contactId: 'ada', dueAt: day(2), reason: 'x'.repeat(401) }, NOW, database),
    ).rejects.toThrow(/reason/);
    expect(await database.followUps.count()).toBe(0);
  });

  it('is undone by removing it', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    const change = await setFollowUp({ contactId: 'ada', dueAt: day(2), reason: 'Call' }, NOW, database);
    await undoFollowUpChange(change, database);
    expect(await readEverything(database)).toEqual(before);
  });
});
