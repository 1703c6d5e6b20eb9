import { describe, expect, it } from 'vitest';
import { amountForm, parseAmount } from '../../lib/domain/amount';

describe('how to write an amount, as a note says it', () => {
  // "in digits, like 1500000, 1,500,000 or $1,500,000.50": the examples are the words without spaces.
  const examples = amountForm
    .replace(/^.*like /, '')
    .split(/,? (?:or )?/)
    .filter((word) => word !== '');

  it('gives examples that are all read, as the amounts they show', () => {
    expect(examples).toEqual(['1500000', '1,500,000', '$1,500,000.50']);
    expect(examples.map(parseAmount)).toEqual([
      { ok: true, value: 1_500_000 },
      { ok: true, value: 1_500_000 },
      { ok: true, value: 1_500_000.5 },
    ]);
  });

  it.each(['1.5M', '12.000,50', '1e6', '-5', 'lots'])('is for a value that is not read: %j', (text) => {
    expect(parseAmount(text).ok).toBe(false);
  });
});
