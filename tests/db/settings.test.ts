import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { defaultLadder } from '../../lib/domain/default-ladder';
import { listCorruptRecords } from '../../lib/db/corrupt-records';
import { defineSetting, getSetting, ladderSetting, setSetting } from '../../lib/db/settings';
import { InvalidRecordError } from '../../lib/db/validation';
import { freshDatabase } from './test-database';

const twoLevels = {
  levels: [
    { id: 'new', name: 'New', color: '#112233', definition: '', evidence: [] },
    {
      id: 'loyal',
      name: 'Loyal',
      color: '#445566',
      definition: '',
      evidence: [{ kind: 'reference-given' as const }],
    },
  ],
};

describe('settings', () => {
  it('reads the default ladder until one is stored', async () => {
    const database = freshDatabase();
    expect(await getSetting(ladderSetting, database)).toEqual(defaultLadder);
  });

  it('hands out a copy of the default, so a caller cannot change it for everyone', async () => {
    const database = freshDatabase();
    const ladder = await getSetting(ladderSetting, database);
    ladder.levels.pop();
    expect(await getSetting(ladderSetting, database)).toEqual(defaultLadder);
  });

  it('stores and reads back a valid value', async () => {
    const database = freshDatabase();
    await setSetting(ladderSetting, twoLevels, database);
    expect(await getSetting(ladderSetting, database)).toEqual(twoLevels);
  });

  it('refuses to store an invalid value, saying where it is wrong', async () => {
    const database = freshDatabase();
    const oneLevel = { levels: [twoLevels.levels[0]!] };
    await expect(setSetting(ladderSetting, oneLevel, database)).rejects.toThrow(InvalidRecordError);
    await expect(setSetting(ladderSetting, oneLevel, database)).rejects.toThrow(
      /value\.levels: a ladder needs at least two levels/,
    );
    expect(await database.settings.count()).toBe(0);
  });

  it('falls back to the default when the stored value is bad, and reports it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const database = freshDatabase();
    await database.settings.put({ key: 'ladder', value: { levels: 'garbage' } });
    expect(await getSetting(ladderSetting, database)).toEqual(defaultLadder);
    expect(listCorruptRecords(database)).toEqual([
      { table: 'settings', id: 'ladder', problem: expect.stringContaining('value.levels') },
    ]);
  });

  it('refuses a key defined twice, and a default that fails its own schema', () => {
    expect(() => defineSetting('ladder', z.string(), 'x')).toThrow(/defined twice/);
    expect(() => defineSetting('test-reminder-hour', z.number().int().max(23), 24)).toThrow(
      /default .* is invalid/,
    );
  });

  it('lets other modules define their own keys', async () => {
    const database = freshDatabase();
    const reminderHour = defineSetting('test-morning-hour', z.number().int().min(0).max(23), 9);
    expect(await getSetting(reminderHour, database)).toBe(9);
    await setSetting(reminderHour, 7, database);
    expect(await getSetting(reminderHour, database)).toBe(7);
  });
});
