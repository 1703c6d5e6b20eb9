import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultParetoSettings, paretoSettingsSchema } from '../../lib/domain/pareto-settings';
import { rankAccounts, tiersById } from '../../lib/domain/pareto';
import { account } from './builders';

const settings = defaultParetoSettings;
const valued = (name: string, revenue: number, potential = 0) =>
  account({ id: name, name, revenue, potential });

describe('rankAccounts', () => {
  it('puts the smallest set of accounts reaching 80% of the value in the top tier', () => {
    const result = rankAccounts(
      [valued('c', 100), valued('a', 600), valued('b', 250), valued('d', 30), valued('e', 20)],
      settings,
    );
    expect(result.rows.map((row) => [row.accountId, row.tier])).toEqual([
      ['a', 'top'],
      ['b', 'top'],
      ['c', 'middle'],
      ['d', 'low'],
      ['e', 'low'],
    ]);
  });

  it("reports each account's share and cumulative share, the data of a Pareto chart", () => {
    const result = rankAccounts([valued('a', 600), valued('b', 300), valued('c', 100)], settings);
    expect(result.total).toBe(1000);
    expect(result.rows.map((row) => [row.share, row.cumulativeShare])).toEqual([
      [0.6, 0.6],
      [0.3, 0.9],
      [0.1, 1],
    ]);
  });

  it('stops the top tier at the account that reaches exactly 80%', () => {
    const result = rankAccounts([valued('a', 50), valued('b', 30), valued('c', 20)], settings);
    expect(result.rows.map((row) => row.tier)).toEqual(['top', 'top', 'middle']);
  });

  it('reaches a line despite floating-point sums that land a hair under it', () => {
    // 0.7 + 0.5 is exactly 80% of 1.5, but 0.8 * (0.7 + 0.5 + 0.3) is 1.2000000000000002 in floating point.
    const result = rankAccounts([valued('a', 0.7), valued('b', 0.5), valued('c', 0.3)], settings);
    expect(result.rows.map((row) => row.tier)).toEqual(['top', 'top', 'middle']);
  });

  it('keeps accounts of equal value in the same tier, the higher one, when a tie straddles a line', () => {
    const result = rankAccounts(
      [valued('a', 70), valued('b', 10), valued('c', 10), valued('d', 10)],
      settings,
    );
    expect(result.rows.map((row) => row.tier)).toEqual(['top', 'top', 'top', 'top']);
  });

  it('orders equal values by name then id, the same way on every run', () => {
    const result = rankAccounts([valued('zeta', 5), valued('alpha', 5), valued('mid', 5)], settings);
    expect(result.rows.map((row) => row.accountId)).toEqual(['alpha', 'mid', 'zeta']);
  });

  it('puts accounts worth nothing in the low tier', () => {
    const result = rankAccounts([valued('a', 100), valued('b', 0)], settings);
    expect(tiersById(result).get('b')).toBe('low');
    expect(result.unvaluedTier).toBe('low');
  });

  it('makes a single valued account the top tier on its own', () => {
    const result = rankAccounts([valued('only', 42)], settings);
    expect(result.rows).toEqual([
      { accountId: 'only', name: 'only', value: 42, share: 1, cumulativeShare: 1, tier: 'top' },
    ]);
  });

  it('puts every account in the middle tier when no account has any value', () => {
    const result = rankAccounts([valued('a', 0), valued('b', 0)], settings);
    expect(result.rows.map((row) => [row.tier, row.share, row.cumulativeShare])).toEqual([
      ['middle', 0, 0],
      ['middle', 0, 0],
    ]);
    expect(result.unvaluedTier).toBe('middle');
  });

  it('ranks nothing when there are no accounts', () => {
    const result = rankAccounts([], settings);
    expect(result.rows).toEqual([]);
    expect(result.tiers.top).toEqual({ count: 0, value: 0, share: 0 });
  });

  it('counts potential only when asked to', () => {
    const accounts = [valued('a', 100, 0), valued('b', 10, 1000)];
    expect(rankAccounts(accounts, settings).rows[0]!.accountId).toBe('a');
    expect(rankAccounts(accounts, { ...settings, includePotential: true }).rows[0]!.accountId).toBe('b');
  });

  it('sums each tier', () => {
    const result = rankAccounts(
      [valued('a', 600), valued('b', 250), valued('c', 100), valued('d', 50)],
      settings,
    );
    expect(result.tiers).toEqual({
      top: { count: 2, value: 850, share: 0.85 },
      middle: { count: 1, value: 100, share: 0.1 },
      low: { count: 1, value: 50, share: 0.05 },
    });
  });
});

describe('paretoSettingsSchema', () => {
  it('accepts the defaults and refuses a middle line before the top line', () => {
    expect(paretoSettingsSchema.safeParse(defaultParetoSettings).success).toBe(true);
    expect(paretoSettingsSchema.safeParse({ ...defaultParetoSettings, middleShare: 0.5 }).success).toBe(
      false,
    );
  });
});

describe('rankAccounts invariants', () => {
  const accountsArbitrary = fc
    .uniqueArray(
      fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), revenue: fc.nat({ max: 1000 }) }),
      {
        selector: (a) => a.id,
        maxLength: 40,
      },
    )
    .map((list) => list.map(({ id, revenue }) => valued(id, revenue)));

  it('puts every account in exactly one tier', () => {
    fc.assert(
      fc.property(accountsArbitrary, (accounts) => {
        const ids = rankAccounts(accounts, settings).rows.map((row) => row.accountId);
        expect([...ids].sort()).toEqual(accounts.map((a) => a.id).sort());
      }),
    );
  });

  it('gives the top tier at least 80% of the value, and less without its last group of equal value', () => {
    fc.assert(
      fc.property(accountsArbitrary, (accounts) => {
        const { rows, total } = rankAccounts(accounts, settings);
        if (total === 0) return;
        const top = rows.filter((row) => row.tier === 'top');
        const topValue = top.reduce((sum, row) => sum + row.value, 0);
        expect(topValue).toBeGreaterThanOrEqual(0.8 * total);
        const lastValue = top[top.length - 1]!.value;
        const withoutLastGroup = top
          .filter((row) => row.value !== lastValue)
          .reduce((sum, row) => sum + row.value, 0);
        expect(withoutLastGroup).toBeLessThan(0.8 * total);
      }),
    );
  });

  it('never places a more valuable account in a lower tier', () => {
    const order = { top: 0, middle: 1, low: 2 };
    fc.assert(
      fc.property(accountsArbitrary, (accounts) => {
        const { rows } = rankAccounts(accounts, settings);
        for (let i = 1; i < rows.length; i++) {
          expect(order[rows[i]!.tier]).toBeGreaterThanOrEqual(order[rows[i - 1]!.tier]);
        }
      }),
    );
  });
});
