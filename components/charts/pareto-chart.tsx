/** Accounts by value, most valuable first, with the cumulative share and the 80% cut. */
import { Bar, Cell, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ParetoBar, ParetoSeries } from '../../lib/portfolio/chart-data';
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

export interface ParetoChartProps extends ChartSize {
  series: ParetoSeries;
}

/**
 * "12 of 140 accounts make 83% of the value.": the fewest accounts that reach
 * the cut, and the share they actually make, which is often more than the cut.
 */
export function paretoCaption(series: ParetoSeries): string {
  const { accountsToCut, accountCount, shareToCut } = series;
  return `${formatNumber(accountsToCut)} of ${formatNumber(accountCount)} ${accountCount === 1 ? 'account makes' : 'accounts make'} ${formatPercent(shareToCut)} of the value.`;
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

export function ParetoChart({ series, width, height = 280 }: ParetoChartProps) {
  const data = series.bars.map((bar, position) => ({ ...bar, position }));
  const cut = series.cutIndex;
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
        {series.bars.map((bar, i) => (
          <tr key={bar.accountId ?? `rest-${i}`}>
            <th scope="row">{bar.name}</th>
            <td>{formatNumber(bar.value)}</td>
            <td>
              {formatPercent(bar.cumulativeShare)}
              {i === cut ? ` (reaches ${formatPercent(series.cutShare)})` : ''}
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
            <XAxis
              dataKey="position"
              tick={false}
              axisLine={axisLine}
              label={{
                value: 'Accounts, most valuable first',
                position: 'insideBottom',
                fill: 'var(--muted)',
              }}
            />
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
              formatter={(value, name) =>
                name === 'Cumulative share' ? formatPercent(Number(value)) : formatNumber(Number(value))
              }
            />
            <Bar yAxisId="value" dataKey="value" name="Value" isAnimationActive={false}>
              {data.map((bar) => (
                <Cell
                  key={bar.position}
                  className={bar.topTierAccounts > 0 ? 'pareto-bar pareto-bar-top' : 'pareto-bar'}
                  fill={bar.topTierAccounts > 0 ? 'var(--accent)' : 'var(--border)'}
                />
              ))}
            </Bar>
            <Line
              yAxisId="share"
              dataKey="cumulativeShare"
              name="Cumulative share"
              stroke="var(--text)"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
            <ReferenceLine
              yAxisId="share"
              y={series.cutShare}
              stroke="var(--danger)"
              strokeDasharray="4 4"
              label={{
                value: formatPercent(series.cutShare),
                position: 'insideTopLeft',
                fill: 'var(--danger)',
              }}
            />
            {cut !== null && (
              <ReferenceLine yAxisId="value" x={cut} stroke="var(--danger)" strokeDasharray="4 4" />
            )}
          </ComposedChart>
        )}
      />
    </ChartFigure>
  );
}
