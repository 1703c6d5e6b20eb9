import { describe, expect, it } from 'vitest';
import { findDanglingReferences, references } from '../../lib/db/references';
import { tableSchemas } from '../../lib/db/schema';
import { storesAfter } from '../../lib/db/versions';
import { recordsV1 } from './fixtures/records-v1';

describe('the reference list', () => {
  it.each(references.map((ref) => [`${ref.from}.${ref.field} → ${ref.to}`, ref] as const))(
    '%s holds ids, nullable exactly when it may be unlinked, and indexed',
    (_name, { from, field, to, onDelete }) => {
      const shape = tableSchemas[from].shape as Record<
        string,
        { safeParse(v: unknown): { success: boolean } }
      >;
      const fieldSchema = shape[field];
      expect(fieldSchema, `${from}.${field} exists`).toBeDefined();
      expect(fieldSchema!.safeParse('x'.repeat(64)).success).toBe(true);
      expect(fieldSchema!.safeParse('x'.repeat(65)).success).toBe(false);
      if (onDelete === 'unlink') expect(fieldSchema!.safeParse(null).success).toBe(true);
      expect(tableSchemas[to]).toBeDefined();
      // Deletion cascades look dependents up by this field; a compound index starting with it serves.
      const stores = storesAfter()[from] ?? '';
      const indexes = stores.split(',').map((index) => index.trim().replace(/^\*/, ''));
      expect(indexes.some((index) => index === field || index.startsWith(`[${field}+`))).toBe(true);
    },
  );
});

describe('finding dangling references', () => {
  it('finds none in a consistent set of tables', () => {
    expect(findDanglingReferences(recordsV1)).toEqual([]);
  });

  it('names the record, field and missing target', () => {
    const { contacts: _gone, ...withoutContacts } = recordsV1;
    const dangling = findDanglingReferences({ ...withoutContacts, contacts: [recordsV1.contacts[1]!] });
    expect(dangling).toContainEqual({
      table: 'gestures',
      index: 0,
      field: 'contactId',
      target: 'contacts',
      value: 'con-ada',
    });
    expect(dangling).toContainEqual({
      table: 'deals',
      index: 0,
      field: 'contactId',
      target: 'contacts',
      value: 'con-ada',
    });
    expect(dangling.filter((d) => d.value === 'con-ben')).toEqual([]);
  });
});
