/**
 * A list of numbers stored in the fewest bytes that give it back exactly.
 * Chromium's IndexedDB reads a large value back at roughly a fixed cost per
 * byte (about 13 to 16 ms a megabyte here), so rather than 8 bytes each:
 * - small whole numbers are kept in 1 or 2 bytes;
 * - few distinct values are kept once each, with a 1- or 2-byte index per
 *   entry;
 * - whole numbers below 2^48 - 1, such as instants in milliseconds, and NaN
 *   (null, for the nullable instants) are kept in 6 bytes: 2 high, 4 low.
 */
export type NumberColumn =
  | { kind: 'small'; values: IndexList }
  | { kind: 'distinct'; values: Float64Array; at: IndexList }
  | { kind: 'whole'; high: Uint16Array; low: Uint32Array }
  | { kind: 'any'; values: Float64Array };

type IndexList = Uint8Array | Uint16Array;

const SMALL_MAX = 0xffff;
const LOW = 2 ** 32;
/** The 6 bytes of a whole-number column that stand for NaN: the largest value, never a whole number there. */
const WHOLE_NAN_HIGH = 0xffff;
const WHOLE_NAN_LOW = 0xffffffff;
const WHOLE_LIMIT = WHOLE_NAN_HIGH * LOW + WHOLE_NAN_LOW;

const isSmall = (value: number) =>
  Number.isInteger(value) && value >= 0 && value <= SMALL_MAX && !Object.is(value, -0);

const isWhole = (value: number) =>
  Number.isNaN(value) ||
  (Number.isInteger(value) && value >= 0 && value < WHOLE_LIMIT && !Object.is(value, -0));

/** Whole numbers from 0 to `max` (at most SMALL_MAX), in the narrowest array that holds them. */
const indexList = (numbers: ArrayLike<number>, max: number): IndexList =>
  max <= 0xff ? Uint8Array.from(numbers) : Uint16Array.from(numbers);

export function packNumbers(numbers: readonly number[]): NumberColumn {
  if (numbers.every(isSmall)) {
    return {
      kind: 'small',
      values: indexList(
        numbers,
        numbers.reduce((max, value) => Math.max(max, value), 0),
      ),
    };
  }
  const distinct = distinctColumn(numbers);
  if (distinct) return distinct;
  if (numbers.every(isWhole)) {
    const high = new Uint16Array(numbers.length);
    const low = new Uint32Array(numbers.length);
    numbers.forEach((value, i) => {
      high[i] = Number.isNaN(value) ? WHOLE_NAN_HIGH : Math.floor(value / LOW);
      low[i] = Number.isNaN(value) ? WHOLE_NAN_LOW : value % LOW;
    });
    return { kind: 'whole', high, low };
  }
  return { kind: 'any', values: Float64Array.from(numbers) };
}

/** The column as its distinct values and an index per entry, or null when that would not be smaller. */
function distinctColumn(numbers: readonly number[]): NumberColumn | null {
  // A Map finds NaN (null, for the nullable fields) but takes -0 for 0: a -0 keeps every value as it is.
  const positions = new Map<number, number>();
  const at = new Uint16Array(numbers.length);
  for (let i = 0; i < numbers.length; i++) {
    const value = numbers[i]!;
    if (Object.is(value, -0)) return null;
    let position = positions.get(value);
    if (position === undefined) {
      // Worth it only while the distinct values stay few.
      if (positions.size > SMALL_MAX || positions.size * 4 > numbers.length) return null;
      position = positions.size;
      positions.set(value, position);
    }
    at[i] = position;
  }
  return {
    kind: 'distinct',
    values: Float64Array.from(positions.keys()),
    at: positions.size <= 0x100 ? Uint8Array.from(at) : at,
  };
}

/**
 * `column` laid out anew (`oldAt[i]`: where entry i was, -1 for one put in,
 * spliceLayout), the entries put in taken from `spliced`, the whole new
 * list: kept in the column's own form, without packing every number again.
 * Null when an entry put in does not fit that form (then pack `spliced`).
 */
export function spliceNumbers(
  column: NumberColumn,
  oldAt: Int32Array,
  spliced: ArrayLike<number>,
): NumberColumn | null {
  const count = oldAt.length;
  const fresh: number[] = [];
  for (let i = 0; i < count; i++) if (oldAt[i] === -1) fresh.push(spliced[i]!);
  const take = <T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(
    into: T,
    from: ArrayLike<number>,
    put: (value: number) => number,
  ): T => {
    for (let i = 0; i < count; i++) {
      const old = oldAt[i]!;
      into[i] = old === -1 ? put(spliced[i]!) : from[old]!;
    }
    return into;
  };
  switch (column.kind) {
    case 'any':
      return { kind: 'any', values: take(new Float64Array(count), column.values, (value) => value) };
    case 'small': {
      const max = column.values instanceof Uint8Array ? 0xff : SMALL_MAX;
      if (!fresh.every((value) => isSmall(value) && value <= max)) return null;
      const values = column.values instanceof Uint8Array ? new Uint8Array(count) : new Uint16Array(count);
      return { kind: 'small', values: take(values, column.values, (value) => value) };
    }
    case 'whole': {
      if (!fresh.every(isWhole)) return null;
      const high = take(new Uint16Array(count), column.high, (value) =>
        Number.isNaN(value) ? WHOLE_NAN_HIGH : Math.floor(value / LOW),
      );
      const low = take(new Uint32Array(count), column.low, (value) =>
        Number.isNaN(value) ? WHOLE_NAN_LOW : value % LOW,
      );
      return { kind: 'whole', high, low };
    }
    case 'distinct': {
      // Object.is, as the packing's Map does (NaN found, -0 never kept here).
      const positionOf = (value: number) => column.values.findIndex((kept) => Object.is(kept, value));
      if (!fresh.every((value) => positionOf(value) !== -1)) return null;
      const at = column.at instanceof Uint8Array ? new Uint8Array(count) : new Uint16Array(count);
      return { kind: 'distinct', values: column.values, at: take(at, column.at, positionOf) };
    }
  }
}

/** A column's numbers, unpacked. */
export type NumberList = Float64Array | IndexList;

/** Every number of the column, in order: one pass, for readers that go through all of them. */
export function unpackNumbers(column: NumberColumn): NumberList {
  if (column.kind === 'small' || column.kind === 'any') return column.values;
  if (column.kind === 'whole') {
    const { high, low } = column;
    const numbers = new Float64Array(low.length);
    for (let i = 0; i < low.length; i++) {
      numbers[i] = high[i] === WHOLE_NAN_HIGH && low[i] === WHOLE_NAN_LOW ? NaN : high[i]! * LOW + low[i]!;
    }
    return numbers;
  }
  const { values, at } = column;
  const numbers = new Float64Array(at.length);
  for (let i = 0; i < at.length; i++) numbers[i] = values[at[i]!]!;
  return numbers;
}

export function columnLength(column: NumberColumn): number {
  if (column.kind === 'distinct') return column.at.length;
  return column.kind === 'whole' ? column.low.length : column.values.length;
}

const isIndexList = (value: unknown): value is IndexList =>
  value instanceof Uint8Array || value instanceof Uint16Array;

/** Whether a stored value is a column (a damaged row is worked out again). */
export function isNumberColumn(value: unknown): value is NumberColumn {
  const column = value as Partial<{
    kind: string;
    values: unknown;
    at: unknown;
    high: unknown;
    low: unknown;
  }> | null;
  if (typeof column !== 'object' || column === null) return false;
  if (column.kind === 'small') return isIndexList(column.values);
  if (column.kind === 'any') return column.values instanceof Float64Array;
  if (column.kind === 'whole') {
    const { high, low } = column;
    return high instanceof Uint16Array && low instanceof Uint32Array && high.length === low.length;
  }
  if (column.kind !== 'distinct' || !(column.values instanceof Float64Array)) return false;
  const { values, at } = column as { values: Float64Array; at: unknown };
  return isIndexList(at) && at.every((position) => position < values.length);
}
