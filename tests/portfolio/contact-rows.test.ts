import { describe, expect, it } from 'vitest';
import type { Contact, Gesture } from '../../lib/db/schema';
import { defaultLadder } from '../../lib/domain/default-ladder';
import { defaultEngineSettings } from '../../lib/domain/engine-settings';
import { relationshipViews } from '../../lib/domain/relationship-view';
import {
  buildContactRows,
  filterChoices,
  filterContactRows,
  highLevelIndex,
  isFiltered,
  matchesQuery,
  NO_ACCOUNT,
  noFilters,
  sortContactRows,
  type ContactRow,
  type ContactRowRecords,
} from '../../lib/portfolio/contact-rows';
import { account, contact, day, deal, followUp, gesture, NOW, snapshot } from '../domain/builders';

const settings = defaultEngineSettings;
const ladder = defaultLadder;

function records(parts: Partial<ContactRowRecords> = {}): ContactRowRecords {
  return {
    contacts: [],
    accounts: [account({ id: 'acme', name: 'Acme Corp', revenue: 1_000_000 })],
    deals: [],
    followUps: [],
    lastGives: new Map(),
    ...parts,
  };
}

function rowsOf(parts: Partial<ContactRowRecords>): ContactRow[] {
  return buildContactRows(records(parts), ladder, settings, NOW).rows;
}

function row(rows: readonly ContactRow[], id: string): ContactRow {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

/** The last give of each contact, as the database's latestGives table keeps it. */
function lastGives(gestures: readonly Gesture[]): Map<string, number> {
  const latest = new Map<string, number>();
  for (const g of gestures) {
    if (g.at > NOW || !['check-in', 'article', 'thanks'].includes(g.type)) continue;
    latest.set(g.contactId, Math.max(latest.get(g.contactId) ?? -Infinity, g.at));
  }
  return latest;
}

describe('buildContactRows', () => {
  it('shows who they are, where, at which level and tier, and their last give', () => {
    const jane = contact({
      id: 'jane',
      name: 'Jane Roe',
      emails: ['jane@acme.com'],
      levelId: 'client',
      roles: ['champion'],
      tags: ['golf'],
      interests: ['Sailing'],
      headline: 'CTO',
    });
    const [r] = rowsOf({ contacts: [jane], lastGives: new Map([['jane', day(-5)]]) });
    expect(r).toMatchObject({
      id: 'jane',
      name: 'Jane Roe',
      headline: 'CTO',
      emails: ['jane@acme.com'],
      accountId: 'acme',
      accountName: 'Acme Corp',
      tier: 'top',
      level: { id: 'client', name: 'Client', index: 2 },
      roles: ['champion'],
      tags: ['golf'],
      lastGiveAt: day(-5),
      cadenceDays: 21,
      customCadence: false,
    });
  });

  it('reads a removed level as the lowest and a missing account as none', () => {
    const gone = contact({ id: 'gone', levelId: 'no-such-level', accountId: 'vanished', cadenceDays: 7 });
    const [r] = rowsOf({ contacts: [gone] });
    expect(r!.level).toMatchObject({ id: 'prospect', index: 0 });
    expect(r!.accountName).toBeNull();
    expect(r!.customCadence).toBe(true);
    expect(r!.cadenceDays).toBe(7);
  });

  it('puts each contact in a due bucket from due.ts, and those who left in none', () => {
    const c = (id: string, extra: Partial<Contact> = {}) => contact({ id, cadenceDays: 30, ...extra });
    const rows = rowsOf({
      contacts: [
        c('late'),
        c('badly'),
        c('today'),
        c('soon'),
        c('later'),
        c('follow-up'),
        c('snoozed'),
        c('left', { left: true }),
      ],
      lastGives: new Map([
        ['late', day(-31)],
        ['badly', day(-70)],
        ['today', day(-30)],
        ['soon', day(-26)],
        ['later', day(-10)],
        ['follow-up', day(-1)],
        ['snoozed', day(-40)],
        ['left', day(-70)],
      ]),
      followUps: [
        followUp('follow-up', day(0)),
        // The cadence ran out 10 days ago; a snooze puts the reminder off by 12 days.
        followUp('snoozed', day(-10), { source: 'cadence', createdAt: day(-9), snoozedUntil: day(12) }),
        // A done follow-up changes nothing.
        followUp('later', day(-3), { doneAt: day(-3) }),
      ],
    });
    const buckets = Object.fromEntries(rows.map((r) => [r.id, r.dueBucket]));
    expect(buckets).toEqual({
      late: 'overdue',
      badly: 'overdue',
      today: 'today',
      soon: 'week',
      later: 'later',
      'follow-up': 'today',
      snoozed: 'later',
      left: 'none',
    });
    expect(row(rows, 'soon').dueAt).toBe(day(4));
    expect(row(rows, 'snoozed')).toMatchObject({ snoozed: true, dueAt: day(12), stale: true });
    expect(row(rows, 'late').snoozed).toBe(false);
    expect(row(rows, 'left').dueAt).toBeNull();
    // Seventy days without a give, but nobody keeps up with someone who left.
    expect(row(rows, 'left')).toMatchObject({ stale: false, staleAtHighLevel: false });
    expect(row(rows, 'badly').stale).toBe(true);
  });

  it('flags stale at a high level only in the upper half of the ladder', () => {
    expect(highLevelIndex(ladder)).toBe(2);
    const rows = rowsOf({
      contacts: [
        contact({ id: 'client', levelId: 'client', cadenceDays: 30 }),
        contact({ id: 'customer', levelId: 'customer', cadenceDays: 30 }),
        contact({ id: 'fresh', levelId: 'advocate', cadenceDays: 30 }),
      ],
      lastGives: new Map([
        ['client', day(-40)],
        ['customer', day(-40)],
        ['fresh', day(-5)],
      ]),
    });
    expect(row(rows, 'client')).toMatchObject({ stale: true, staleAtHighLevel: true });
    expect(row(rows, 'customer')).toMatchObject({ stale: true, staleAtHighLevel: false });
    expect(row(rows, 'fresh')).toMatchObject({ stale: false, staleAtHighLevel: false });
  });

  it('flags a level the evidence does not support, without gestures when the deals settle it', () => {
    const result = buildContactRows(
      records({
        contacts: [
          contact({ id: 'customer', levelId: 'customer', accountId: 'beta' }),
          contact({ id: 'client', levelId: 'client' }),
          contact({ id: 'prospect', levelId: 'prospect', accountId: 'beta' }),
        ],
        accounts: [account({ id: 'acme', name: 'Acme' }), account({ id: 'beta', name: 'Beta' })],
        deals: [deal({ accountId: 'acme' }), deal({ accountId: 'acme' })],
      }),
      ladder,
      settings,
      NOW,
    );
    expect(result.undecided).toEqual([]);
    expect(row(result.rows, 'customer').levelUnsupported).toBe(true);
    expect(row(result.rows, 'client').levelUnsupported).toBe(false);
    expect(row(result.rows, 'prospect').levelUnsupported).toBe(false);
  });

  it('asks for the gestures of a contact only a reference could settle, then judges on them', () => {
    const people = [
      contact({ id: 'sup', levelId: 'supporter', roles: ['decision-maker', 'influencer'] }),
      contact({ id: 'other', levelId: 'supporter', accountId: 'beta' }),
    ];
    const gives = [gesture('sup', 'check-in', day(-3))];
    const base = records({
      contacts: people,
      accounts: [account({ id: 'acme' }), account({ id: 'beta' })],
      deals: [deal({ accountId: 'acme' }), deal({ accountId: 'acme' })],
      lastGives: lastGives(gives),
    });
    const first = buildContactRows(base, ladder, settings, NOW);
    // "other" fails on deals whatever their gestures say; "sup" meets everything but the reference.
    expect(first.undecided).toEqual(['sup']);
    expect(row(first.rows, 'other').levelUnsupported).toBe(true);

    const withReference = buildContactRows(
      {
        ...base,
        gestures: new Map([
          ['sup', [...gives, gesture('sup', 'reference-ask', day(-2), { outcome: 'yes' })]],
        ]),
      },
      ladder,
      settings,
      NOW,
    );
    expect(withReference.undecided).toEqual([]);
    expect(row(withReference.rows, 'sup').levelUnsupported).toBe(false);

    const withoutReference = buildContactRows(
      {
        ...base,
        gestures: new Map([['sup', [...gives, gesture('sup', 'reference-ask', day(-2), { outcome: 'no' })]]]),
      },
      ladder,
      settings,
      NOW,
    );
    expect(row(withoutReference.rows, 'sup').levelUnsupported).toBe(true);
  });

  it('agrees with the relationship view the card shows', () => {
    const people = [
      contact({ id: 'a', levelId: 'advocate', roles: ['decision-maker'], seniority: 'senior' }),
      contact({ id: 'b', levelId: 'supporter', roles: ['influencer'], seniority: 'middle' }),
      contact({ id: 'c', levelId: 'client', roles: ['influencer'] }),
      contact({ id: 'd', levelId: 'customer', left: true }),
      contact({ id: 'e', levelId: 'prospect', cadenceDays: 5 }),
      contact({ id: 'f', levelId: 'supporter' }),
    ];
    const gestures = [
      gesture('a', 'check-in', day(-3)),
      gesture('a', 'reference-ask', day(-20), { outcome: 'yes' }),
      gesture('a', 'shared-strategy', day(-10)),
      gesture('b', 'article', day(-100)),
      gesture('b', 'reference-ask', day(-20), { outcome: 'yes' }),
      gesture('c', 'thanks', day(-1)),
      gesture('e', 'check-in', day(-9)),
      // Logged ahead: has not happened yet.
      gesture('c', 'reference-ask', day(5), { outcome: 'yes' }),
    ];
    const deals = [deal({ accountId: 'acme' }), deal({ accountId: 'acme' })];
    const follow = [followUp('b', day(-2))];
    const base = records({
      contacts: people,
      deals,
      followUps: follow,
      lastGives: lastGives(gestures),
    });
    const first = buildContactRows(base, ladder, settings, NOW);
    // Only a reference or shared plans would move these; the others are settled without gestures.
    expect(first.undecided.sort()).toEqual(['a', 'b', 'f']);
    const byContact = new Map<string, Gesture[]>();
    for (const id of first.undecided)
      byContact.set(
        id,
        gestures.filter((g) => g.contactId === id && g.at <= NOW),
      );
    const { rows, undecided } = buildContactRows({ ...base, gestures: byContact }, ladder, settings, NOW);
    expect(undecided).toEqual([]);

    const views = relationshipViews(
      snapshot({ contacts: people, deals, gestures, followUps: follow, tier: 'top' }),
      ladder,
      settings,
      NOW,
    );
    for (const r of rows) {
      const view = views.get(r.id)!;
      const kinds = view.assumptions.map((check) => check.kind);
      expect({ id: r.id, stale: r.stale, unsupported: r.levelUnsupported }).toEqual({
        id: r.id,
        stale: kinds.includes('stale'),
        unsupported: kinds.includes('level-unsupported'),
      });
      expect(r.tier).toBe(view.tier);
      expect(r.cadenceDays).toBe(view.cadence.days);
      if (!r.left) {
        const { status, daysUntil, dueAt } = view.due;
        expect(r.dueAt).toBe(dueAt);
        const late = status === 'overdue' || status === 'badly-overdue';
        expect(r.dueBucket).toBe(
          late ? 'overdue' : daysUntil === 0 ? 'today' : daysUntil < 7 ? 'week' : 'later',
        );
      }
    }
    // The scenario exercises both outcomes.
    expect(rows.some((r) => r.levelUnsupported)).toBe(true);
    expect(rows.some((r) => !r.levelUnsupported && r.level.index > 0)).toBe(true);
  });
});

describe('search', () => {
  const rows = rowsOf({
    contacts: [
      contact({
        id: 'jose',
        name: 'José Álvarez',
        emails: ['jose@globex.es'],
        interests: ['Ciclismo', 'Jazz'],
      }),
      contact({ id: 'mary', name: 'Mary Major', accountId: null, interests: ['Golf'] }),
    ],
  });

  it('finds by name, email, company or interest, ignoring case and accents', () => {
    const ids = (query: string) => rows.filter((r) => matchesQuery(r, query)).map((r) => r.id);
    expect(ids('alvarez')).toEqual(['jose']);
    expect(ids('JOSÉ')).toEqual(['jose']);
    expect(ids('globex.es')).toEqual(['jose']);
    expect(ids('acme')).toEqual(['jose']);
    expect(ids('golf')).toEqual(['mary']);
    expect(ids('jazz josé')).toEqual(['jose']);
    expect(ids('jazz mary')).toEqual([]);
    expect(ids('  ')).toEqual(['jose', 'mary']);
  });
});

describe('filterContactRows', () => {
  const rows = rowsOf({
    accounts: [
      account({ id: 'acme', name: 'Acme', revenue: 1_000_000 }),
      account({ id: 'beta', name: 'Beta', revenue: 10 }),
    ],
    contacts: [
      contact({
        id: 'a',
        name: 'Ann',
        levelId: 'client',
        roles: ['decision-maker'],
        tags: ['Golf'],
        cadenceDays: 10,
      }),
      contact({ id: 'b', name: 'Bob', accountId: 'beta', levelId: 'customer', tags: ['golf', 'vip'] }),
      contact({ id: 'c', name: 'Cy', accountId: null }),
    ],
    deals: [deal({ accountId: 'acme' }), deal({ accountId: 'acme' })],
    lastGives: new Map([
      ['a', day(-20)],
      ['b', day(-1)],
      ['c', day(-1)],
    ]),
  });
  const ids = (filters: Partial<typeof noFilters>) =>
    filterContactRows(rows, { ...noFilters, ...filters }).map((r) => r.id);

  it('filters on each field', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(ids({ levelId: 'client' })).toEqual(['a']);
    expect(ids({ tier: 'top' })).toEqual(['a']);
    expect(ids({ due: 'overdue' })).toEqual(['a']);
    expect(ids({ due: 'later' })).toEqual(['b', 'c']);
    expect(ids({ role: 'decision-maker' })).toEqual(['a']);
    expect(ids({ accountId: 'beta' })).toEqual(['b']);
    expect(ids({ accountId: NO_ACCOUNT })).toEqual(['c']);
    expect(ids({ tag: 'GOLF' })).toEqual(['a', 'b']);
    expect(ids({ tag: 'vip' })).toEqual(['b']);
    expect(ids({ staleAtHighLevel: true })).toEqual(['a']);
    // Bob is a Customer at an account without deals.
    expect(ids({ levelUnsupported: true })).toEqual(['b']);
    expect(ids({ query: 'bo' })).toEqual(['b']);
  });

  it('combines filters', () => {
    expect(ids({ tag: 'golf', levelId: 'customer' })).toEqual(['b']);
    expect(ids({ tag: 'golf', tier: 'top', query: 'bob' })).toEqual([]);
  });

  it('says whether anything is filtered', () => {
    expect(isFiltered(noFilters)).toBe(false);
    expect(isFiltered({ ...noFilters, query: '  ' })).toBe(false);
    expect(isFiltered({ ...noFilters, query: 'x' })).toBe(true);
    expect(isFiltered({ ...noFilters, accountId: NO_ACCOUNT })).toBe(true);
    expect(isFiltered({ ...noFilters, levelUnsupported: true })).toBe(true);
  });

  it('offers the accounts and tags in use', () => {
    expect(filterChoices(rows)).toEqual({
      accounts: [
        { id: 'acme', name: 'Acme' },
        { id: 'beta', name: 'Beta' },
      ],
      someWithoutAccount: true,
      tags: ['Golf', 'vip'],
    });
  });
});

describe('sortContactRows', () => {
  const rows = rowsOf({
    accounts: [
      account({ id: 'acme', name: 'acme', revenue: 1_000_000 }),
      account({ id: 'zeta', name: 'Zeta', revenue: 1 }),
    ],
    contacts: [
      contact({ id: '1', name: 'Émile', levelId: 'client', accountId: 'zeta', cadenceDays: 10 }),
      contact({ id: '2', name: 'bea', levelId: 'advocate', accountId: null, cadenceDays: 10 }),
      contact({ id: '3', name: 'Carl', levelId: 'prospect', cadenceDays: 10 }),
      contact({ id: '4', name: 'Dora', levelId: 'client', left: true }),
    ],
    lastGives: new Map([
      ['1', day(-2)],
      ['3', day(-8)],
    ]),
  });
  const order = (key: Parameters<typeof sortContactRows>[1]['key'], asc = true) =>
    sortContactRows(rows, { key, direction: asc ? 'ascending' : 'descending' }).map((r) => r.name);

  it('sorts names ignoring case and accents, both ways', () => {
    expect(order('name')).toEqual(['bea', 'Carl', 'Dora', 'Émile']);
    expect(order('name', false)).toEqual(['Émile', 'Dora', 'Carl', 'bea']);
  });

  it('sorts by level order, ties by name', () => {
    expect(order('level', false)).toEqual(['bea', 'Dora', 'Émile', 'Carl']);
    expect(order('level')).toEqual(['Carl', 'Dora', 'Émile', 'bea']);
  });

  it('keeps rows without a value last in both directions', () => {
    expect(order('account')).toEqual(['Carl', 'Dora', 'Émile', 'bea']);
    expect(order('account', false)).toEqual(['Émile', 'Carl', 'Dora', 'bea']);
    // bea has no give yet; Dora has left and is not due.
    expect(order('lastGive')).toEqual(['Carl', 'Émile', 'bea', 'Dora']);
    expect(order('lastGive', false)).toEqual(['Émile', 'Carl', 'bea', 'Dora']);
    expect(order('due')).toEqual(['bea', 'Carl', 'Émile', 'Dora']);
    expect(order('due', false)).toEqual(['Émile', 'Carl', 'bea', 'Dora']);
  });

  it('sorts by tier, most valuable first', () => {
    expect(order('tier')[0]).not.toBe('Émile');
    expect(order('tier', false)[0]).toBe('bea');
  });
});
