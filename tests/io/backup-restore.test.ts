import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createContact } from '../../lib/db/contacts';
import { readBackupFile } from '../../lib/io/backup-read';
import { restoreBackup } from '../../lib/io/backup-restore';
import { readSiteSwitches, writeSiteSwitches } from '../../lib/sites/site-switches';
import { recordsV1 } from '../db/fixtures/records-v1';
import { recordsV3 } from '../db/fixtures/records-v3';
import { freshDatabase, readEverything, seedDatabase } from '../db/test-database';
import { fileOf, fileWith, validBackupJson } from './backup-file';

async function withOtherData() {
  const database = freshDatabase();
  await createContact({ name: 'Someone Else', levelId: 'prospect' }, 1_600_000_000_000, database);
  return database;
}

describe('restoring a backup', () => {
  it('replaces every table with the backup’s records and says how many went in', async () => {
    const database = await withOtherData();
    const backup = await readBackupFile(fileWith(validBackupJson()));
    const { counts } = await restoreBackup(backup, { database });
    const stored = await readEverything(database);
    for (const [table, records] of Object.entries(recordsV3)) {
      const key = table === 'settings' ? 'key' : 'id';
      const sorted = [...records].sort((a, b) => String((a as never)[key]).localeCompare((b as never)[key]));
      expect(stored[table], table).toEqual(sorted);
    }
    expect(counts).toEqual({
      contacts: 2,
      accounts: 2,
      deals: 2,
      gestures: 2,
      notes: 2,
      followUps: 2,
      goals: 2,
      accountIssues: 1,
      levelChanges: 1,
      settings: 1,
    });
    // Restoring is not editing: the level history is the file's, nothing added.
    expect(await database.levelChanges.toArray()).toEqual(recordsV3.levelChanges);
  });

  it('reads a file of record shapes 1, from before the level history: that table starts empty', async () => {
    const database = await withOtherData();
    const backup = await readBackupFile(
      fileWith({ ...validBackupJson(), schemaVersion: 1, tables: structuredClone(recordsV1) }),
    );
    expect(backup.schemaVersion).toBe(2);
    expect(backup.tables.levelChanges).toEqual([]);
    const { counts } = await restoreBackup(backup, { database });
    expect(counts.contacts).toBe(2);
    expect(counts.levelChanges).toBe(0);
    expect(await database.levelChanges.count()).toBe(0);
  });

  it('refuses a file of record shapes 2 without the level history', async () => {
    await expect(
      readBackupFile(fileWith({ ...validBackupJson(), tables: structuredClone(recordsV1) })),
    ).rejects.toThrow('tables.levelChanges is missing');
  });

  it('hands back the data from before, which restores it exactly (undo)', async () => {
    const database = await withOtherData();
    const before = await readEverything(database);
    const backup = await readBackupFile(fileWith(validBackupJson()));
    const { previous } = await restoreBackup(backup, { database });
    await restoreBackup(previous, { database });
    expect(await readEverything(database)).toEqual(before);
  });

  it('reports writing progress up to the total', async () => {
    const database = freshDatabase();
    const backup = await readBackupFile(fileWith(validBackupJson()));
    const onProgress = vi.fn();
    await restoreBackup(backup, { database, onProgress });
    expect(onProgress).toHaveBeenCalledWith({ phase: 'writing', done: 0, total: 17 });
    expect(onProgress).toHaveBeenLastCalledWith({ phase: 'writing', done: 17, total: 17 });
  });

  it('is all or nothing: a failure half-way leaves the old data in place', async () => {
    const database = freshDatabase();
    await seedDatabase(database, { accounts: recordsV1.accounts });
    const before = await readEverything(database);
    const backup = await readBackupFile(fileWith(validBackupJson()));
    const failing = restoreBackup(backup, {
      database,
      onProgress: ({ done }) => {
        if (done > 0) throw new Error('disk full');
      },
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(await readEverything(database)).toEqual(before);
  });
});

describe('restoring the site switches', () => {
  beforeEach(() => fakeBrowser.reset());
  const gmailOff = { linkedin: true, gmail: false, outlook: true };
  const outlookOff = { linkedin: true, gmail: true, outlook: false };

  it('switches the sites as the file says, and the undo switches them back', async () => {
    const database = await withOtherData();
    await writeSiteSwitches(outlookOff);
    const backup = await readBackupFile(fileWith({ ...validBackupJson(), siteSwitches: { gmail: false } }));
    const { previous } = await restoreBackup(backup, { database });
    expect(await readSiteSwitches()).toEqual(gmailOff);
    await restoreBackup(previous, { database });
    expect(await readSiteSwitches()).toEqual(outlookOff);
  });

  it('leaves the switches as they are when the file has none (written before backups carried them)', async () => {
    const database = await withOtherData();
    await writeSiteSwitches(outlookOff);
    const { previous } = await restoreBackup(await readBackupFile(fileWith(validBackupJson())), { database });
    expect(await readSiteSwitches()).toEqual(outlookOff);
    await writeSiteSwitches(gmailOff);
    await restoreBackup(previous, { database });
    expect(await readSiteSwitches()).toEqual(gmailOff);
  });

  it('puts the records back when the switches cannot be written', async () => {
    const database = await withOtherData();
    const before = await readEverything(database);
    const backup = await readBackupFile(fileWith({ ...validBackupJson(), siteSwitches: { gmail: false } }));
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('quota exceeded'));
    await expect(restoreBackup(backup, { database })).rejects.toThrow('quota exceeded');
    expect(await readEverything(database)).toEqual(before);
    expect(await readSiteSwitches()).toEqual({ linkedin: true, gmail: true, outlook: true });
  });
});

describe('importing a bad file', () => {
  it('leaves existing data untouched, whatever is wrong with the file', async () => {
    const database = freshDatabase();
    await seedDatabase(database, recordsV1);
    const before = await readEverything(database);
    const dangling = validBackupJson();
    dangling.tables.contacts = [];
    const badFiles = [
      fileOf('{"format":"rapport-backup",'),
      fileWith({ ...validBackupJson(), schemaVersion: 99 }),
      fileWith({ ...validBackupJson(), tables: { ...recordsV1, contacts: [{ id: 'x' }] } }),
      fileWith(dangling),
      fileOf(JSON.stringify(validBackupJson()).replace('"contacts":[{', '"contacts":[{"__proto__":{},')),
    ];
    for (const file of badFiles) {
      // The dashboard's import: read and verify the whole file, then restore.
      await expect(
        readBackupFile(file).then((backup) => restoreBackup(backup, { database })),
      ).rejects.toThrow();
      expect(await readEverything(database)).toEqual(before);
    }
  });
});
