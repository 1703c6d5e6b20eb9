import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DueStateChart } from '../../../components/charts/due-state-chart';
import { GestureWeeksChart } from '../../../components/charts/gesture-weeks-chart';
import { LevelFunnelChart } from '../../../components/charts/level-funnel-chart';
import { ParetoChart } from '../../../components/charts/pareto-chart';
import { defaultLadder } from '../../../lib/domain/default-ladder';
import { defaultParetoSettings } from '../../../lib/domain/pareto-settings';
import { gestureWeeks, levelFunnel, paretoSeries } from '../../../lib/portfolio/chart-data';
import { account, day, NOW } from '../../domain/builders';

afterEach(cleanup);

const size = { width: 600, height: 300 };

/** The data table's body rows, cell by cell. */
function tableRows(figure: HTMLElement): string[][] {
  return within(figure)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

const figure = (name: string) => screen.getByRole('figure', { name });
const caption = (name: string) => figure(name).querySelector('figcaption')?.textContent;

/** The names written under the bars, each with its rotation (null when level). */
function barNames(container: HTMLElement): Array<[string, string | null]> {
  return [...container.querySelectorAll('.recharts-xAxis-tick-labels text')].map((text) => [
    text.textContent ?? '',
    text.getAttribute('transform'),
  ]);
}

/** The height under the plot that the x-axis takes: its names and its title, down to the chart's 8px margin. */
function xAxisHeight(container: HTMLElement): number {
  const axis = container.querySelector('.recharts-xAxis .recharts-cartesian-axis-line');
  return size.height - 8 - Number(axis?.getAttribute('y1'));
}

describe('the Pareto chart', () => {
  const accounts = [
    account({ id: 'b', name: 'Big', revenue: 600 }),
    account({ id: 'c', name: 'Mid', revenue: 250 }),
    account({ id: 'd', name: 'Tiny', revenue: 100 }),
    account({ id: 'a', name: 'Small', revenue: 50 }),
  ];

  it('says how few accounts reach 80% of the value and what they make, with the same numbers in a table', () => {
    render(<ParetoChart series={paretoSeries(accounts, defaultParetoSettings)} {...size} />);
    // 600 + 250 of 1000: the two accounts that reach the cut make 85%.
    expect(caption('Where the value is')).toBe('2 of 4 accounts make 85% of the value.');
    expect(tableRows(figure('Where the value is'))).toEqual([
      ['Big', '600', '60%', 'Yes'],
      ['Mid', '250', '85% (reaches 80%)', 'Yes'],
      ['Tiny', '100', '95%', 'No'],
      ['Small', '50', '100%', 'No'],
    ]);
  });

  it('says how many of a bar’s accounts are top tier when a long ranking is drawn in bars of several', () => {
    const many = Array.from({ length: 100 }, (_, i) => account({ id: `acc-${i}`, revenue: 100 - i }));
    const { container } = render(
      <ParetoChart series={paretoSeries(many, defaultParetoSettings, 10)} {...size} />,
    );
    const rows = tableRows(figure('Where the value is'));
    expect(rows[0]).toEqual(['Accounts 1–10', '955', '19%', 'All 10']);
    expect(rows[5]![0]).toBe('Accounts 51–60');
    expect(rows[5]![2]).toMatch(/\(reaches 80%\)$/);
    expect(rows[5]![3]).toBe('6 of 10');
    expect(rows[9]![3]).toBe('None');
    const fills = [...container.querySelectorAll('path.pareto-bar')].map((bar) => bar.getAttribute('fill'));
    expect(fills.filter((fill) => fill === 'var(--accent)')).toHaveLength(6);
  });

  it('draws the bar the top tier ends in as both: its top-tier part solid, the rest hatched on top', () => {
    const many = Array.from({ length: 100 }, (_, i) => account({ id: `acc-${i}`, revenue: 100 - i }));
    const { container } = render(
      <ParetoChart series={paretoSeries(many, defaultParetoSettings, 10)} {...size} />,
    );
    const parts = [...container.querySelectorAll('path.pareto-bar')].map((bar) => ({
      solid: bar.getAttribute('fill') === 'var(--accent)',
      x: Number(bar.getAttribute('x')),
      top: Number(bar.getAttribute('y')),
      height: Number(bar.getAttribute('height')),
    }));
    // Ten bars, one of them in two parts.
    expect(parts).toHaveLength(11);
    const sixth = parts.filter((part) => part.x === parts.filter((p) => p.solid)[5]!.x);
    const [solid, hatched] = [sixth.find((part) => part.solid)!, sixth.find((part) => !part.solid)!];
    // Ranks 51 to 56 are top tier, worth 285 of the bar's 455; ranks 57 to 60 make the other 170.
    expect(solid.height / hatched.height).toBeCloseTo(285 / 170, 1);
    expect(hatched.top + hatched.height).toBeCloseTo(solid.top, 5);
    expect([...container.querySelectorAll('.chart-key li')].map((item) => item.textContent)).toEqual([
      'Top tier',
      'Other accounts',
    ]);
  });

  it('draws one bar per account, the top tier solid and the others hatched, with a key that says which is which', () => {
    const { container } = render(
      <ParetoChart series={paretoSeries(accounts, defaultParetoSettings)} {...size} />,
    );
    const bars = [...container.querySelectorAll('path.pareto-bar')];
    expect(bars).toHaveLength(4);
    const hatch = container.querySelector('pattern');
    const hatched = `url(#${hatch?.id})`;
    expect(bars.map((bar) => [bar.getAttribute('fill'), bar.getAttribute('stroke')])).toEqual([
      ['var(--accent)', 'none'],
      ['var(--accent)', 'none'],
      [hatched, 'var(--muted)'],
      [hatched, 'var(--muted)'],
    ]);
    expect(hatch?.querySelector('line')?.getAttribute('stroke')).toBe('var(--muted)');
    // Told apart by solid and hatched, not by colour alone: the key shows both.
    const key = [...container.querySelectorAll('.chart-key li')];
    expect(key.map((item) => item.textContent)).toEqual(['Top tier', 'Other accounts']);
    expect(key.map((item) => item.querySelector('rect')?.getAttribute('fill'))).toEqual([
      'var(--accent)',
      hatched,
    ]);
    expect(container.querySelector('.recharts-line path')).not.toBeNull();
    // The picture is for the eyes; the table is what a screen reader reads.
    expect(container.querySelector('.chart-picture')?.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelector('[tabindex="0"]')).toBeNull();
  });

  it('draws the cumulative line and both cut marks on a casing of the card’s colour, to stand out where they cross a bar', () => {
    const { container } = render(
      <ParetoChart series={paretoSeries(accounts, defaultParetoSettings)} {...size} />,
    );
    const line = container.querySelector('.recharts-line-curve');
    const cuts = [...container.querySelectorAll('.recharts-reference-line-line')];
    expect(cuts).toHaveLength(2);
    for (const drawn of [line, ...cuts]) {
      const casing = drawn?.previousElementSibling;
      expect(casing?.getAttribute('class')).toMatch(/chart-casing/);
      expect(casing?.getAttribute('stroke')).toBe('var(--panel)');
      expect(Number(casing?.getAttribute('stroke-width'))).toBeGreaterThan(
        Number(drawn?.getAttribute('stroke-width')) + 2,
      );
    }
  });

  describe('with accounts tied in value at the 80% line', () => {
    // 60k + 20k + 20k is 80% of 125k: the third reaches the cut, and the fourth, worth as much, is
    // top tier too (ties share a tier, pareto.ts), as its badge and the Accounts view say.
    const tied = [
      account({ id: 'a', name: 'Acme', revenue: 60_000 }),
      account({ id: 'b', name: 'Borealis', revenue: 20_000 }),
      account({ id: 'c', name: 'Cobalt', revenue: 20_000 }),
      account({ id: 'd', name: 'Dunmore', revenue: 20_000 }),
      account({ id: 'e', name: 'Elm', revenue: 5_000 }),
    ];

    it('keys only the kinds of bar it draws: every account top tier leaves "Other accounts" out', () => {
      const allTop = tied.slice(1, 4);
      const { container } = render(
        <ParetoChart series={paretoSeries(allTop, defaultParetoSettings)} {...size} />,
      );
      expect(container.querySelectorAll('path.pareto-bar')).toHaveLength(3);
      expect([...container.querySelectorAll('.chart-key li')].map((item) => item.textContent)).toEqual([
        'Top tier',
      ]);
    });

    it('counts the whole top tier in the caption, and says why it is more than reach 80%', () => {
      render(<ParetoChart series={paretoSeries(tied, defaultParetoSettings)} {...size} />);
      expect(caption('Where the value is')).toBe(
        '4 of 5 accounts make 96% of the value: the first 3 reach 80%, and 1 more is worth the same as the last of them.',
      );
    });

    it('marks where the share reaches 80% in the table, and every top-tier account as top tier', () => {
      render(<ParetoChart series={paretoSeries(tied, defaultParetoSettings)} {...size} />);
      expect(tableRows(figure('Where the value is'))).toEqual([
        ['Acme', '60,000', '48%', 'Yes'],
        ['Borealis', '20,000', '64%', 'Yes'],
        ['Cobalt', '20,000', '80% (reaches 80%)', 'Yes'],
        ['Dunmore', '20,000', '96%', 'Yes'],
        ['Elm', '5,000', '100%', 'No'],
      ]);
    });

    it('draws the line down after the last top-tier bar, between the solid bars and the hatched', () => {
      const { container } = render(
        <ParetoChart series={paretoSeries(tied, defaultParetoSettings)} {...size} />,
      );
      const bars = [...container.querySelectorAll('path.pareto-bar')].map((bar) => ({
        solid: bar.getAttribute('fill') === 'var(--accent)',
        left: Number(bar.getAttribute('x')),
        right: Number(bar.getAttribute('x')) + Number(bar.getAttribute('width')),
      }));
      expect(bars.map((bar) => bar.solid)).toEqual([true, true, true, true, false]);
      const down = [...container.querySelectorAll('.recharts-reference-line-line')].find(
        (line) => line.getAttribute('x1') === line.getAttribute('x2'),
      );
      const x = Number(down?.getAttribute('x1'));
      expect(bars.filter((bar) => bar.solid).every((bar) => bar.right < x)).toBe(true);
      expect(bars.filter((bar) => !bar.solid).every((bar) => bar.left > x)).toBe(true);
    });
  });

  describe('with a few accounts, as in the demo book', () => {
    const demo = [
      account({ id: 'n', name: 'Northwind Traders International', revenue: 420_000 }),
      account({ id: 'f', name: 'Fabrikam', revenue: 95_000 }),
      account({ id: 't', name: 'Tailspin Toys', revenue: 12_000 }),
    ];

    it('names every bar level under it, a name too long for its bar shortened', () => {
      const { container } = render(
        <ParetoChart series={paretoSeries(demo, defaultParetoSettings)} {...size} />,
      );
      expect(barNames(container)).toEqual([
        ['Northwind Traders…', null],
        ['Fabrikam', null],
        ['Tailspin Toys', null],
      ]);
      expect(within(figure('Where the value is')).getByText('Accounts, most valuable first')).toBeTruthy();
    });

    it('never writes a share short of the cut as the cut', () => {
      render(<ParetoChart series={paretoSeries(demo, defaultParetoSettings)} {...size} />);
      // 420,000 of 527,000 is 79.69%: rounded to a whole percent it would read 80%, a row too early.
      expect(tableRows(figure('Where the value is'))).toEqual([
        ['Northwind Traders International', '420,000', '79.7%', 'Yes'],
        ['Fabrikam', '95,000', '98% (reaches 80%)', 'Yes'],
        ['Tailspin Toys', '12,000', '100%', 'No'],
      ]);
    });
  });

  it('slants the names of many narrow bars and names one in so many, and says so', () => {
    const thirty = Array.from({ length: 30 }, (_, i) =>
      account({ id: `acc-${i}`, name: `Client ${i + 1}`, revenue: 100 - i }),
    );
    const { container } = render(
      <ParetoChart series={paretoSeries(thirty, defaultParetoSettings)} {...size} />,
    );
    // 468 pixels of plot for 30 bars: too narrow for level names, or for a slanted name under each.
    const names = barNames(container);
    expect(names.map(([name]) => name)).toEqual(Array.from({ length: 15 }, (_, i) => `Client ${2 * i + 1}`));
    expect(names.every(([, rotation]) => rotation?.startsWith('rotate(-45'))).toBe(true);
    expect(
      within(figure('Where the value is')).getByText('Accounts, most valuable first (1 in 2 named)'),
    ).toBeTruthy();
  });

  it('names a bar of several accounts by their ranks, and says how many a bar stands for', () => {
    const many = Array.from({ length: 100 }, (_, i) => account({ id: `acc-${i}`, revenue: 100 - i }));
    const { container } = render(
      <ParetoChart series={paretoSeries(many, defaultParetoSettings, 10)} {...size} />,
    );
    expect(barNames(container).map(([name]) => name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `${10 * i + 1}–${10 * i + 10}`),
    );
    expect(
      within(figure('Where the value is')).getByText('Accounts by rank, 10 a bar, most valuable first'),
    ).toBeTruthy();
  });

  describe('with 150 accounts, drawn in bars of 5', () => {
    const many = Array.from({ length: 150 }, (_, i) => account({ id: `acc-${i}`, revenue: 1_000 - i }));

    it('names one bar in two by its ranks, and says so', () => {
      const { container } = render(
        <ParetoChart series={paretoSeries(many, defaultParetoSettings)} {...size} />,
      );
      // 468 pixels of plot for 30 bars: too narrow for a slanted name under each.
      expect(barNames(container).map(([name]) => name)).toEqual(
        Array.from({ length: 15 }, (_, i) => `${10 * i + 1}–${10 * i + 5}`),
      );
      expect(
        within(figure('Where the value is')).getByText(
          'Accounts by rank, 5 a bar, most valuable first (1 in 2 named)',
        ),
      ).toBeTruthy();
    });

    it('sizes the axis to the ranks, not to the longest name an account may have', () => {
      const ranks = render(<ParetoChart series={paretoSeries(many, defaultParetoSettings)} {...size} />);
      // "141–145", 7 characters of 7px, slanted 45° with a 16px line: ⌈(49 + 16) × sin 45°⌉ = 46,
      // then 8 for the tick and 20 for the title.
      expect(xAxisHeight(ranks.container)).toBe(74);
      ranks.unmount();
      const longNames = Array.from({ length: 30 }, (_, i) =>
        account({ id: `acc-${i}`, name: `Northwind Traders ${i + 1}`, revenue: 100 - i }),
      );
      const names = render(<ParetoChart series={paretoSeries(longNames, defaultParetoSettings)} {...size} />);
      // Names are cut to 14 characters: ⌈(98 + 16) × sin 45°⌉ = 81, + 8 + 20.
      expect(xAxisHeight(names.container)).toBe(109);
    });
  });

  it('tells a new user what to do when there are no accounts, or none with a value', () => {
    const { rerender } = render(<ParetoChart series={paretoSeries([], defaultParetoSettings)} {...size} />);
    expect(caption('Where the value is')).toMatch(/^No accounts yet\. Add accounts with their revenue/);
    expect(within(figure('Where the value is')).queryByRole('table')).toBeNull();
    rerender(
      <ParetoChart series={paretoSeries([account({ revenue: 0 })], defaultParetoSettings)} {...size} />,
    );
    expect(caption('Where the value is')).toBe(
      'Your one account has no value yet. Enter revenue to see which few accounts make most of the value.',
    );
  });
});

describe('the level funnel', () => {
  const steps = levelFunnel(
    defaultLadder,
    { prospect: 12, customer: 5, client: 3, supporter: 1, advocate: 0 },
    [
      { fromLevelId: 'prospect', toLevelId: 'customer', at: day(-3) },
      { fromLevelId: 'prospect', toLevelId: 'customer', at: day(-30) },
      { fromLevelId: 'client', toLevelId: 'customer', at: day(-4) },
    ],
    NOW,
  );

  it('counts contacts per level with the moves of the last 90 days', () => {
    const { container } = render(<LevelFunnelChart steps={steps} days={90} {...size} />);
    expect(caption('The ladder')).toBe(
      '21 contacts on 5 levels; 2 promotions and 1 demotion in the last 90 days.',
    );
    expect(tableRows(figure('The ladder'))).toEqual([
      ['Prospect', '12', '0', '0'],
      ['Customer', '5', '2', '0'],
      ['Client', '3', '0', '1'],
      ['Supporter', '1', '0', '0'],
      ['Advocate', '0', '0', '0'],
    ]);
    // One bar per level, in the level's own colour (the highest level drawn on top).
    const fills = [...container.querySelectorAll('path.funnel-bar')].map((bar) => bar.getAttribute('fill'));
    expect(fills).toEqual(
      defaultLadder.levels
        .filter((level) => level.id !== 'advocate')
        .map((level) => level.color)
        .reverse(),
    );
  });

  it('has an empty state without contacts', () => {
    render(<LevelFunnelChart steps={levelFunnel(defaultLadder, {}, [], NOW)} days={90} {...size} />);
    expect(caption('The ladder')).toMatch(/^No contacts yet/);
  });
});

describe('the due-state chart', () => {
  it('says how many are overdue and due today, with every bucket in the table', () => {
    const { container } = render(
      <DueStateChart due={{ overdue: 9, today: 3, week: 20, later: 100, none: 8 }} {...size} />,
    );
    expect(caption('Who is due')).toBe('9 of 140 contacts are overdue and 3 are due today.');
    expect(tableRows(figure('Who is due'))).toEqual([
      ['Overdue', '9'],
      ['Due today', '3'],
      ['Due this week', '20'],
      ['Later', '100'],
      ['No cadence', '8'],
    ]);
    expect(container.querySelector('path.due-bar-overdue')?.getAttribute('fill')).toBe('var(--danger)');
  });

  it('has an empty state without contacts', () => {
    render(<DueStateChart due={{ overdue: 0, today: 0, week: 0, later: 0, none: 0 }} {...size} />);
    expect(caption('Who is due')).toMatch(/^No contacts yet/);
  });
});

describe('the gestures chart', () => {
  const weeks = gestureWeeks(
    [
      ...Array.from({ length: 8 }, (_, i) => ({ type: 'article' as const, at: day(-i - 1) })),
      { type: 'referral-ask' as const, at: day(-2) },
      { type: 'gift' as const, at: day(-20) },
    ],
    NOW,
  );

  it('counts gives and asks per week, with the ratio in words', () => {
    const { container } = render(<GestureWeeksChart weeks={weeks} {...size} />);
    expect(caption('Gives and asks')).toBe(
      '9 gives and 1 ask in the last 12 weeks: about 9 gives for every ask.',
    );
    const rows = tableRows(figure('Gives and asks'));
    expect(rows).toHaveLength(12);
    expect(rows.at(-1)).toEqual(['16 Jun', '0', '0']);
    expect(rows.at(-2)).toEqual(['9 Jun', '7', '1']);
    expect(rows.at(-3)).toEqual(['2 Jun', '1', '0']);
    expect(container.querySelectorAll('.gesture-gives path').length).toBeGreaterThan(0);
  });

  it('has an empty state without gestures', () => {
    render(<GestureWeeksChart weeks={gestureWeeks([], NOW)} {...size} />);
    expect(caption('Gives and asks')).toMatch(/^No gives or asks in the last 12 weeks/);
  });
});
