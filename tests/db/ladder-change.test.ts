import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RapportDatabase } from '../../lib/db/database';
import {
  countContactsByLevel,
  countGoalsByTargetLevel,
  removedLevels,
  saveLadder,
  undoLadderChange,
} from '../../lib/db/ladder-change';
import type { Ladder } from '../../lib/db/schema';
import { getSetting, ladderSetting } from '../../lib/db/settings';
import { InvalidRecordError } from '../../lib/db/validation';
import { defaultLadder } from '../../lib/domain/default-ladder';
import { contact, goal, NOW } from '../domain/builders';
import { freshDatabase, readEverything, seedDatabase } from './test-database';

const MINUTE = 60_000;

let db: RapportDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

/** The default ladder without Supporter, Advocate renamed. */
const withoutSupporter: Ladder = {
  levels: defaultLadder.levels
    .filter((level) => level.id !== 'supporter')
    .map((level) => (level.id === 'advocate' ? { ...level, name: 'Champion' } : level)),
};

describe('saving a ladder', () => {
  it('moves the contacts and goals of a removed level where the user said, with the ladder, in one go', async () => {
    await seedDatabase(db, {
      contacts: [
        contact({ id: 'sue', levelId: 'supporter' }),
        contact({ id: 'sam', levelId: 'supporter' }),
        contact({ id: 'cal', levelId: 'client' }),
      ],
      goals: [goal({ id: 'g1', contactId: 'cal', targetLevelId: 'supporter' })],
    });
    expect(await countContactsByLevel(['supporter', 'client'], db)).toEqual({ supporter: 2, client: 1 });

    await saveLadder(withoutSupporter, { supporter: 'client' }, NOW, db);

    expect(await getSetting(ladderSetting, db)).toEqual(withoutSupporter);
    expect(await countContactsByLevel(['supporter', 'client'], db)).toEqual({ supporter: 0, client: 3 });
    expect((await db.contacts.get('sue'))?.updatedAt).toBe(NOW);
    expect((await db.goals.get('g1'))?.targetLevelId).toBe('client');
  });

  it('refuses to remove a level without saying where its contacts go, and changes nothing', async () => {
    await seedDatabase(db, { contacts: [contact({ id: 'sue', levelId: 'supporter' })] });
    const before = await readEverything(db);
    await expect(saveLadder(withoutSupporter, {}, NOW, db)).rejects.toThrow(
      'say which level the contacts and goals on "Supporter" move to',
    );
    await expect(saveLadder(withoutSupporter, { supporter: 'supporter' }, NOW, db)).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    expect(await readEverything(db)).toEqual(before);
  });

  it('refuses a ladder that breaks the ladder rules, saying which level and why', async () => {
    const unreadable: Ladder = {
      levels: defaultLadder.levels.map((level, index) =>
        index === 1 ? { ...level, color: '#fafafa' } : level,
      ),
    };
    await expect(saveLadder(unreadable, {}, NOW, db)).rejects.toThrow(
      /level 2: the colour #fafafa is too light/,
    );
    expect(await getSetting(ladderSetting, db)).toEqual(defaultLadder);
  });

  it('is undone exactly: the ladder, the moved contacts and goals as they were', async () => {
    await seedDatabase(db, {
      contacts: [contact({ id: 'sue', levelId: 'supporter' })],
      goals: [goal({ id: 'g1', contactId: 'sue', targetLevelId: 'supporter' })],
    });
    const before = await readEverything(db);
    const undo = await saveLadder(withoutSupporter, { supporter: 'prospect' }, NOW, db);
    await undoLadderChange(undo, NOW + MINUTE, db);
    const after = await readEverything(db);
    expect(after.contacts).toEqual(before.contacts);
    expect(after.goals).toEqual(before.goals);
    expect(await getSetting(ladderSetting, db)).toEqual(defaultLadder);
  });

  it('undoes only the move: edits made since stay, and the deleted and the moved again stay so', async () => {
    await seedDatabase(db, {
      contacts: [
        contact({ id: 'sue', levelId: 'supporter' }),
        contact({ id: 'sam', levelId: 'supporter' }),
        contact({ id: 'sid', levelId: 'supporter' }),
        contact({ id: 'sol', levelId: 'supporter' }),
      ],
      goals: [
        goal({ id: 'g1', contactId: 'sue', targetLevelId: 'supporter' }),
        goal({ id: 'g2', contactId: 'sol', targetLevelId: 'supporter' }),
      ],
    });
    const undo = await saveLadder(withoutSupporter, { supporter: 'prospect' }, NOW, db);
    const later = NOW + MINUTE;
    await db.contacts.update('sue', { tags: ['vip'], cadenceDays: 7, updatedAt: later });
    await db.contacts.delete('sam');
    await db.contacts.update('sid', { levelId: 'client', updatedAt: later });
    await db.goals.update('g1', { title: 'Sue speaks at our summit', updatedAt: later });

    await undoLadderChange(undo, later + MINUTE, db);

    expect(await db.contacts.get('sue')).toMatchObject({
      levelId: 'supporter',
      tags: ['vip'],
      cadenceDays: 7,
      updatedAt: later + MINUTE,
    });
    expect(await db.contacts.get('sam')).toBeUndefined();
    expect((await db.contacts.get('sid'))?.levelId).toBe('client');
    expect(await db.contacts.get('sol')).toEqual(undo.contacts.find((before) => before.id === 'sol'));
    expect(await db.goals.get('g1')).toMatchObject({
      targetLevelId: 'supporter',
      title: 'Sue speaks at our summit',
    });
    expect((await db.goals.get('g2'))?.targetLevelId).toBe('supporter');
  });

  it('counts the goals aiming at each level', async () => {
    await seedDatabase(db, {
      contacts: [contact({ id: 'sue', levelId: 'client' })],
      goals: [
        goal({ id: 'g1', contactId: 'sue', targetLevelId: 'advocate' }),
        goal({ id: 'g2', contactId: 'sue', targetLevelId: 'advocate' }),
        goal({ id: 'g3', contactId: 'sue', targetLevelId: null }),
      ],
    });
    expect(await countGoalsByTargetLevel(['supporter', 'advocate'], db)).toEqual({
      supporter: 0,
      advocate: 2,
    });
  });

  it('names the levels a new ladder drops', () => {
    expect(removedLevels(defaultLadder, withoutSupporter).map((level) => level.id)).toEqual(['supporter']);
    expect(removedLevels(defaultLadder, defaultLadder)).toEqual([]);
  });
});
