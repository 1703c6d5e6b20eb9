/** Gestures per week over the last 12 weeks, gives and asks apart. */
import { Bar, BarChart, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { GestureWeek } from '../../lib/portfolio/chart-data';
import {
  axisLine,
  axisTick,
  ChartBox,
  ChartFigure,
  formatNumber,
  tooltipStyle,
  type ChartSize,
} from './chart-figure';

export interface GestureWeeksChartProps extends ChartSize {
  weeks: GestureWeek[];
}

/** "58 gives and 7 asks in the last 12 weeks: about 8 gives for every ask." */
export function gestureCaption(weeks: readonly GestureWeek[]): string {
  const gives = weeks.reduce((sum, week) => sum + week.gives, 0);
  const asks = weeks.reduce((sum, week) => sum + week.asks, 0);
  const counted = `${formatNumber(gives)} ${gives === 1 ? 'give' : 'gives'} and ${formatNumber(asks)} ${asks === 1 ? 'ask' : 'asks'} in the last ${weeks.length} weeks`;
  if (asks === 0 || gives === 0) return `${counted}.`;
  const ratio = gives / asks;
  return ratio >= 1
    ? `${counted}: about ${formatNumber(Math.round(ratio))} ${Math.round(ratio) === 1 ? 'give' : 'gives'} for every ask.`
    : `${counted}: more asks than gives.`;
}

export function GestureWeeksChart({ weeks, width, height = 240 }: GestureWeeksChartProps) {
  const total = weeks.reduce((sum, week) => sum + week.gives + week.asks, 0);
  const table = (
    <table>
      <caption className="visually-hidden">Gives and asks per week</caption>
      <thead>
        <tr>
          <th scope="col">Week of</th>
          <th scope="col">Gives</th>
          <th scope="col">Asks</th>
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.weekStart}>
            <th scope="row">{week.label}</th>
            <td>{formatNumber(week.gives)}</td>
            <td>{formatNumber(week.asks)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFigure
      title="Gives and asks"
      caption={gestureCaption(weeks)}
      table={table}
      empty={
        total === 0
          ? `No gives or asks in the last ${weeks.length} weeks. Log a gesture (an article shared, an introduction, an ask) and it shows here.`
          : null
      }
    >
      <ChartBox
        width={width}
        height={height}
        chart={(w, h) => (
          <BarChart
            width={w}
            height={h}
            data={weeks}
            margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <XAxis dataKey="label" tick={axisTick} axisLine={axisLine} tickLine={false} />
            <YAxis allowDecimals={false} tick={axisTick} axisLine={axisLine} tickLine={axisLine} width={40} />
            <Tooltip {...tooltipStyle} />
            <Legend wrapperStyle={{ color: 'var(--muted)' }} />
            <Bar
              dataKey="gives"
              name="Gives"
              stackId="gestures"
              fill="var(--ok)"
              className="gesture-gives"
              isAnimationActive={false}
            />
            <Bar
              dataKey="asks"
              name="Asks"
              stackId="gestures"
              fill="var(--accent)"
              className="gesture-asks"
              isAnimationActive={false}
            />
          </BarChart>
        )}
      />
    </ChartFigure>
  );
}
