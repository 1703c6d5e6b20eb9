/** How many contacts are overdue, due today, due this week, later, or not followed. */
import { Bar, BarChart, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import {
  dueBucketDescriptions,
  dueBucketLabels,
  dueBuckets,
  type DueBucket,
  type DueDistribution,
} from '../../lib/portfolio/chart-data';
import {
  axisLine,
  axisTick,
  ChartBox,
  ChartFigure,
  formatNumber,
  tooltipStyle,
  type ChartSize,
} from './chart-figure';

export interface DueStateChartProps extends ChartSize {
  due: DueDistribution;
}

const bucketColors: Record<DueBucket, string> = {
  overdue: 'var(--danger)',
  today: 'var(--warning-text)',
  week: 'var(--accent)',
  later: 'var(--ok)',
  none: 'var(--muted)',
};

/** "9 of 140 contacts are overdue and 3 are due today." */
export function dueCaption(due: DueDistribution): string {
  const total = dueBuckets.reduce((sum, bucket) => sum + due[bucket], 0);
  return `${formatNumber(due.overdue)} of ${formatNumber(total)} ${total === 1 ? 'contact is' : 'contacts are'} overdue and ${formatNumber(due.today)} ${due.today === 1 ? 'is' : 'are'} due today.`;
}

export function DueStateChart({ due, width, height = 240 }: DueStateChartProps) {
  const total = dueBuckets.reduce((sum, bucket) => sum + due[bucket], 0);
  const data = dueBuckets.map((bucket) => ({ bucket, label: dueBucketLabels[bucket], count: due[bucket] }));
  const table = (
    <table>
      <caption className="visually-hidden">Contacts by when they are due</caption>
      <thead>
        <tr>
          <th scope="col">When due</th>
          <th scope="col">Contacts</th>
        </tr>
      </thead>
      <tbody>
        {data.map((row) => (
          <tr key={row.bucket}>
            <th scope="row" title={dueBucketDescriptions[row.bucket]}>
              {row.label}
            </th>
            <td>{formatNumber(row.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFigure
      title="Who is due"
      caption={dueCaption(due)}
      table={table}
      empty={
        total === 0
          ? 'No contacts yet. Once you add people, this shows who is due for a touch and when.'
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
            data={data}
            margin={{ top: 20, right: 8, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <XAxis dataKey="label" tick={axisTick} axisLine={axisLine} tickLine={false} interval={0} />
            <YAxis allowDecimals={false} tick={axisTick} axisLine={axisLine} tickLine={axisLine} width={48} />
            <Tooltip {...tooltipStyle} formatter={(value) => formatNumber(Number(value))} />
            <Bar dataKey="count" name="Contacts" isAnimationActive={false}>
              {data.map((row) => (
                <Cell
                  key={row.bucket}
                  className={`due-bar due-bar-${row.bucket}`}
                  fill={bucketColors[row.bucket]}
                />
              ))}
              <LabelList dataKey="count" position="top" fill="var(--text)" />
            </Bar>
          </BarChart>
        )}
      />
    </ChartFigure>
  );
}
