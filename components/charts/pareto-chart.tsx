/**
 * Accounts by value, most valuable first, with the cumulative share, the 80%
 * cut across and a line down after the top tier: the bars named under them
 * where they fit (pareto-x-axis.tsx), the top tier solid and the others
 * hatched (pareto-tier-marks.tsx). A bar of several accounts that the top
 * tier ends in is both: its top-tier part solid, the rest hatched above it.
 */
import { useId } from 'react';
import { Bar, Cell, ComposedChart, Line, ReferenceLine, Tooltip, YAxis } from 'recharts';
import type { ParetoBar, ParetoSeries } from '../../lib/portfolio/chart-data';
import { casedCurve, casedReferenceLine } from './cased-lines';
import {
  axisLine,
  axisTick,
  ChartBox,
  ChartFigure,
  formatNumber,
  formatPercent,
  tooltipStyle,
  type ChartSize,
} from './chart-figure';
import { cumulativeShareText } from './cumulative-share-text';
import { paretoColors } from './pareto-colors';
import { OtherAccountsHatch, TierKey, tierPaint } from './pareto-tier-marks';
import { ParetoXAxis } from './pareto-x-axis';

export interface ParetoChartProps extends ChartSize {
  series: ParetoSeries;
}

/**
 * "12 of 140 accounts make 83% of the value.": the top tier, and the share it
 * actually makes, which is often more than the cut. The top tier is the
 * fewest accounts that reach the cut, and any tied in value with the last of
 * them (pareto.ts): the badges, cadences and the Accounts view count those
 * too, so the caption does, and says why it counts more than reach the cut.
 */
export function paretoCaption(series: ParetoSeries): string {
  const { topTierCount, accountCount, topTierShare, accountsToCut, cutShare } = series;
  const top = `${formatNumber(topTierCount)} of ${formatNumber(accountCount)} ${accountCount === 1 ? 'account makes' : 'accounts make'} ${formatPercent(topTierShare)} of the value`;
  const tied = topTierCount - accountsToCut;
  if (tied === 0) return `${top}.`;
  const first = accountsToCut === 1 ? 'the first reaches' : `the first ${formatNumber(accountsToCut)} reach`;
  return `${top}: ${first} ${formatPercent(cutShare)}, and ${formatNumber(tied)} more ${tied === 1 ? 'is' : 'are'} worth the same as the last of them.`;
}

function emptyText(series: ParetoSeries): string | null {
  if (series.accountCount === 0)
    return 'No accounts yet. Add accounts with their revenue (or import a backup) to see which few make most of the value.';
  if (series.total === 0)
    return `${series.accountCount === 1 ? 'Your one account has no value' : `None of the ${formatNumber(series.accountCount)} accounts has a value`} yet. Enter revenue to see which few accounts make most of the value.`;
  return null;
}

/** The table's "Top tier" cell: Yes or No for one account, how many of them for a bar of several. */
function topTierWords({ accounts, topTierAccounts }: ParetoBar): string {
  if (accounts === 1) return topTierAccounts === 1 ? 'Yes' : 'No';
  if (topTierAccounts === accounts) return `All ${formatNumber(accounts)}`;
  return topTierAccounts === 0 ? 'None' : `${formatNumber(topTierAccounts)} of ${formatNumber(accounts)}`;
}

/** Each bar's two parts, stacked in rank order: the top tier's value first, then the rest. */
const tierParts = [
  { dataKey: 'topTierPart', name: 'Top tier', topTier: true },
  { dataKey: 'otherPart', name: 'Other accounts', topTier: false },
] as const;

export function ParetoChart({ series, width, height = 320 }: ParetoChartProps) {
  const cut = series.cutIndex;
  const topTierEnd = series.topTierEndIndex;
  const data = series.bars.map((bar, position) => ({
    ...bar,
    position,
    // Null, not 0, where a bar has no such part: the tooltip leaves it out.
    topTierPart: bar.topTierValue > 0 ? bar.topTierValue : null,
    otherPart: bar.value > bar.topTierValue ? bar.value - bar.topTierValue : null,
    shareText: cumulativeShareText(bar.cumulativeShare, cut !== null && position >= cut, series.cutShare),
  }));
  const hatchId = `pareto-hatch-${useId()}`;
  const table = (
    <table>
      <caption className="visually-hidden">Accounts by value</caption>
      <thead>
        <tr>
          <th scope="col">{series.bars.some((bar) => bar.accounts > 1) ? 'Accounts' : 'Account'}</th>
          <th scope="col">Value</th>
          <th scope="col">Cumulative share</th>
          <th scope="col">Top tier</th>
        </tr>
      </thead>
      <tbody>
        {data.map((bar) => (
          <tr key={bar.accountId ?? `rest-${bar.position}`}>
            <th scope="row">{bar.name}</th>
            <td>{formatNumber(bar.value)}</td>
            <td>
              {bar.shareText}
              {bar.position === cut ? ` (reaches ${formatPercent(series.cutShare)})` : ''}
            </td>
            <td>{topTierWords(bar)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFigure
      title="Where the value is"
      caption={paretoCaption(series)}
      table={table}
      empty={emptyText(series)}
    >
      <ChartBox
        width={width}
        height={height}
        chart={(w, h) => (
          <ComposedChart
            width={w}
            height={h}
            data={data}
            margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <OtherAccountsHatch id={hatchId} />
            <ParetoXAxis bars={series.bars} />
            <YAxis
              yAxisId="value"
              tick={axisTick}
              axisLine={axisLine}
              tickLine={axisLine}
              tickFormatter={(value: number) => formatNumber(value)}
              width={72}
            />
            <YAxis
              yAxisId="share"
              orientation="right"
              domain={[0, 1]}
              ticks={[0, 0.25, 0.5, 0.75, 1]}
              tick={axisTick}
              axisLine={axisLine}
              tickLine={axisLine}
              tickFormatter={(share: number) => formatPercent(share)}
              width={44}
            />
            <Tooltip
              {...tooltipStyle}
              labelFormatter={(position) => data[Number(position)]?.name ?? ''}
              formatter={(value, name, item) =>
                name === 'Cumulative share'
                  ? (data[Number(item.payload?.position)]?.shareText ?? '')
                  : formatNumber(Number(value))
              }
            />
            {tierParts.map(({ dataKey, name, topTier }) => (
              <Bar
                key={dataKey}
                yAxisId="value"
                dataKey={dataKey}
                name={name}
                stackId="value"
                isAnimationActive={false}
              >
                {data.map((bar) => (
                  <Cell
                    key={bar.position}
                    className={topTier ? 'pareto-bar pareto-bar-top' : 'pareto-bar'}
                    {...tierPaint(topTier, hatchId)}
                  />
                ))}
              </Bar>
            ))}
            <Line
              yAxisId="share"
              dataKey="cumulativeShare"
              name="Cumulative share"
              stroke={paretoColors.cumulativeLine}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
              shape={casedCurve}
            />
            <ReferenceLine
              yAxisId="share"
              y={series.cutShare}
              stroke={paretoColors.cut}
              strokeDasharray="4 4"
              shape={casedReferenceLine}
              label={{
                value: formatPercent(series.cutShare),
                // At the right the bars are lowest, and the cumulative line is past the cut.
                position: 'insideTopRight',
                fill: paretoColors.cut,
                // A halo of the card's colour keeps the text readable over a bar.
                stroke: paretoColors.card,
                strokeWidth: 4,
                paintOrder: 'stroke',
              }}
            />
            {topTierEnd !== null && (
              <ReferenceLine
                yAxisId="value"
                // After the last top-tier bar, not the bar that reaches the cut: accounts tied in value
                // with that one are top tier too, and the line parts the solid bars from the hatched.
                x={topTierEnd}
                // Between that bar and the next: through its middle, the line (and its casing) read as
                // a gap splitting one bar in two.
                position="end"
                stroke={paretoColors.cut}
                strokeDasharray="4 4"
                shape={casedReferenceLine}
              />
            )}
          </ComposedChart>
        )}
      />
      <TierKey
        hatchId={hatchId}
        top={data.some((bar) => bar.topTierPart !== null)}
        other={data.some((bar) => bar.otherPart !== null)}
      />
    </ChartFigure>
  );
}
