import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listCorruptRecords } from '../../lib/db/corrupt-records';
import { backupFileName, backupToBlob, exportBackup } from '../../lib/io/backup-export';
import { downloadFile } from '../../lib/io/backup-download';
import { readBackupFile } from '../../lib/io/backup-read';
import { writeSiteSwitches } from '../../lib/sites/site-switches';
import { recordsV3 } from '../db/fixtures/records-v3';
import { freshDatabase, seedDatabase } from '../db/test-database';

const now = Date.UTC(2025, 2, 1, 9, 30);

describe('exporting a backup', () => {
  it('writes a JSON file with the format marker, schema version, date and every record', async () => {
    const database = freshDatabase();
    await seedDatabase(database, recordsV3);
    const { backup, skipped } = await exportBackup(now, database);
    const json = JSON.parse(await backupToBlob(backup).text());
    expect(json).toMatchObject({
      format: 'rapport-backup',
      schemaVersion: 2,
      exportedAt: '2025-03-01T09:30:00.000Z',
    });
    expect(Object.keys(json.tables).sort()).toEqual(Object.keys(recordsV3).sort());
    expect(json.tables.gestures).toEqual(recordsV3.gestures);
    expect(json.tables.settings).toEqual(recordsV3.settings);
    expect(skipped).toEqual([]);
  });

  it('carries which sites the overlay runs on, which read back as they were', async () => {
    fakeBrowser.reset();
    await writeSiteSwitches({ linkedin: false, gmail: true, outlook: true });
    const database = freshDatabase();
    await seedDatabase(database, recordsV3);
    const blob = backupToBlob((await exportBackup(now, database)).backup);
    expect(JSON.parse(await blob.text()).siteSwitches).toEqual({
      linkedin: false,
      gmail: true,
      outlook: true,
    });
    expect((await readBackupFile(blob)).siteSwitches).toEqual({
      linkedin: false,
      gmail: true,
      outlook: true,
    });
  });

  it('writes one record per line, so the file can be read and diffed', async () => {
    const database = freshDatabase();
    await seedDatabase(database, recordsV3);
    const text = await backupToBlob((await exportBackup(now, database)).backup).text();
    expect(text.split('\n')).toContain(`${JSON.stringify(recordsV3.notes[0])},`);
  });

  it('leaves out a damaged record and whatever would point at nothing without it, and says so', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const database = freshDatabase();
    await seedDatabase(database, recordsV3);
    await database.contacts.update('con-ben', { name: '' });
    const { backup, skipped } = await exportBackup(now, database);

    expect(backup.tables.contacts.map((c) => c.id)).toEqual(['con-ada']);
    expect(backup.tables.followUps.map((f) => f.id)).toEqual(['fu-1']);
    expect(skipped.map(({ table, id }) => `${table}/${id}`)).toEqual(['contacts/con-ben', 'followUps/fu-2']);
    expect(listCorruptRecords(database).map(({ id }) => id)).toEqual(['con-ben', 'fu-2']);
    // What was exported is a file the importer accepts.
    await expect(readBackupFile(backupToBlob(backup))).resolves.toBeDefined();
  });

  it('names the file after the local date', () => {
    expect(backupFileName(new Date(2025, 2, 1, 23, 59).getTime())).toBe('rapport-backup-2025-03-01.json');
    expect(backupFileName(new Date(2025, 11, 31, 0, 0).getTime())).toBe('rapport-backup-2025-12-31.json');
  });
});

describe('downloading a file', () => {
  afterEach(() => vi.useRealTimers());

  it('clicks a download link to a blob URL, and frees the URL later', () => {
    vi.useFakeTimers();
    const blob = new Blob(['{}']);
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:rapport/1');
    const revokeObjectURL = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: Array<{ href: string; download: string; attached: boolean }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, attached: this.isConnected });
    });

    downloadFile(blob, 'rapport-backup-2025-03-01.json');
    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([
      { href: 'blob:rapport/1', download: 'rapport-backup-2025-03-01.json', attached: true },
    ]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:rapport/1');
  });
});
