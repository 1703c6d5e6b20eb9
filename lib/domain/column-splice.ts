/**
 * Taking entries out of a list kept as parallel columns and putting new ones
 * in, by position, laid out once for every column alike (the priority
 * queue's inputs, lib/domain/priority-columns.ts, and their ids,
 * lib/db/id-column.ts).
 */

/** Entries taken out of and put into columns: positions are the columns' as they were. */
export interface ColumnSplice<T> {
  /** Positions of the entries taken out. */
  removed: readonly number[];
  /** Each put before the entry now at its position; those at one position in the order given. */
  inserted: readonly { position: number; value: T }[];
}

/**
 * For each position of the spliced columns, the position it had before (-1
 * for an entry put in), and the entries put in by their new position: how
 * every column of a splice is laid out alike.
 */
export function spliceLayout<T>(
  count: number,
  { removed, inserted }: ColumnSplice<T>,
): { oldAt: Int32Array; insertedAt: Map<number, T> } {
  const gone = new Set(removed);
  const sorted = [...inserted].sort((a, b) => a.position - b.position);
  const oldAt = new Int32Array(count - gone.size + sorted.length).fill(-1);
  const insertedAt = new Map<number, T>();
  let next = 0;
  for (let old = 0, k = 0; old <= count; old++) {
    while (k < sorted.length && sorted[k]!.position === old) insertedAt.set(next++, sorted[k++]!.value);
    if (old < count && !gone.has(old)) oldAt[next++] = old;
  }
  return { oldAt, insertedAt };
}
