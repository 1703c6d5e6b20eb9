import { describe, expect, it } from 'vitest';
import { defaultEngineSettings } from '../../lib/domain/engine-settings';
import { defaultLadder } from '../../lib/domain/default-ladder';
import {
  buildAccountRows,
  filterAccountRows,
  matchesSearch,
  sortAccountRows,
  type AccountRow,
  type AccountRowFacts,
  type AccountSortKey,
} from '../../lib/portfolio/account-rows';
import { account, contact, day, deal, issue, NOW } from '../domain/builders';

function facts(overrides: Partial<AccountRowFacts> = {}): AccountRowFacts {
  return {
    accounts: [],
    contacts: [],
    ladder: defaultLadder,
    settings: defaultEngineSettings,
    lastGives: new Map(),
    nextDues: new Map(),
    issues: [],
    deals: [],
    ...overrides,
  };
}

const acme = account({
  id: 'acme',
  name: 'Acme',
  revenue: 900,
  potential: 500,
  domains: ['acme.com'],
  industry: 'Logistics',
});
const beta = account({ id: 'beta', name: 'Beta', revenue: 100, potential: 0, domains: ['beta.io'] });
const gamma = account({ id: 'gamma', name: 'Gamma', revenue: 0, potential: 0, industry: 'Retail' });

describe('buildAccountRows', () => {
  const contacts = [
    contact({ id: 'dana', name: 'Dana', accountId: 'acme', roles: ['decision-maker'], levelId: 'supporter' }),
    contact({ id: 'dirk', name: 'Dirk', accountId: 'acme', roles: ['decision-maker'], levelId: 'advocate' }),
    contact({ id: 'ines', name: 'Ines', accountId: 'acme', roles: ['influencer'], levelId: 'gone-level' }),
    contact({
      id: 'left',
      name: 'Lee',
      accountId: 'acme',
      roles: ['decision-maker'],
      levelId: 'advocate',
      left: true,
    }),
    contact({ id: 'bob', name: 'Bob', accountId: 'beta' }),
    contact({ id: 'solo', name: 'Solo', accountId: null }),
  ];
  const rows = buildAccountRows(
    facts({
      accounts: [acme, beta, gamma],
      contacts,
      // Dana touched recently, Dirk long ago (outside the 180-day window), Ines recently; Lee has left.
      lastGives: new Map([
        ['dana', day(-3)],
        ['dirk', day(-400)],
        ['ines', day(-10)],
        ['left', day(-1)],
      ]),
      nextDues: new Map([
        ['dana', day(5)],
        ['dirk', day(-2)],
        ['ines', day(9)],
        ['bob', day(30)],
      ]),
      issues: [
        issue({ accountId: 'acme', openedAt: day(-5), resolvedAt: null }),
        issue({ accountId: 'acme', openedAt: day(-50), resolvedAt: day(-1) }),
        issue({ accountId: 'acme', openedAt: day(-5), resolvedAt: day(3) }),
        issue({ accountId: 'beta', openedAt: day(2), resolvedAt: null }),
      ],
      deals: [
        deal({ accountId: 'acme', amount: 1000, closedAt: day(20) }),
        deal({ accountId: 'acme', amount: 500, closedAt: day(40) }),
        deal({ accountId: 'acme', amount: 7000, closedAt: day(-1) }),
      ],
    }),
    NOW,
  );
  const byId = new Map(rows.map((row) => [row.accountId, row]));
  const acmeRow = byId.get('acme')!;

  it('has one row per account, valued and tiered as the 80/20 ranking says', () => {
    expect(rows.map((row) => row.accountId)).toEqual(['acme', 'beta', 'gamma']);
    // Revenue only by default (includePotential is off).
    expect(acmeRow.value).toBe(900);
    expect(acmeRow.tier).toBe('top');
    expect(acmeRow.share).toBeCloseTo(0.9);
    expect(byId.get('beta')!.tier).toBe('middle');
    expect(byId.get('gamma')!.tier).toBe('low');
  });

  it('values with potential when the settings include it', () => {
    const settings = {
      ...defaultEngineSettings,
      pareto: { ...defaultEngineSettings.pareto, includePotential: true },
    };
    const [row] = buildAccountRows(facts({ accounts: [acme], settings }), NOW);
    expect(row!.value).toBe(1400);
  });

  it('counts only people still there, listing everyone', () => {
    expect(acmeRow.contactCount).toBe(3);
    expect(acmeRow.contacts.map((c) => [c.name, c.left])).toEqual([
      ['Dana', false],
      ['Dirk', false],
      ['Ines', false],
      ['Lee', true],
    ]);
    expect(byId.get('gamma')!.contactCount).toBe(0);
  });

  it('counts people per level, a level no longer on the ladder as the lowest', () => {
    const counts = Object.fromEntries(acmeRow.levels.map((level) => [level.levelId, level.count]));
    expect(counts).toEqual({ prospect: 1, customer: 0, client: 0, supporter: 1, advocate: 1 });
    expect(acmeRow.contacts.find((c) => c.id === 'ines')!.levelName).toBe('Prospect');
  });

  it('measures key-people coverage against the levels with touches inside the relationship window', () => {
    const [decisionMakers, influencers] = acmeRow.coverage;
    expect(decisionMakers).toMatchObject({ known: 2, related: 1, percent: 50 });
    expect(influencers).toMatchObject({ known: 1, related: 1, percent: 100 });
    // Supporter: all DMs (not met), 70% influencers (met); Advocate: all key people (DMs not met, influencers met).
    expect(acmeRow.needsTotal).toBe(4);
    expect(acmeRow.needsMet).toBe(2);
  });

  it('counts issues open now and deals still to close', () => {
    expect(acmeRow.openIssues).toBe(2);
    expect(byId.get('beta')!.openIssues).toBe(0); // opened in the future
    expect(acmeRow.openDeals).toEqual({ count: 2, value: 1500 });
    expect(byId.get('beta')!.openDeals).toEqual({ count: 0, value: 0 });
  });

  it('takes the earliest next due date among people still there', () => {
    expect(acmeRow.nextDue).toEqual({ at: day(-2), contactId: 'dirk', contactName: 'Dirk' });
    expect(byId.get('beta')!.nextDue?.contactId).toBe('bob');
    expect(byId.get('gamma')!.nextDue).toBeNull();
  });
});

function row(overrides: Partial<AccountRow>): AccountRow {
  return {
    accountId: 'x',
    name: 'X',
    domains: [],
    industry: null,
    value: 0,
    revenue: 0,
    potential: 0,
    tier: 'low',
    share: 0,
    contactCount: 0,
    levels: defaultLadder.levels.map((level) => ({
      levelId: level.id,
      name: level.name,
      color: level.color,
      count: 0,
    })),
    coverage: [],
    needsMet: 0,
    needsTotal: 0,
    openIssues: 0,
    openDeals: { count: 0, value: 0 },
    nextDue: null,
    contacts: [],
    ...overrides,
  };
}

function levels(counts: number[]) {
  return defaultLadder.levels.map((level, i) => ({
    levelId: level.id,
    name: level.name,
    color: level.color,
    count: counts[i] ?? 0,
  }));
}

describe('sortAccountRows', () => {
  const rows = [
    row({
      accountId: 'a',
      name: 'alpha',
      value: 50,
      tier: 'middle',
      contactCount: 3,
      openIssues: 1,
      levels: levels([3, 0, 0, 0, 0]),
      openDeals: { count: 1, value: 10 },
      nextDue: { at: day(3), contactId: 'p', contactName: 'P' },
      needsMet: 1,
    }),
    row({
      accountId: 'b',
      name: 'Bravo',
      value: 500,
      tier: 'top',
      contactCount: 1,
      openIssues: 0,
      levels: levels([0, 0, 0, 0, 1]),
      openDeals: { count: 3, value: 5 },
      nextDue: null,
      needsMet: 0,
    }),
    row({
      accountId: 'c',
      name: 'charlie',
      value: 5,
      tier: 'low',
      contactCount: 2,
      openIssues: 4,
      levels: levels([0, 0, 0, 2, 0]),
      openDeals: { count: 0, value: 0 },
      nextDue: { at: day(-1), contactId: 'q', contactName: 'Q' },
      needsMet: 3,
    }),
  ];
  const order = (key: AccountSortKey, direction: 'ascending' | 'descending') =>
    sortAccountRows(rows, { key, direction }).map((r) => r.accountId);

  it.each<[AccountSortKey, string[]]>([
    ['name', ['a', 'b', 'c']],
    ['value', ['c', 'a', 'b']],
    ['tier', ['b', 'a', 'c']],
    ['contacts', ['b', 'c', 'a']],
    ['levels', ['a', 'c', 'b']],
    ['coverage', ['b', 'a', 'c']],
    ['issues', ['b', 'a', 'c']],
    ['deals', ['c', 'b', 'a']],
  ])('sorts by %s both ways', (key, ascending) => {
    expect(order(key, 'ascending')).toEqual(ascending);
    expect(order(key, 'descending')).toEqual([...ascending].reverse());
  });

  it('puts accounts with nobody due last in both directions', () => {
    expect(order('nextDue', 'ascending')).toEqual(['c', 'a', 'b']);
    expect(order('nextDue', 'descending')).toEqual(['a', 'c', 'b']);
  });

  it('breaks ties by name, whatever the input order', () => {
    const tied = [
      row({ accountId: '2', name: 'Zed', value: 1 }),
      row({ accountId: '1', name: 'Amy', value: 1 }),
    ];
    expect(sortAccountRows(tied, { key: 'value', direction: 'descending' }).map((r) => r.name)).toEqual([
      'Amy',
      'Zed',
    ]);
    expect(
      sortAccountRows([...tied].reverse(), { key: 'value', direction: 'ascending' }).map((r) => r.name),
    ).toEqual(['Amy', 'Zed']);
  });

  it('does not change the rows it is given', () => {
    const copy = [...rows];
    sortAccountRows(rows, { key: 'value', direction: 'descending' });
    expect(rows).toEqual(copy);
  });
});

describe('filterAccountRows and search', () => {
  const rows = [
    row({ accountId: 'a', name: 'Acme Corp', domains: ['acme.com'], industry: 'Logistics', tier: 'top' }),
    row({ accountId: 'b', name: 'Beta', domains: ['beta.io', 'beta-labs.com'], tier: 'low' }),
    row({ accountId: 'c', name: 'Gamma', industry: 'Retail logistics', tier: 'low' }),
  ];
  const ids = (tier: 'all' | 'top' | 'middle' | 'low', query: string) =>
    filterAccountRows(rows, { tier, query }).map((r) => r.accountId);

  it('searches name, domains and industry, in any case, every word', () => {
    expect(ids('all', '')).toEqual(['a', 'b', 'c']);
    expect(ids('all', 'ACME')).toEqual(['a']);
    expect(ids('all', 'labs')).toEqual(['b']);
    expect(ids('all', 'logistics')).toEqual(['a', 'c']);
    expect(ids('all', 'logistics retail')).toEqual(['c']);
    expect(ids('all', 'nothing-like-it')).toEqual([]);
  });

  it('filters by tier, together with the search', () => {
    expect(ids('low', '')).toEqual(['b', 'c']);
    expect(ids('low', 'logistics')).toEqual(['c']);
    expect(ids('middle', '')).toEqual([]);
  });

  it('treats a blank query as no search', () => {
    expect(matchesSearch(rows[1]!, '   ')).toBe(true);
  });
});
