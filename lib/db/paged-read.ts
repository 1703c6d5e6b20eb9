/**
 * A whole table read a page at a time, in primary-key order, inside the
 * caller's transaction.
 *
 * One `getAll` of a large table is one request: the database works through
 * it before any other request, and the page then gets the whole result in
 * one task. While the priority queue's inputs were built from 50,000
 * contacts, a badge lookup in the same worker waited for most of the build
 * (about 3 s; its reads queued behind the build's), and the thread was held
 * for up to 660 ms at a time. Read in pages, the lookup's reads take their
 * turn between two pages. Measured in Chromium on the 50,000-contact
 * benchmark database (lookups back to back while the inputs were built,
 * three builds a round):
 * - the tables read together in pages of 500: lookups 135 to 164 ms
 *   median, 347 to 534 ms p95 (pages of 1,000 were worse still);
 * - read one after another (priority-source.ts) in pages of 100: lookups
 *   12 to 15 ms median, 41 to 53 ms p95. The build alone was no slower:
 *   1.9 to 2.2 s against 2.5 to 2.9 s in one comparison, no difference
 *   within the noise (2.5 to 4.9 s either way) in another.
 */
import type { Table } from 'dexie';

/** Rows per read: short enough for a lookup to wait little behind one, with no cost to the build measured. */
const PAGE_SIZE = 100;

export async function readWholeTable<T, Key, Insert>(
  table: Table<T, Key, Insert>,
  pageSize: number = PAGE_SIZE,
): Promise<T[]> {
  const keyPath = table.schema.primKey.keyPath;
  if (typeof keyPath !== 'string')
    throw new Error(`${table.name}: paged reads need a single-field primary key`);
  const rows: T[] = [];
  let page = await table.limit(pageSize).toArray();
  for (;;) {
    for (const row of page) rows.push(row);
    if (page.length < pageSize) return rows;
    const last = (page[page.length - 1] as Record<string, unknown>)[keyPath];
    page = await table.where(':id').above(last).limit(pageSize).toArray();
  }
}
