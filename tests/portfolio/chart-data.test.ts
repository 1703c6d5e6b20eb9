import { describe, expect, it } from 'vitest';
import { defaultLadder } from '../../lib/domain/default-ladder';
import { defaultParetoSettings } from '../../lib/domain/pareto-settings';
import type { ContactClock } from '../../lib/domain/due';
import {
  dueDistribution,
  gestureWeeks,
  gestureWindow,
  levelFunnel,
  paretoSeries,
} from '../../lib/portfolio/chart-data';
import { account, day, NOW } from '../domain/builders';

const HOUR = 3_600_000;

describe('the Pareto series', () => {
  const accounts = [
    account({ id: 'a', name: 'Small', revenue: 50 }),
    account({ id: 'b', name: 'Big', revenue: 600 }),
    account({ id: 'c', name: 'Mid', revenue: 250 }),
    account({ id: 'd', name: 'Tiny', revenue: 100 }),
    account({ id: 'e', name: 'Nothing', revenue: 0 }),
  ];

  it('ranks by value with the cumulative share, and marks where 80% is reached', () => {
    const series = paretoSeries(accounts, defaultParetoSettings);
    expect(series.bars.map((bar) => bar.accountId)).toEqual(['b', 'c', 'd', 'a', 'e']);
    expect(series.bars.map((bar) => bar.cumulativeShare)).toEqual([0.6, 0.85, 0.95, 1, 1]);
    // 600 + 250 = 85% of 1000: the second bar reaches the cut.
    expect(series.cutIndex).toBe(1);
    expect(series.accountsToCut).toBe(2);
    expect(series.topTierCount).toBe(2);
    expect(series.topTierShare).toBe(0.85);
    expect(series.topTierEndIndex).toBe(1);
    expect(series.bars.map((bar) => bar.topTierAccounts)).toEqual([1, 1, 0, 0, 0]);
    expect(series).toMatchObject({ accountCount: 5, valuedCount: 4, total: 1000, cutShare: 0.8 });
  });

  it('cuts exactly at 80% when a bar lands on it, and follows the pareto setting', () => {
    const even = [account({ id: 'x', revenue: 80 }), account({ id: 'y', revenue: 20 })];
    expect(paretoSeries(even, defaultParetoSettings).cutIndex).toBe(0);
    expect(paretoSeries(even, { ...defaultParetoSettings, topShare: 0.9 }).cutIndex).toBe(1);
  });

  it('ends the top tier after the accounts tied in value with the one that reaches 80%, not at it', () => {
    const tied = [
      account({ id: 'a', name: 'Acme', revenue: 40_000 }),
      account({ id: 'b', name: 'Borealis', revenue: 20_000 }),
      account({ id: 'c', name: 'Cobalt', revenue: 20_000 }),
      account({ id: 'd', name: 'Dunmore', revenue: 20_000 }),
    ];
    const series = paretoSeries(tied, defaultParetoSettings);
    // 40k + 20k + 20k is 80%: the third reaches the cut, and the fourth, worth as much, is top tier too.
    expect(series.cutIndex).toBe(2);
    expect(series.accountsToCut).toBe(3);
    expect(series.bars.map((bar) => bar.topTierAccounts)).toEqual([1, 1, 1, 1]);
    expect(series).toMatchObject({ topTierCount: 4, topTierShare: 1, topTierEndIndex: 3 });

    // In bars of two, the tie runs on past the bar that reaches the cut into the next one.
    const inPairs = paretoSeries(
      [...tied, account({ id: 'e', name: 'Elm', revenue: 20_000 }), account({ id: 'f', revenue: 5_000 })],
      defaultParetoSettings,
      3,
    );
    expect(inPairs.bars.map((bar) => bar.topTierAccounts)).toEqual([2, 2, 1]);
    expect(inPairs).toMatchObject({ cutIndex: 1, topTierCount: 5, topTierEndIndex: 2 });
  });

  it('draws a long ranking in bars of as many accounts each, in rank order', () => {
    const many = Array.from({ length: 100 }, (_, i) => account({ id: `acc-${i}`, revenue: 100 - i }));
    const series = paretoSeries(many, defaultParetoSettings, 10);
    expect(series.bars.map((bar) => [bar.name, bar.accounts])).toEqual(
      Array.from({ length: 10 }, (_, i) => [`Accounts ${i * 10 + 1}–${i * 10 + 10}`, 10]),
    );
    expect(series.bars.every((bar) => bar.accountId === null)).toBe(true);
    // The first bar holds the ten most valuable: 100 + 99 + … + 91.
    expect(series.bars[0]!.value).toBe(955);
    expect(series.bars.reduce((sum, bar) => sum + bar.value, 0)).toBe(series.total);
    expect(series.bars[9]!.cumulativeShare).toBe(1);
    // 80% of the value takes 56 accounts here: the 56th is in the sixth bar, which is where the cut is,
    // and holds six top-tier accounts of ten.
    expect(series.accountsToCut).toBe(56);
    expect(series.topTierCount).toBe(56);
    expect(series.topTierShare).toBeCloseTo(((100 + 45) * 56) / 2 / ((100 * 101) / 2), 12);
    expect(series.cutIndex).toBe(5);
    expect(series.topTierEndIndex).toBe(5);
    expect(series.bars.map((bar) => bar.topTierAccounts)).toEqual([10, 10, 10, 10, 10, 6, 0, 0, 0, 0]);
    // The sixth bar's top-tier part: ranks 51 to 56, worth 50 + 49 + … + 45 of its 455.
    expect(series.bars.map((bar) => bar.topTierValue)).toEqual([955, 855, 755, 655, 555, 285, 0, 0, 0, 0]);
    expect(series.bars[5]!.value).toBe(455);
    expect(series.bars[5]!.cumulativeShare).toBeCloseTo(((100 + 41) * 60) / 2 / ((100 * 101) / 2), 12);
  });

  it('keeps the last bar short when the accounts do not divide evenly', () => {
    const many = Array.from({ length: 1_000 }, (_, i) => account({ id: `acc-${i}`, revenue: 1_000 - i }));
    const series = paretoSeries(many, defaultParetoSettings);
    expect(series.bars).toHaveLength(30);
    expect(series.bars[0]!.name).toBe('Accounts 1–34');
    expect(series.bars[29]).toMatchObject({ name: 'Accounts 987–1,000', accounts: 14 });
  });

  it('has no cut when nothing has value', () => {
    const series = paretoSeries([account({ revenue: 0 })], defaultParetoSettings);
    expect(series).toMatchObject({
      cutIndex: null,
      accountsToCut: 0,
      topTierCount: 0,
      topTierShare: 0,
      topTierEndIndex: null,
      total: 0,
    });
    expect(paretoSeries([], defaultParetoSettings).bars).toEqual([]);
  });
});

describe('the level funnel', () => {
  // prospect < customer < client < supporter < advocate
  const change = (fromLevelId: string, toLevelId: string, at: number) => ({ fromLevelId, toLevelId, at });

  it('counts contacts per level in ladder order, and moves up and down by the ladder order', () => {
    const steps = levelFunnel(
      defaultLadder,
      { prospect: 10, client: 4, advocate: 1, gone: 3 },
      [
        change('prospect', 'client', day(-5)), // up two levels: into client
        change('customer', 'client', day(-10)),
        change('client', 'customer', day(-20)), // down: out of client
        change('advocate', 'prospect', day(-1)), // down: out of advocate
        change('prospect', 'customer', day(-89)),
      ],
      NOW,
    );
    expect(steps.map((step) => step.levelId)).toEqual(defaultLadder.levels.map((level) => level.id));
    const byId = Object.fromEntries(steps.map((step) => [step.levelId, step]));
    expect(byId.prospect).toMatchObject({ count: 10, promotedIn: 0, demotedOut: 0 });
    expect(byId.customer).toMatchObject({ count: 0, promotedIn: 1, demotedOut: 0 });
    expect(byId.client).toMatchObject({ count: 4, promotedIn: 2, demotedOut: 1 });
    expect(byId.advocate).toMatchObject({ count: 1, promotedIn: 0, demotedOut: 1 });
    expect(byId.client!.color).toBe(defaultLadder.levels[2]!.color);
  });

  it('counts only the last 90 days up to now, and no move that touches a level no longer on the ladder', () => {
    const steps = levelFunnel(
      defaultLadder,
      {},
      [
        change('prospect', 'client', day(-91)),
        change('prospect', 'client', day(1)),
        change('removed-level', 'client', day(-3)),
        change('client', 'removed-level', day(-3)),
        change('prospect', 'client', NOW),
      ],
      NOW,
    );
    expect(steps.reduce((sum, step) => sum + step.promotedIn + step.demotedOut, 0)).toBe(1);
  });
});

describe('the due-state distribution', () => {
  const input = (lastGiveAt: number, cadenceDays: number): ContactClock => ({
    lastGiveAt,
    since: day(-400),
    cadenceDays,
    followUps: [],
  });

  it('puts each followed contact in one bucket by days to due, and those who left in "no cadence"', () => {
    const counts = dueDistribution(
      [
        input(day(-40), 30), // due 10 days ago
        input(day(-31), 30), // due yesterday
        input(day(-30), 30), // due today
        input(day(-23), 30), // due in 7 days
        input(day(-22), 30), // due in 8 days
        input(day(-1), 90),
      ],
      3,
      NOW,
      7,
    );
    expect(counts).toEqual({ overdue: 2, today: 1, week: 1, later: 2, none: 3 });
  });
});

describe('gestures per week', () => {
  it('counts gives and asks per calendar week (Monday first) for the last 12 weeks up to now', () => {
    // NOW is Monday 16 June 2025, noon.
    const window = gestureWindow(NOW);
    expect(new Date(window.from).getDay()).toBe(1);
    expect(window.to).toBe(NOW);
    const weeks = gestureWeeks(
      [
        { type: 'article', at: NOW - HOUR },
        { type: 'gift', at: day(-1) }, // Sunday: last week
        { type: 'referral-ask', at: day(-1) },
        { type: 'thanks', at: day(-7) }, // the Monday before: last week too
        { type: 'shared-strategy', at: day(-3) },
        { type: 'check-in', at: day(-77) }, // Monday of the first week
        { type: 'check-in', at: day(-78) }, // before the window
        { type: 'article', at: NOW + HOUR }, // not happened yet
      ],
      NOW,
    );
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toMatchObject({ label: '16 Jun', gives: 1, asks: 0, signals: 0 });
    expect(weeks.at(-2)).toMatchObject({ label: '9 Jun', gives: 2, asks: 1, signals: 1 });
    expect(weeks[0]).toMatchObject({ label: '31 Mar', gives: 1, asks: 0 });
    expect(weeks.reduce((sum, week) => sum + week.gives + week.asks, 0)).toBe(5);
  });
});
