/**
 * A cumulative share as the Pareto table and tooltip write it. Rounded to the
 * nearest whole percent, a share just short of the cut would read as the cut
 * itself (79.7% as "80%"), one row before the row that says it reaches 80%.
 * So a share that has not reached the cut, but would read as the cut or more,
 * keeps one decimal, and stops a tenth short of the cut: "79.7%", and
 * "79.9%" for 79.96%. Whether a share has reached the cut is decided once, by
 * the series (ParetoSeries.cutIndex), and passed in, so the words and the
 * "(reaches 80%)" mark always agree.
 */
import { formatPercent } from './chart-figure';

/** Floating-point noise in a share times 1,000 (700 can come out as 700.0000000000001). */
const NOISE = 1e-7;

export function cumulativeShareText(share: number, reachedCut: boolean, cutShare: number): string {
  if (reachedCut || Math.round(share * 100) < Math.round(cutShare * 100)) return formatPercent(share);
  const lastTenthBelowCut = Math.ceil(cutShare * 1000 - NOISE) - 1;
  const tenths = Math.min(Math.round(share * 1000), lastTenthBelowCut);
  return `${(tenths / 10).toFixed(1)}%`;
}
