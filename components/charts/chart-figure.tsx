/**
 * The frame every chart sits in: a figure whose caption says in one sentence
 * what the picture shows, the picture itself (hidden from screen readers,
 * which get the same numbers as a table), and that table behind a
 * disclosure for anyone who would rather read the numbers.
 */
import type { ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import './charts.css';

export interface ChartSize {
  /**
   * A fixed width in pixels. Without it the chart takes its container's
   * width (ResizeObserver), which a test DOM cannot measure: tests pass one.
   */
  width?: number;
  height?: number;
}

export interface ChartFigureProps {
  title: string;
  caption: string;
  /** The data table: the same numbers as the picture. */
  table: ReactNode;
  /** Shown instead of the picture and table when there is nothing to draw. */
  empty: string | null;
  children: ReactNode;
}

export function ChartFigure({ title, caption, table, empty, children }: ChartFigureProps) {
  return (
    <figure className="chart" aria-label={title}>
      <h3 className="chart-title">{title}</h3>
      <figcaption className="chart-caption">{empty ?? caption}</figcaption>
      {empty === null && (
        <>
          <div className="chart-picture" aria-hidden="true">
            {children}
          </div>
          <details className="chart-table">
            <summary>Show the numbers</summary>
            {table}
          </details>
        </>
      )}
    </figure>
  );
}

/** Renders `chart(width, height)` at a fixed size, or at its container's width. */
export function ChartBox({
  width,
  height,
  chart,
}: ChartSize & { height: number; chart: (width: number | undefined, height: number) => ReactNode }) {
  if (width !== undefined) return <>{chart(width, height)}</>;
  return (
    <ResponsiveContainer width="100%" height={height}>
      {chart(undefined, height)}
    </ResponsiveContainer>
  );
}

/** Axis and grid colours from the theme (assets/theme.css), so they follow dark mode. */
export const axisTick = { fill: 'var(--muted)', fontSize: 12 } as const;
export const axisLine = { stroke: 'var(--border)' } as const;
export const tooltipStyle = {
  contentStyle: {
    background: 'var(--surface)',
    borderWidth: 1,
    borderStyle: 'solid',
    borderColor: 'var(--border)',
    color: 'var(--text)',
  },
  labelStyle: { color: 'var(--text)' },
  itemStyle: { color: 'var(--text)' },
} as const;

export const formatNumber = (value: number) => value.toLocaleString('en-US');
export const formatPercent = (share: number) => `${Math.round(share * 100)}%`;
