/**
 * The Pareto chart's x-axis: the bars' names (pareto-names.ts) fitted to the
 * width the chart actually has, which only the chart knows once laid out
 * (it follows its container's width), and a title that says what the bars are.
 */
import { usePlotArea, XAxis } from 'recharts';
import type { ParetoBar } from '../../lib/portfolio/chart-data';
import { axisLine, axisTick } from './chart-figure';
import { axisTitle, barNames, nameLayout, namedPositions, shortName } from './pareto-names';

/** Room for the axis title under the names. */
const TITLE_HEIGHT = 20;

export function ParetoXAxis({ bars }: { bars: readonly ParetoBar[] }) {
  const names = barNames(bars);
  const layout = nameLayout(usePlotArea()?.width ?? 0, names);
  return (
    <XAxis
      dataKey="position"
      ticks={namedPositions(bars.length, layout.every)}
      // Every tick asked for is drawn: the layout has already left room between them.
      interval={0}
      tickFormatter={(position: number) => shortName(names[position] ?? '', layout.maxChars)}
      angle={layout.angle}
      textAnchor={layout.angle === 0 ? 'middle' : 'end'}
      tick={axisTick}
      tickLine={axisLine}
      axisLine={axisLine}
      height={layout.height + TITLE_HEIGHT}
      label={{ value: axisTitle(bars, layout), position: 'insideBottom', fill: 'var(--muted)' }}
    />
  );
}
