import { describe, expect, it } from 'vitest';
import { nameLayout } from '../../../components/charts/pareto-names';

/** 30 bars under 468 pixels of plot: too narrow for level names, so they slant and one in two is named. */
const PLOT_WIDTH = 468;

describe('nameLayout', () => {
  it('makes room for the longest slanted name drawn, not for one left unnamed', () => {
    // Named: "7", one character. Unnamed: 20 characters, never drawn.
    const names = Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? '7' : 'Northwind Traders 20'));
    const layout = nameLayout(PLOT_WIDTH, names);
    expect(layout).toMatchObject({ angle: -45, every: 2 });
    // ⌈(7 + 16) × sin 45°⌉ + 8.
    expect(layout.height).toBe(25);
  });

  it('makes room for no more than the 14 characters a slanted name is cut to', () => {
    const names = Array.from({ length: 30 }, (_, i) => `Northwind Traders ${i + 10}`);
    // ⌈(14 × 7 + 16) × sin 45°⌉ + 8.
    expect(nameLayout(PLOT_WIDTH, names).height).toBe(89);
  });
});
