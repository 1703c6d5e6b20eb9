/**
 * A list of numbers stored in the fewest bytes that give it back exactly.
 * Chromium's IndexedDB reads a large value back at roughly a fixed cost per
 * byte (about 16 ms a megabyte here), so a column of small whole numbers is
 * kept as 2-byte integers, and one with few distinct values as those values
 * and a 2-byte index per entry, rather than 8 bytes each.
 */
export type NumberColumn =
  | { kind: 'small'; values: Uint16Array }
  | { kind: 'distinct'; values: Float64Array; at: Uint16Array }
  | { kind: 'any'; values: Float64Array };

const SMALL_MAX = 0xffff;

const isSmall = (value: number) =>
  Number.isInteger(value) && value >= 0 && value <= SMALL_MAX && !Object.is(value, -0);

export function packNumbers(numbers: readonly number[]): NumberColumn {
  if (numbers.every(isSmall)) return { kind: 'small', values: Uint16Array.from(numbers) };
  const any = (): NumberColumn => ({ kind: 'any', values: Float64Array.from(numbers) });
  // A Map finds NaN (null, for the nullable fields) but takes -0 for 0: a -0 keeps every value as it is.
  const positions = new Map<number, number>();
  const at = new Uint16Array(numbers.length);
  for (let i = 0; i < numbers.length; i++) {
    const value = numbers[i]!;
    if (Object.is(value, -0)) return any();
    let position = positions.get(value);
    if (position === undefined) {
      // Worth it only while the distinct values stay few.
      if (positions.size > SMALL_MAX || positions.size * 4 > numbers.length) return any();
      position = positions.size;
      positions.set(value, position);
    }
    at[i] = position;
  }
  return { kind: 'distinct', values: Float64Array.from(positions.keys()), at };
}

/** A column's numbers, unpacked. */
export type NumberList = Float64Array | Uint16Array;

/** Every number of the column, in order: one pass, for readers that go through all of them. */
export function unpackNumbers(column: NumberColumn): NumberList {
  if (column.kind !== 'distinct') return column.values;
  const { values, at } = column;
  const numbers = new Float64Array(at.length);
  for (let i = 0; i < at.length; i++) numbers[i] = values[at[i]!]!;
  return numbers;
}

export function columnLength(column: NumberColumn): number {
  return column.kind === 'distinct' ? column.at.length : column.values.length;
}

/** Whether a stored value is a column (a damaged row is worked out again). */
export function isNumberColumn(value: unknown): value is NumberColumn {
  const column = value as Partial<{ kind: string; values: unknown; at: unknown }> | null;
  if (typeof column !== 'object' || column === null) return false;
  if (column.kind === 'small') return column.values instanceof Uint16Array;
  if (column.kind === 'any') return column.values instanceof Float64Array;
  if (column.kind !== 'distinct' || !(column.values instanceof Float64Array)) return false;
  const { values, at } = column as { values: Float64Array; at: unknown };
  return at instanceof Uint16Array && at.every((position) => position < values.length);
}
