/**
 * The theme colours (assets/theme.css) the Pareto chart paints with, by what
 * they paint. Every one of them is drawn on the card (--panel), or on a
 * casing of the card's colour where it crosses a bar (cased-lines.tsx), so
 * each needs 3:1 against --panel in both modes to be seen (WCAG 1.4.11).
 * The cut's "80%" label asks for the cut's colour too (charts.css writes all
 * chart text in --muted, 5.48 / 7.05), so that colour needs 4.5:1, as text.
 * Measured against --panel, light / dark (pareto-colors.test.ts checks them):
 * - top tier, --accent: 5.90 / 6.99
 * - other accounts, --muted: 5.48 / 7.05 (they were --border: 1.42 / 1.56)
 * - cumulative line, --text: 14.27 / 12.68
 * - cut, --danger: 5.98 / 6.76
 * The top tier and the other accounts are told apart by more than colour
 * (--accent and --muted are 1.08 / 1.01 apart): solid against hatched bars
 * (pareto-tier-marks.tsx).
 */
export const paretoColors = {
  /** The card the chart sits on (.chart in charts.css). */
  card: 'var(--panel)',
  topTier: 'var(--accent)',
  otherAccounts: 'var(--muted)',
  cumulativeLine: 'var(--text)',
  cut: 'var(--danger)',
} as const;
