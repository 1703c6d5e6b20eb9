import { afterEach, describe, expect, it, vi } from 'vitest';
import { countContacts, loadContactsForExport, type ExportProgress } from '../../lib/db/contacts-export';
import type { RapportDatabase } from '../../lib/db/database';
import { ladderSetting, setSetting } from '../../lib/db/settings';
import { defaultLadder } from '../../lib/domain/default-ladder';
import { account, contact } from '../domain/builders';
import { freshDatabase, seedDatabase } from './test-database';

let database: RapportDatabase;
afterEach(async () => {
  vi.restoreAllMocks();
  database?.close();
  await database?.delete();
});

describe('loading contacts for an export', () => {
  it('reads every valid contact in chunks, reporting progress, sorted by name', async () => {
    database = freshDatabase();
    const names = ['Zoë', 'anna', 'Émile', 'Bo', 'Åsa', 'carl', 'Item 10', 'Item 9', 'Dana', 'Eve'];
    await seedDatabase(database, {
      accounts: [account({ id: 'acme', name: 'Acme' })],
      contacts: names.map((name, i) => contact({ id: `c-${String(i).padStart(2, '0')}`, name })),
    });
    const progress: ExportProgress[] = [];
    const loaded = await loadContactsForExport({
      database,
      chunkSize: 3,
      locales: 'en',
      onProgress: (p) => progress.push(p),
    });
    expect(loaded.contacts.map((c) => c.name)).toEqual([
      'anna',
      'Åsa',
      'Bo',
      'carl',
      'Dana',
      'Émile',
      'Eve',
      'Item 9',
      'Item 10',
      'Zoë',
    ]);
    expect(progress).toEqual([
      { done: 0, total: 10 },
      { done: 3, total: 10 },
      { done: 6, total: 10 },
      { done: 9, total: 10 },
      { done: 10, total: 10 },
    ]);
    expect(loaded.accounts.get('acme')?.name).toBe('Acme');
    expect(loaded.ladder).toEqual(defaultLadder);
    expect(loaded.skipped).toEqual([]);
  });

  it('reads exactly a multiple of the chunk size without a lost or repeated contact', async () => {
    database = freshDatabase();
    await seedDatabase(database, {
      contacts: Array.from({ length: 6 }, (_, i) => contact({ id: `c-${i}`, name: `P ${i}` })),
    });
    const loaded = await loadContactsForExport({ database, chunkSize: 3 });
    expect(loaded.contacts.map((c) => c.id)).toEqual(['c-0', 'c-1', 'c-2', 'c-3', 'c-4', 'c-5']);
  });

  it('leaves a damaged contact out and says so, and uses the stored ladder', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    database = freshDatabase();
    await seedDatabase(database, {
      contacts: [contact({ id: 'ok', name: 'Fine' }), { ...contact({ id: 'bad' }), name: '' }],
    });
    const ladder = {
      levels: defaultLadder.levels.map((level, i) => (i === 0 ? { ...level, name: 'Lead' } : level)),
    };
    await setSetting(ladderSetting, ladder, database);
    const loaded = await loadContactsForExport({ database });
    expect(loaded.contacts.map((c) => c.id)).toEqual(['ok']);
    expect(loaded.skipped).toEqual([expect.objectContaining({ table: 'contacts', id: 'bad' })]);
    expect(loaded.ladder.levels[0]?.name).toBe('Lead');
    expect(await countContacts(database)).toBe(2);
  });

  it('reads only the chosen contacts, a bulkGet per chunk of ids, passing over one gone meanwhile', async () => {
    database = freshDatabase();
    await seedDatabase(database, {
      accounts: [account({ id: 'acme', name: 'Acme' }), account({ id: 'globex', name: 'Globex' })],
      contacts: [
        contact({ id: 'ann', name: 'Ann', accountId: 'acme' }),
        contact({ id: 'bob', name: 'Bob', accountId: 'globex' }),
        contact({ id: 'cy', name: 'Cy', accountId: 'acme' }),
        contact({ id: 'dee', name: 'Dee', accountId: null }),
      ],
    });
    const bulkGet = vi.spyOn(database.contacts, 'bulkGet');
    const get = vi.spyOn(database.contacts, 'get');
    const progress: ExportProgress[] = [];
    const loaded = await loadContactsForExport({
      database,
      contactIds: ['dee', 'bob', 'gone', 'bob', 'ann'],
      chunkSize: 2,
      onProgress: (p) => progress.push(p),
    });
    expect(loaded.contacts.map((c) => c.id)).toEqual(['ann', 'bob', 'dee']);
    expect(loaded.accounts.get('acme')?.name).toBe('Acme');
    expect(loaded.accounts.get('globex')?.name).toBe('Globex');
    expect(bulkGet).toHaveBeenCalledTimes(2);
    expect(get).not.toHaveBeenCalled();
    expect(progress).toEqual([
      { done: 0, total: 4 },
      { done: 2, total: 4 },
      { done: 4, total: 4 },
    ]);
  });

  it('an empty database gives nothing to export', async () => {
    database = freshDatabase();
    const progress: ExportProgress[] = [];
    const loaded = await loadContactsForExport({ database, onProgress: (p) => progress.push(p) });
    expect(loaded.contacts).toEqual([]);
    expect(progress).toEqual([{ done: 0, total: 0 }]);
    expect(await countContacts(database)).toBe(0);
  });
});
