import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idAt, idCount, idPositions, isIdColumn, packIds, spliceIds } from '../../lib/db/id-column';

const unpackAll = (ids: readonly string[]) => {
  const column = structuredClone(packIds(ids));
  expect(isIdColumn(column)).toBe(true);
  return Array.from({ length: idCount(column) }, (_, i) => idAt(column, i));
};

describe('id columns', () => {
  it('give back UUIDs exactly, 16 bytes each, through a structured clone', () => {
    fc.assert(
      fc.property(fc.array(fc.uuid(), { maxLength: 40 }), (ids) => {
        expect(packIds(ids).kind).toBe('uuid');
        expect(unpackAll(ids)).toEqual(ids);
      }),
    );
    const ids = [
      crypto.randomUUID(),
      '00000000-0000-4000-8000-000000000000',
      'ffffffff-ffff-4fff-bfff-ffffffffffff',
    ];
    const column = packIds(ids);
    expect(column).toMatchObject({ kind: 'uuid' });
    expect(column.kind === 'uuid' && column.bytes.length).toBe(48);
    expect(unpackAll(ids)).toEqual(ids);
  });

  it('keep any other ids as text, so that every id comes back as it went in', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.uuid(), fc.string()), { maxLength: 40 }), (ids) => {
        expect(unpackAll(ids)).toEqual(ids);
      }),
    );
    const uuid = '0f8fad5b-d9cb-469f-a165-70867728950e';
    for (const other of [uuid.toUpperCase(), `${uuid} `, uuid.replaceAll('-', ''), 'con-ada']) {
      expect(packIds([uuid, other]).kind).toBe('text');
      expect(unpackAll([uuid, other])).toEqual([uuid, other]);
    }
  });

  it('find where ids stand, in either form, leaving out those not there', () => {
    const lowercaseUuid = fc.uuid().map((id) => id.toLowerCase());
    for (const idArbitrary of [lowercaseUuid, fc.string({ minLength: 1, maxLength: 8 })]) {
      fc.assert(
        fc.property(
          fc.uniqueArray(idArbitrary, { maxLength: 30 }),
          fc.array(fc.oneof(idArbitrary, lowercaseUuid, fc.constant('not-an-id')), { maxLength: 8 }),
          (ids, sought) => {
            const column = packIds(ids);
            const expected = new Map(
              sought.filter((id) => ids.includes(id)).map((id) => [id, ids.indexOf(id)] as const),
            );
            expect(idPositions(column, sought)).toEqual(expected);
          },
        ),
      );
    }
  });

  it('are not taken for id columns when damaged', () => {
    for (const damaged of [
      null,
      ['con-ada'],
      { kind: 'uuid', bytes: new Uint8Array(15) },
      { kind: 'uuid', bytes: [1, 2] },
      { kind: 'text', values: 'con-ada' },
      { kind: 'other', values: [] },
    ]) {
      expect(isIdColumn(damaged)).toBe(false);
    }
  });
  it('take ids out and in at the positions given, as packing the new list does, UUIDs kept as bytes', () => {
    const idArbitrary = fc.oneof({ weight: 4, arbitrary: fc.uuid() }, { weight: 1, arbitrary: fc.string() });
    fc.assert(
      fc.property(
        fc.array(idArbitrary, { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.array(fc.record({ at: fc.nat(), id: idArbitrary }), { maxLength: 5 }),
        (ids, out, drawn) => {
          const removed = [...new Set(out.filter(() => ids.length > 0).map((at) => at % ids.length))];
          const inserted = drawn.map(({ at, id }) => ({ position: at % (ids.length + 1), value: id }));
          // Each old id in order, those put in before the one at their position, in the order given.
          const expected: string[] = [];
          for (let i = 0; i <= ids.length; i++) {
            for (const { position, value } of inserted) if (position === i) expected.push(value);
            if (i < ids.length && !removed.includes(i)) expected.push(ids[i]!);
          }
          expect(spliceIds(packIds(ids), { removed, inserted })).toEqual(packIds(expected));
        },
      ),
    );
  });
});
