/**
 * 80/20: rank accounts by value and split them into tiers. The top tier is
 * the smallest set of accounts whose value reaches `topShare` (80%) of the
 * total; the middle tier takes the ranking on to `middleShare` (95%); the
 * rest is the low tier.
 *
 * Defined edge cases:
 * - Accounts of equal value always share a tier: when a tie straddles a
 *   tier line the whole tie joins the higher tier, because ranking one of two
 *   identical accounts above the other would be arbitrary.
 * - An account worth nothing is in the low tier; it adds nothing to reach
 *   any line.
 * - When no account has any value there is nothing to rank by, so every
 *   account (and every contact without an account) is in the middle tier:
 *   nobody is singled out up or down.
 * - A single account with value is the top tier on its own.
 */
import type { Account } from '../db/schema';
import type { AccountTier } from './account-tier';
import { compareText } from './compare-text';
import type { ParetoSettings } from './pareto-settings';

export interface ParetoRow {
  accountId: string;
  name: string;
  value: number;
  /** This account's share of the total value, 0..1 (0 when the total is 0). */
  share: number;
  /** Share of the total reached by this account and every one ranked above it. */
  cumulativeShare: number;
  tier: AccountTier;
}

export interface TierSummary {
  count: number;
  value: number;
  share: number;
}

export interface ParetoResult {
  /** Most valuable first: the bars and the cumulative line of a Pareto chart. */
  rows: ParetoRow[];
  total: number;
  tiers: Record<AccountTier, TierSummary>;
  /** The tier of an account worth nothing, which is also the tier of a contact with no account. */
  unvaluedTier: AccountTier;
}

type ValuedAccount = Pick<Account, 'id' | 'name' | 'revenue' | 'potential'>;

/** Floating-point sums of money can land a hair under a line they mathematically reach. */
const RELATIVE_TOLERANCE = 1e-9;

export function accountValue(
  account: Pick<Account, 'revenue' | 'potential'>,
  settings: ParetoSettings,
): number {
  return settings.includePotential ? account.revenue + account.potential : account.revenue;
}

export function rankAccounts(accounts: readonly ValuedAccount[], settings: ParetoSettings): ParetoResult {
  const valued = accounts
    .map((account) => ({ account, value: accountValue(account, settings) }))
    .sort(
      (a, b) =>
        b.value - a.value ||
        compareText(a.account.name, b.account.name) ||
        compareText(a.account.id, b.account.id),
    );
  const total = valued.reduce((sum, { value }) => sum + value, 0);
  const unvaluedTier: AccountTier = total > 0 ? 'low' : 'middle';
  const topLine = settings.topShare * total - RELATIVE_TOLERANCE * total;
  const middleLine = settings.middleShare * total - RELATIVE_TOLERANCE * total;

  const rows: ParetoRow[] = [];
  let cumulative = 0;
  let tier: AccountTier = 'top';
  for (const [index, { account, value }] of valued.entries()) {
    const tiedWithPrevious = index > 0 && valued[index - 1]!.value === value;
    if (!tiedWithPrevious) tier = value > 0 ? tierAfter(cumulative, topLine, middleLine) : unvaluedTier;
    cumulative += value;
    rows.push({
      accountId: account.id,
      name: account.name,
      value,
      share: total > 0 ? value / total : 0,
      cumulativeShare: total > 0 ? Math.min(1, cumulative / total) : 0,
      tier,
    });
  }
  return { rows, total, tiers: summarise(rows, total), unvaluedTier };
}

/** The tier of the next group of equal value, given the value already ranked above it. */
function tierAfter(rankedAbove: number, topLine: number, middleLine: number): AccountTier {
  if (rankedAbove < topLine) return 'top';
  if (rankedAbove < middleLine) return 'middle';
  return 'low';
}

function summarise(rows: readonly ParetoRow[], total: number): Record<AccountTier, TierSummary> {
  const tiers: Record<AccountTier, TierSummary> = {
    top: { count: 0, value: 0, share: 0 },
    middle: { count: 0, value: 0, share: 0 },
    low: { count: 0, value: 0, share: 0 },
  };
  for (const row of rows) {
    const summary = tiers[row.tier];
    summary.count += 1;
    summary.value += row.value;
  }
  for (const summary of Object.values(tiers)) summary.share = total > 0 ? summary.value / total : 0;
  return tiers;
}

/** Tier of each account by id, for callers that look many up. */
export function tiersById(result: ParetoResult): Map<string, AccountTier> {
  return new Map(result.rows.map((row) => [row.accountId, row.tier]));
}
