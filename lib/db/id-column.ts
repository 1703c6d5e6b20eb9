/**
 * A list of record ids stored in as few bytes as give it back exactly. The
 * ids Rapport makes are UUIDs (ids.ts): 36 characters each, 1.8 MB for
 * 50,000 contacts in a value read back on every call of the queue, and
 * 50,000 strings to build on the way. When every id is a UUID in the form
 * crypto.randomUUID gives (lowercase, hyphenated), they are kept as 16 bytes
 * each and an id is turned back into text only when asked for (idAt);
 * otherwise (ids from elsewhere, in a backup) as the strings they are.
 */
import { spliceLayout, type ColumnSplice } from '../domain/column-splice';

export type IdColumn = { kind: 'uuid'; bytes: Uint8Array } | { kind: 'text'; values: readonly string[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UUID_BYTES = 16;
/** Where the hyphens go, after how many bytes. */
const HYPHEN_AFTER = new Set([4, 6, 8, 10]);
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Writes the 16 bytes of UUID `id` into `bytes` from `offset`. */
function writeUuid(id: string, bytes: Uint8Array, offset: number): void {
  const hex = id.replaceAll('-', '');
  for (let b = 0; b < UUID_BYTES; b++) bytes[offset + b] = parseInt(hex.slice(b * 2, b * 2 + 2), 16);
}

export function packIds(ids: readonly string[]): IdColumn {
  if (!ids.every((id) => UUID.test(id))) return { kind: 'text', values: ids };
  const bytes = new Uint8Array(ids.length * UUID_BYTES);
  ids.forEach((id, i) => writeUuid(id, bytes, i * UUID_BYTES));
  return { kind: 'uuid', bytes };
}

/**
 * `column` with the ids at `splice.removed` taken out and `splice.inserted`
 * put in (spliceLayout): UUIDs into a UUID column byte for byte, without
 * turning the column's ids back into text.
 */
export function spliceIds(column: IdColumn, splice: ColumnSplice<string>): IdColumn {
  const { oldAt, insertedAt } = spliceLayout(idCount(column), splice);
  if (column.kind === 'uuid' && [...insertedAt.values()].every((id) => UUID.test(id))) {
    const bytes = new Uint8Array(oldAt.length * UUID_BYTES);
    for (let i = 0; i < oldAt.length;) {
      const old = oldAt[i]!;
      if (old === -1) {
        writeUuid(insertedAt.get(i)!, bytes, i * UUID_BYTES);
        i++;
        continue;
      }
      // Copied a run of ids that stay together at a time.
      let end = i + 1;
      while (end < oldAt.length && oldAt[end] === old + (end - i)) end++;
      bytes.set(column.bytes.subarray(old * UUID_BYTES, (old + end - i) * UUID_BYTES), i * UUID_BYTES);
      i = end;
    }
    return { kind: 'uuid', bytes };
  }
  return packIds(Array.from(oldAt, (old, i) => (old === -1 ? insertedAt.get(i)! : idAt(column, old))));
}

/**
 * Where each of `ids` stands in the column; those not in it are left out.
 * Compared as bytes, without turning the column's ids back into text.
 */
export function idPositions(column: IdColumn, ids: readonly string[]): Map<string, number> {
  const positions = new Map<string, number>();
  if (column.kind === 'text') {
    const wanted = new Set(ids);
    column.values.forEach((id, i) => {
      if (wanted.has(id)) positions.set(id, i);
    });
    return positions;
  }
  const { bytes } = column;
  const sought = new Uint8Array(UUID_BYTES);
  for (const id of ids) {
    if (!UUID.test(id)) continue;
    writeUuid(id, sought, 0);
    for (let offset = 0; offset < bytes.length; offset += UUID_BYTES) {
      let b = 0;
      while (b < UUID_BYTES && bytes[offset + b] === sought[b]) b++;
      if (b === UUID_BYTES) {
        positions.set(id, offset / UUID_BYTES);
        break;
      }
    }
  }
  return positions;
}

export function idCount(column: IdColumn): number {
  return column.kind === 'uuid' ? column.bytes.length / UUID_BYTES : column.values.length;
}

/** The id at position i, as text. */
export function idAt(column: IdColumn, i: number): string {
  if (column.kind === 'text') return column.values[i]!;
  let id = '';
  for (let b = 0; b < UUID_BYTES; b++) {
    if (HYPHEN_AFTER.has(b)) id += '-';
    id += HEX[column.bytes[i * UUID_BYTES + b]!];
  }
  return id;
}

/** Whether a stored value is an id column (a damaged row is worked out again). */
export function isIdColumn(value: unknown): value is IdColumn {
  const column = value as Partial<{ kind: string; bytes: unknown; values: unknown }> | null;
  if (typeof column !== 'object' || column === null) return false;
  if (column.kind === 'uuid')
    return column.bytes instanceof Uint8Array && column.bytes.length % UUID_BYTES === 0;
  return column.kind === 'text' && Array.isArray(column.values);
}
