/**
 * Which records point at which. One list drives the integrity rules: writes
 * refuse a reference to a missing record, deletions cascade or unlink along
 * it, and a backup file with a dangling reference is refused.
 */
import type { RecordTableName } from './tables';

export interface Reference {
  from: RecordTableName;
  /** A field holding the id of a record in `to` (null when not set). */
  field: string;
  to: RecordTableName;
  /**
   * When the target is deleted: `cascade` deletes the referring record too,
   * `unlink` sets the field to null and keeps the record.
   */
  onDelete: 'cascade' | 'unlink';
}

export const references: readonly Reference[] = [
  // A person stays when their company is removed from Rapport.
  { from: 'contacts', field: 'accountId', to: 'accounts', onDelete: 'unlink' },
  { from: 'deals', field: 'accountId', to: 'accounts', onDelete: 'cascade' },
  // Revenue history belongs to the account; it outlives the person who signed.
  { from: 'deals', field: 'contactId', to: 'contacts', onDelete: 'unlink' },
  { from: 'gestures', field: 'contactId', to: 'contacts', onDelete: 'cascade' },
  { from: 'notes', field: 'contactId', to: 'contacts', onDelete: 'cascade' },
  { from: 'notes', field: 'accountId', to: 'accounts', onDelete: 'cascade' },
  { from: 'followUps', field: 'contactId', to: 'contacts', onDelete: 'cascade' },
  // Follow-ups made from a goal's steps are that goal's action plan.
  { from: 'followUps', field: 'goalId', to: 'goals', onDelete: 'cascade' },
  // A goal belongs to exactly one owner (schema.ts), so it cannot be unlinked.
  { from: 'goals', field: 'contactId', to: 'contacts', onDelete: 'cascade' },
  { from: 'goals', field: 'accountId', to: 'accounts', onDelete: 'cascade' },
  { from: 'accountIssues', field: 'accountId', to: 'accounts', onDelete: 'cascade' },
  // A person's level history goes with them (and comes back with them on undo).
  { from: 'levelChanges', field: 'contactId', to: 'contacts', onDelete: 'cascade' },
];

/** The id a record holds in a reference field, or null when the field is unset. */
export function referencedId(record: object, field: string): string | null {
  const value = (record as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : null;
}

export interface DanglingReference {
  table: RecordTableName;
  /** Position of the record in its table's list. */
  index: number;
  field: string;
  target: RecordTableName;
  value: string;
}

/** References in a set of tables to records that are not in it. */
export function findDanglingReferences(tables: {
  [T in RecordTableName]?: readonly object[];
}): DanglingReference[] {
  const idsOf = new Map<RecordTableName, Set<string>>();
  const ids = (table: RecordTableName) => {
    let set = idsOf.get(table);
    if (!set) {
      set = new Set((tables[table] ?? []).map((record) => referencedId(record, 'id') ?? ''));
      idsOf.set(table, set);
    }
    return set;
  };
  const dangling: DanglingReference[] = [];
  for (const { from, field, to } of references) {
    (tables[from] ?? []).forEach((record, index) => {
      const value = referencedId(record, field);
      if (value !== null && !ids(to).has(value))
        dangling.push({ table: from, index, field, target: to, value });
    });
  }
  return dangling;
}
