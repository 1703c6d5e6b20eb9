import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInOrder } from '../../lib/domain/first-in-order';

const ascending = (a: number, b: number) => a - b;

describe('firstInOrder', () => {
  it('returns the first items in order', () => {
    expect(firstInOrder([5, 3, 9, 1, 7], 3, ascending)).toEqual([1, 3, 5]);
  });

  it('returns everything, sorted, when asked for more than there is', () => {
    expect(firstInOrder([2, 1], 5, ascending)).toEqual([1, 2]);
  });

  it('returns nothing when asked for nothing', () => {
    expect(firstInOrder([2, 1], 0, ascending)).toEqual([]);
  });

  it('agrees with sorting the whole list and taking its head', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.nat({ max: 20 }), (items, count) => {
        expect(firstInOrder(items, count, ascending)).toEqual([...items].sort(ascending).slice(0, count));
      }),
    );
  });
});
