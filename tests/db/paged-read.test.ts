import { describe, expect, it, vi } from 'vitest';
import { readWholeTable } from '../../lib/db/paged-read';
import { freshDatabase } from './test-database';

const gives = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ contactId: `c${String(i).padStart(3, '0')}`, at: i }));

describe('readWholeTable', () => {
  it.each([0, 1, 6, 7, 20])('reads all of %i rows, in key order, in pages of 7', async (count) => {
    const database = freshDatabase();
    const rows = gives(count);
    // Stored out of order: the pages follow the primary key, not the order of writing.
    await database.latestGives.bulkAdd([...rows].reverse());
    const read = await database.transaction('r', database.latestGives, () =>
      readWholeTable(database.latestGives, 7),
    );
    expect(read).toEqual(rows);
    database.close();
  });

  it('asks for one page at a time, each after the one before', async () => {
    const database = freshDatabase();
    await database.latestGives.bulkAdd(gives(20));
    const limit = vi.spyOn(database.latestGives, 'limit');
    const where = vi.spyOn(database.latestGives, 'where');
    await readWholeTable(database.latestGives, 7);
    // The first page, then those above the last key of the one before (7 and 14 rows read).
    expect(limit).toHaveBeenCalledTimes(1);
    expect(where).toHaveBeenCalledTimes(2);
    database.close();
  });

  it('sees the records as the transaction does', async () => {
    const database = freshDatabase();
    await database.latestGives.bulkAdd(gives(10));
    const read = await database.transaction('rw', database.latestGives, async () => {
      await database.latestGives.delete('c003');
      await database.latestGives.add({ contactId: 'c999', at: 1 });
      return readWholeTable(database.latestGives, 4);
    });
    expect(read.map((row) => row.contactId)).toEqual([
      'c000',
      'c001',
      'c002',
      'c004',
      'c005',
      'c006',
      'c007',
      'c008',
      'c009',
      'c999',
    ]);
    database.close();
  });
});
