import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spliceLayout } from '../../lib/domain/column-splice';
import {
  columnLength,
  isNumberColumn,
  packNumbers,
  spliceNumbers,
  unpackNumbers,
} from '../../lib/db/number-column';

const unpackAll = (numbers: readonly number[]) => {
  const column = structuredClone(packNumbers(numbers));
  expect(isNumberColumn(column)).toBe(true);
  expect(columnLength(column)).toBe(numbers.length);
  return Array.from(unpackNumbers(column));
};

describe('number columns', () => {
  it('give back every number exactly (NaN, -0 and infinities included), through a structured clone', () => {
    const anyNumber = fc.oneof(
      fc.double(),
      fc.integer({ min: 0, max: 70_000 }),
      fc.constantFrom(0, 0.5, NaN),
    );
    fc.assert(
      fc.property(fc.array(anyNumber, { maxLength: 60 }), (numbers) => {
        unpackAll(numbers).forEach((value, i) => expect(Object.is(value, numbers[i])).toBe(true));
      }),
      {
        numRuns: 500,
        examples: [[[-0]], [[0, -0, 3]], [[0.5, -0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]], [[NaN, 1.5]]],
      },
    );
  });

  it('give back whole numbers below 2^48 - 1 and NaN exactly, through a structured clone', () => {
    const instant = fc.oneof(
      fc.maxSafeNat().map((n) => n % (2 ** 48 - 1)),
      fc.constantFrom(NaN, 0, 2 ** 32 - 1, 2 ** 32, 2 ** 48 - 2, 1_700_000_000_123),
    );
    fc.assert(
      fc.property(fc.array(instant, { maxLength: 60 }), (numbers) => {
        unpackAll(numbers).forEach((value, i) => expect(Object.is(value, numbers[i])).toBe(true));
      }),
      { numRuns: 500 },
    );
  });

  it('keep small whole numbers in 1 or 2 bytes, few distinct values as an index, instants in 6 bytes', () => {
    expect(packNumbers([0, 14, 255])).toMatchObject({ kind: 'small', values: expect.any(Uint8Array) });
    expect(packNumbers([0, 14, 65_535])).toMatchObject({ kind: 'small', values: expect.any(Uint16Array) });
    const shares = Array.from({ length: 100 }, (_, i) => [0.5, 0.25, NaN][i % 3]!);
    const distinct = packNumbers(shares);
    expect(distinct).toMatchObject({ kind: 'distinct', at: expect.any(Uint8Array) });
    expect(distinct.kind === 'distinct' && distinct.values.length).toBe(3);
    const manyShares = Array.from({ length: 2_000 }, (_, i) => (i % 300) / 1_000);
    expect(packNumbers(manyShares)).toMatchObject({ kind: 'distinct', at: expect.any(Uint16Array) });
    const instants = Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? NaN : 1.7e12 + i));
    expect(packNumbers(instants).kind).toBe('whole');
    expect(packNumbers([...instants, 2 ** 48 - 1]).kind).toBe('any');
    expect(packNumbers([...instants, -1]).kind).toBe('any');
    expect(packNumbers([...instants, 0.5]).kind).toBe('any');
    expect(packNumbers([65_536]).kind).not.toBe('small');
    expect(packNumbers([-1]).kind).not.toBe('small');
  });

  it('are not taken for columns when damaged', () => {
    const distinct = packNumbers(Array.from({ length: 10 }, () => 0.5));
    for (const damaged of [
      null,
      [1, 2],
      { kind: 'small', values: [1, 2] },
      { kind: 'any', values: new Uint16Array(2) },
      { kind: 'distinct', values: new Float64Array([0.5]), at: new Uint16Array([0, 1]) },
      { kind: 'whole', high: new Uint16Array(2), low: new Uint32Array(1) },
      { kind: 'whole', high: new Float64Array(1), low: new Uint32Array(1) },
      { ...distinct, kind: 'other' },
    ]) {
      expect(isNumberColumn(damaged)).toBe(false);
    }
  });
  it('take entries out and in, in the form they were packed in, when the new ones fit it', () => {
    // Numbers of each form: few distinct, small whole, instants with NaN, anything.
    const forms = [
      fc.constantFrom(0.25, 0.5, NaN),
      fc.integer({ min: 0, max: 300 }),
      fc.oneof(fc.integer({ min: 0, max: 2 ** 47 }), fc.constant(NaN)),
      fc.oneof(fc.double(), fc.constant(-0)),
    ];
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc
          .constantFrom(...forms)
          .chain((form) =>
            fc.tuple(
              fc.array(form, { maxLength: 40 }),
              fc.array(fc.nat(), { maxLength: 4 }),
              fc.array(fc.record({ at: fc.nat(), value: fc.oneof(form, fc.double()) }), { maxLength: 4 }),
            ),
          ),
        ([numbers, out, drawn]) => {
          const removed = [...new Set(out.filter(() => numbers.length > 0).map((at) => at % numbers.length))];
          const inserted = drawn.map(({ at, value }) => ({ position: at % (numbers.length + 1), value }));
          const { oldAt, insertedAt } = spliceLayout(numbers.length, { removed, inserted });
          const spliced = Array.from(oldAt, (old, i) => (old === -1 ? insertedAt.get(i)! : numbers[old]!));
          const packed = packNumbers(numbers);
          const column = spliceNumbers(packed, oldAt, spliced);
          if (column === null) return;
          seen.add(column.kind);
          expect(column.kind).toBe(packed.kind);
          const back = Array.from(unpackNumbers(structuredClone(column)));
          expect(back).toHaveLength(spliced.length);
          back.forEach((value, i) => expect(Object.is(value, spliced[i])).toBe(true));
        },
      ),
      { numRuns: 400 },
    );
    expect([...seen].sort()).toEqual(['any', 'distinct', 'small', 'whole']);
    // A number the form cannot hold: none, and the caller packs the new list.
    const small = packNumbers([1, 2, 3]);
    expect(spliceNumbers(small, Int32Array.from([0, -1]), [1, 70_000])).toBeNull();
    const distinct = packNumbers([0.5, 0.5, 0.5, 0.5, 0.25]);
    expect(spliceNumbers(distinct, Int32Array.from([0, -1]), [0.5, 0.75])).toBeNull();
  });
});
