/** The ladder as a funnel: contacts per level, and the moves up and down over the last 90 days. */
import { Bar, BarChart, Cell, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { FunnelStep } from '../../lib/portfolio/chart-data';
import {
  axisLine,
  axisTick,
  ChartBox,
  ChartFigure,
  formatNumber,
  tooltipStyle,
  type ChartSize,
} from './chart-figure';

export interface LevelFunnelChartProps extends ChartSize {
  steps: FunnelStep[];
  /** The movement window, in days. */
  days: number;
}

const plural = (count: number, one: string, many: string) =>
  `${formatNumber(count)} ${count === 1 ? one : many}`;

/** "140 contacts on 5 levels; 6 promotions and 2 demotions in the last 90 days." */
export function funnelCaption(steps: readonly FunnelStep[], days: number): string {
  const contacts = steps.reduce((sum, step) => sum + step.count, 0);
  const up = steps.reduce((sum, step) => sum + step.promotedIn, 0);
  const down = steps.reduce((sum, step) => sum + step.demotedOut, 0);
  return `${plural(contacts, 'contact', 'contacts')} on ${plural(steps.length, 'level', 'levels')}; ${plural(up, 'promotion', 'promotions')} and ${plural(down, 'demotion', 'demotions')} in the last ${days} days.`;
}

export function LevelFunnelChart({ steps, days, width, height }: LevelFunnelChartProps) {
  const contacts = steps.reduce((sum, step) => sum + step.count, 0);
  // Highest level on top, as a funnel narrows towards advocates.
  const data = [...steps].reverse().map((step) => ({
    ...step,
    demoted: -step.demotedOut,
  }));
  const table = (
    <table>
      <caption className="visually-hidden">Contacts per level, and moves in the last {days} days</caption>
      <thead>
        <tr>
          <th scope="col">Level</th>
          <th scope="col">Contacts</th>
          <th scope="col">Promoted in ({days} days)</th>
          <th scope="col">Demoted out ({days} days)</th>
        </tr>
      </thead>
      <tbody>
        {steps.map((step) => (
          <tr key={step.levelId}>
            <th scope="row">
              <span className="chart-swatch" style={{ background: step.color }} aria-hidden="true" />
              {step.name}
            </th>
            <td>{formatNumber(step.count)}</td>
            <td>{formatNumber(step.promotedIn)}</td>
            <td>{formatNumber(step.demotedOut)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const chartHeight = height ?? Math.max(160, steps.length * 44 + 40);
  return (
    <ChartFigure
      title="The ladder"
      caption={funnelCaption(steps, days)}
      table={table}
      empty={
        contacts === 0
          ? 'No contacts yet. Add people (or import a backup) to see how many stand on each level of the ladder.'
          : null
      }
    >
      <div className="funnel-pair">
        <ChartBox
          width={width === undefined ? undefined : Math.round(width * 0.6)}
          height={chartHeight}
          chart={(w, h) => (
            <BarChart
              width={w}
              height={h}
              data={data}
              layout="vertical"
              margin={{ top: 8, right: 40, bottom: 8, left: 8 }}
              accessibilityLayer={false}
            >
              <XAxis type="number" hide />
              <YAxis
                type="category"
                dataKey="name"
                width={96}
                tick={axisTick}
                axisLine={axisLine}
                tickLine={false}
              />
              <Tooltip {...tooltipStyle} formatter={(value) => formatNumber(Number(value))} />
              <Bar dataKey="count" name="Contacts" isAnimationActive={false}>
                {data.map((step) => (
                  <Cell key={step.levelId} className="funnel-bar" fill={step.color} />
                ))}
                <LabelList dataKey="count" position="right" fill="var(--text)" />
              </Bar>
            </BarChart>
          )}
        />
        <ChartBox
          width={width === undefined ? undefined : Math.round(width * 0.4)}
          height={chartHeight}
          chart={(w, h) => (
            <BarChart
              width={w}
              height={h}
              data={data}
              layout="vertical"
              stackOffset="sign"
              margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
              accessibilityLayer={false}
            >
              <XAxis type="number" hide allowDecimals={false} />
              <YAxis type="category" dataKey="name" hide />
              <Tooltip {...tooltipStyle} formatter={(value) => formatNumber(Math.abs(Number(value)))} />
              <Legend wrapperStyle={{ color: 'var(--muted)' }} />
              <Bar
                dataKey="promotedIn"
                name={`Promoted in (${days} days)`}
                stackId="moves"
                fill="var(--ok)"
                className="funnel-up"
                isAnimationActive={false}
              />
              <Bar
                dataKey="demoted"
                name={`Demoted out (${days} days)`}
                stackId="moves"
                fill="var(--danger)"
                className="funnel-down"
                isAnimationActive={false}
              />
            </BarChart>
          )}
        />
      </div>
    </ChartFigure>
  );
}
