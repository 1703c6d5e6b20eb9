/**
 * The names under the Pareto chart's bars, so that a bar can be told from
 * its neighbours without hovering. Where bars are wide, each is named level
 * under it, shortened to its width; where they are narrow, names slant and
 * only one bar in so many is named, so that no two names overlap (the
 * tooltip and the table still name every bar). A bar that stands for several
 * accounts is named by the ranks it covers: a picture of hundreds of
 * accounts has no room for their names, and its axis says so.
 */
import type { ParetoBar } from '../../lib/portfolio/chart-data';
import { formatNumber } from './chart-figure';

/**
 * Sizes for the axis font (axisTick, 12px). A character is taken as wide as
 * a wide one, so that a name is shortened a little early rather than run
 * into its neighbour.
 */
const CHAR_WIDTH = 7;
const LINE_HEIGHT = 16;
const GAP = 8;
/** Fewer characters than this say too little: below it, names slant instead. */
const MIN_LEVEL_CHARS = 6;
const MAX_LEVEL_CHARS = 18;
const SLANT_DEGREES = 45;
const MAX_SLANTED_CHARS = 14;
const SLANT_SINE = Math.sin((SLANT_DEGREES * Math.PI) / 180);

export interface NameLayout {
  /** The names' rotation in degrees: 0 for level names. */
  angle: number;
  /** One bar in `every` is named, the first (most valuable) one first. */
  every: number;
  /** A longer name is shortened to this many characters, the last an ellipsis. */
  maxChars: number;
  /** The height the names take under the axis, in pixels. */
  height: number;
}

/** How the bars' `names` (barNames) fit under a plot `plotWidth` pixels wide. */
export function nameLayout(plotWidth: number, names: readonly string[]): NameLayout {
  const band = plotWidth / Math.max(1, names.length);
  const levelChars = Math.min(MAX_LEVEL_CHARS, Math.floor((band - GAP) / CHAR_WIDTH));
  if (levelChars >= MIN_LEVEL_CHARS) {
    return { angle: 0, every: 1, maxChars: levelChars, height: LINE_HEIGHT + GAP };
  }
  // Parallel slanted names need a line's height between them across the
  // slant, which is 1/sin(45°) times as far along the axis.
  const spacing = LINE_HEIGHT / SLANT_SINE;
  const every = Math.min(Math.max(1, names.length), Math.ceil(spacing / band));
  // As tall as the longest name drawn slants, not the longest allowed: ranks
  // ("146–150") are half as long, and an axis sized for the longest allowed
  // would leave a band of blank between them and the axis title.
  const longest = namedPositions(names.length, every).reduce(
    (chars, position) => Math.max(chars, [...names[position]!].length),
    0,
  );
  const chars = Math.min(MAX_SLANTED_CHARS, longest);
  return {
    angle: -SLANT_DEGREES,
    every,
    maxChars: MAX_SLANTED_CHARS,
    height: Math.ceil((chars * CHAR_WIDTH + LINE_HEIGHT) * SLANT_SINE) + GAP,
  };
}

/** The positions of the bars that are named, one in `every`. */
export function namedPositions(barCount: number, every: number): number[] {
  return Array.from({ length: Math.ceil(barCount / every) }, (_, i) => i * every);
}

/** What each bar is called under it: its account's name, or the ranks it covers ("35–68"). */
export function barNames(bars: readonly ParetoBar[]): string[] {
  let rank = 0;
  return bars.map((bar) => {
    const first = rank + 1;
    rank += bar.accounts;
    if (bar.accountId !== null) return bar.name;
    return bar.accounts === 1 ? formatNumber(first) : `${formatNumber(first)}–${formatNumber(rank)}`;
  });
}

/** `name` cut to `maxChars` characters (not UTF-16 units), the last one an ellipsis. */
export function shortName(name: string, maxChars: number): string {
  const chars = [...name];
  if (chars.length <= maxChars) return name;
  const kept = chars.slice(0, maxChars - 1).join('');
  return `${kept.trimEnd()}…`;
}

/** What the axis says under the names: what a bar stands for, and how many bars are named when not all. */
export function axisTitle(bars: readonly ParetoBar[], layout: NameLayout): string {
  const first = bars[0];
  const perBar = first?.accountId === null ? first.accounts : 1;
  const bar =
    perBar > 1
      ? `Accounts by rank, ${formatNumber(perBar)} a bar, most valuable first`
      : 'Accounts, most valuable first';
  return layout.every > 1 ? `${bar} (1 in ${layout.every} named)` : bar;
}
