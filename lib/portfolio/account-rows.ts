/**
 * The accounts table of the dashboard: one row per account with its value
 * and 80/20 tier (pareto.ts), the people recorded there, how many stand at
 * each level of the ladder, key-people coverage against what the ladder's
 * levels ask (lib/sidebar/coverage.ts, as the sidebar's account view shows
 * it), open issues, deals still to close and the earliest next due date
 * among its people. Then sorting, tier filter and search over those rows.
 *
 * Everything is worked out in one pass over each kind of record, so that
 * 5,000 accounts and 50,000 contacts cost a few hundred milliseconds, not a
 * pass over every contact per account.
 *
 * Definitions:
 * - people counted (contacts, levels, coverage, next due) are those still at
 *   the account; people who left are listed but not counted;
 * - "related" (coverage) is as account-facts.ts defines it: a value-adding
 *   gesture within the relationship window before now;
 * - an open deal is one dated after now (not closed yet; account-facts.ts
 *   counts only deals closed up to now as deals);
 * - an open issue is one opened by now and not resolved by now.
 */
import { subDays } from 'date-fns';
import type { AccountFacts, Coverage } from '../domain/account-facts';
import { isOpenIssue } from '../domain/account-issues';
import { accountTiers, type AccountTier } from '../domain/account-tier';
import { compareText } from '../domain/compare-text';
import type { EngineSettings } from '../domain/engine-settings';
import { placeLevel } from '../domain/levels';
import { rankAccounts } from '../domain/pareto';
import type { Account, AccountIssue, Contact, Deal, Ladder } from '../db/schema';
import { accountCoverage, type RoleCoverage } from '../sidebar/coverage';

/** One collator for every name comparison: far cheaper than localeCompare call by call. */
const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export interface AccountRowContact {
  id: string;
  name: string;
  levelName: string;
  left: boolean;
}

export interface LevelCount {
  levelId: string;
  name: string;
  color: string;
  /** People still at the account who stand at this level. */
  count: number;
}

export interface AccountRow {
  accountId: string;
  name: string;
  domains: readonly string[];
  industry: string | null;
  /** As 80/20 ranks it: revenue, plus potential when the settings say so. */
  value: number;
  revenue: number;
  potential: number;
  tier: AccountTier;
  /** Share of all accounts' value, 0..1. */
  share: number;
  /** People still at the account. */
  contactCount: number;
  /** Per ladder level, lowest first (a level no longer on the ladder counts as the lowest). */
  levels: LevelCount[];
  coverage: RoleCoverage[];
  /** How many of the coverage needs (Supporter, Advocate, …) are met. */
  needsMet: number;
  needsTotal: number;
  openIssues: number;
  openDeals: { count: number; value: number };
  /** The earliest next due date among the people still there, and whose it is. */
  nextDue: { at: number; contactId: string; contactName: string } | null;
  /** Everyone recorded there, those who left included, by name. */
  contacts: AccountRowContact[];
}

export interface AccountRowFacts {
  accounts: readonly Account[];
  contacts: readonly Contact[];
  ladder: Ladder;
  settings: EngineSettings;
  /** Each contact's latest value-adding gesture at or before now. */
  lastGives: ReadonlyMap<string, number>;
  /** Each contact's next due date (due.ts nextDue), for those still at an account. */
  nextDues: ReadonlyMap<string, number>;
  /** Issues that may be open; those not open at `now` are left out here. */
  issues: readonly AccountIssue[];
  /** Deals that may be open; those dated at or before `now` are left out here. */
  deals: readonly Deal[];
}

export function buildAccountRows(facts: AccountRowFacts, now: number): AccountRow[] {
  const ranking = rankAccounts(facts.accounts, facts.settings.pareto);
  const ranked = new Map(ranking.rows.map((row) => [row.accountId, row]));
  const windowStart = subDays(now, facts.settings.evidence.relationshipWindowDays).getTime();
  const levelIds = facts.ladder.levels.map((level) => level.id);

  interface Tally {
    contacts: AccountRowContact[];
    present: number;
    levelCounts: number[];
    decisionMakers: Coverage;
    influencers: Coverage;
    openIssues: number;
    openDeals: { count: number; value: number };
    nextDue: AccountRow['nextDue'];
  }
  const tallies = new Map<string, Tally>();
  for (const account of facts.accounts) {
    tallies.set(account.id, {
      contacts: [],
      present: 0,
      levelCounts: levelIds.map(() => 0),
      decisionMakers: { known: 0, related: 0 },
      influencers: { known: 0, related: 0 },
      openIssues: 0,
      openDeals: { count: 0, value: 0 },
      nextDue: null,
    });
  }

  for (const contact of facts.contacts) {
    const tally = contact.accountId === null ? undefined : tallies.get(contact.accountId);
    if (tally === undefined) continue;
    const placed = placeLevel(facts.ladder, contact.levelId);
    tally.contacts.push({
      id: contact.id,
      name: contact.name,
      levelName: placed.level.name,
      left: contact.left,
    });
    if (contact.left) continue;
    tally.present += 1;
    tally.levelCounts[placed.index]! += 1;
    const lastGive = facts.lastGives.get(contact.id);
    const related = lastGive !== undefined && lastGive >= windowStart;
    if (contact.roles.includes('decision-maker')) count(tally.decisionMakers, related);
    if (contact.roles.includes('influencer')) count(tally.influencers, related);
    const dueAt = facts.nextDues.get(contact.id);
    if (
      dueAt !== undefined &&
      (tally.nextDue === null ||
        dueAt < tally.nextDue.at ||
        (dueAt === tally.nextDue.at && compareText(contact.id, tally.nextDue.contactId) < 0))
    )
      tally.nextDue = { at: dueAt, contactId: contact.id, contactName: contact.name };
  }
  for (const issue of facts.issues) {
    const tally = tallies.get(issue.accountId);
    if (tally !== undefined && isOpenIssue(issue, now)) tally.openIssues += 1;
  }
  for (const deal of facts.deals) {
    const tally = tallies.get(deal.accountId);
    if (tally === undefined || deal.closedAt <= now) continue;
    tally.openDeals.count += 1;
    tally.openDeals.value += deal.amount;
  }

  return facts.accounts.map((account): AccountRow => {
    const tally = tallies.get(account.id)!;
    const rankedRow = ranked.get(account.id)!;
    // accountCoverage reads only these two counts of the account's facts.
    const coverageFacts: Pick<AccountFacts, 'decisionMakers' | 'influencers'> = {
      decisionMakers: tally.decisionMakers,
      influencers: tally.influencers,
    };
    const coverage = accountCoverage(coverageFacts as AccountFacts, facts.ladder);
    const needs = coverage.flatMap((role) => role.needs);
    return {
      accountId: account.id,
      name: account.name,
      domains: account.domains,
      industry: account.industry ?? null,
      value: rankedRow.value,
      revenue: account.revenue,
      potential: account.potential,
      tier: rankedRow.tier,
      share: rankedRow.share,
      contactCount: tally.present,
      levels: facts.ladder.levels.map((level, index) => ({
        levelId: level.id,
        name: level.name,
        color: level.color,
        count: tally.levelCounts[index]!,
      })),
      coverage,
      needsMet: needs.filter((need) => need.met).length,
      needsTotal: needs.length,
      openIssues: tally.openIssues,
      openDeals: tally.openDeals,
      nextDue: tally.nextDue,
      contacts: tally.contacts.sort((a, b) => byName.compare(a.name, b.name) || compareText(a.id, b.id)),
    };
  });
}

function count(coverage: Coverage, related: boolean): void {
  coverage.known += 1;
  if (related) coverage.related += 1;
}

// ---------------------------------------------------------------------------
// sorting, filtering, search

export const accountSortKeys = [
  'name',
  'value',
  'tier',
  'contacts',
  'levels',
  'coverage',
  'issues',
  'deals',
  'nextDue',
] as const;
export type AccountSortKey = (typeof accountSortKeys)[number];
export type SortDirection = 'ascending' | 'descending';

export interface AccountSort {
  key: AccountSortKey;
  direction: SortDirection;
}

/** The direction a column sorts in when first chosen: names and dates from the start, amounts from the top. */
export function defaultDirection(key: AccountSortKey): SortDirection {
  return key === 'name' || key === 'nextDue' || key === 'tier' ? 'ascending' : 'descending';
}

const tierRank: Record<AccountTier, number> = Object.fromEntries(
  accountTiers.map((tier, index) => [tier, index]),
) as Record<AccountTier, number>;

/** More people at the higher levels first decides; compared from the top level down. */
function compareLevels(a: AccountRow, b: AccountRow): number {
  for (let i = a.levels.length - 1; i >= 0; i -= 1) {
    const diff = (a.levels[i]?.count ?? 0) - (b.levels[i]?.count ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function relatedShare(row: AccountRow): number {
  const known = row.coverage.reduce((sum, role) => sum + role.known, 0);
  const related = row.coverage.reduce((sum, role) => sum + role.related, 0);
  return known === 0 ? -1 : related / known;
}

/** Ascending order of one column; ties are left to the caller. */
const comparators: Record<AccountSortKey, (a: AccountRow, b: AccountRow) => number> = {
  name: (a, b) => byName.compare(a.name, b.name),
  value: (a, b) => a.value - b.value,
  tier: (a, b) => tierRank[a.tier] - tierRank[b.tier],
  contacts: (a, b) => a.contactCount - b.contactCount,
  levels: compareLevels,
  coverage: (a, b) => a.needsMet - b.needsMet || relatedShare(a) - relatedShare(b),
  issues: (a, b) => a.openIssues - b.openIssues,
  deals: (a, b) => a.openDeals.value - b.openDeals.value || a.openDeals.count - b.openDeals.count,
  nextDue: () => 0, // handled in sortAccountRows: accounts with nothing due go last either way
};

/**
 * Rows in the order asked; equal rows by name then id, so the order never
 * depends on the input order. For the next due date, accounts where nobody
 * is due at all come last in both directions.
 */
export function sortAccountRows(rows: readonly AccountRow[], sort: AccountSort): AccountRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare = comparators[sort.key];
  const tieBreak = (a: AccountRow, b: AccountRow) =>
    byName.compare(a.name, b.name) || compareText(a.accountId, b.accountId);
  return [...rows].sort((a, b) => {
    if (sort.key === 'nextDue') {
      if (a.nextDue === null || b.nextDue === null) {
        if (a.nextDue !== b.nextDue) return a.nextDue === null ? 1 : -1;
        return tieBreak(a, b);
      }
      return sign * (a.nextDue.at - b.nextDue.at) || tieBreak(a, b);
    }
    return sign * compare(a, b) || tieBreak(a, b);
  });
}

export interface AccountFilter {
  /** Only these tiers; all when empty or 'all'. */
  tier: AccountTier | 'all';
  /** Words that must each appear in the name, a domain or the industry (any case). */
  query: string;
}

function words(query: string): string[] {
  return query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

export function matchesSearch(row: AccountRow, query: string): boolean {
  const wanted = words(query);
  if (wanted.length === 0) return true;
  const haystack = [row.name, row.industry ?? '', ...row.domains].join('\n').toLocaleLowerCase();
  return wanted.every((word) => haystack.includes(word));
}

export function filterAccountRows(rows: readonly AccountRow[], filter: AccountFilter): AccountRow[] {
  return rows.filter(
    (row) => (filter.tier === 'all' || row.tier === filter.tier) && matchesSearch(row, filter.query),
  );
}
