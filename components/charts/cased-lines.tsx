/**
 * Lines drawn across the Pareto chart's bars (the cumulative share, the cut)
 * sit on a casing of the card's colour, a wider stroke under them. Where a
 * line crosses a bar it then still stands against the card's colour, not the
 * bar's: the cut's red on the top tier's blue is 1.01:1 in light mode and
 * 1.03:1 in dark mode, the cumulative line on it 2.42:1 and 1.82:1.
 * Both are `shape` render functions, which recharts calls with the line's
 * geometry and its own props.
 */
import type { SVGProps } from 'react';
import { Curve, LineDrawShape, type LineDrawShapeProps } from 'recharts';
import { paretoColors } from './pareto-colors';

/** Wide enough to leave 2px of card either side of a 2px line. */
const casing = { stroke: paretoColors.card, strokeWidth: 6, className: 'chart-casing' } as const;

/** The `shape` of a recharts Line. */
export function casedCurve(props: LineDrawShapeProps) {
  const { points, type, layout, connectNulls, clipPath } = props;
  return (
    <g>
      <Curve
        points={points}
        type={type}
        layout={layout}
        connectNulls={connectNulls}
        clipPath={clipPath}
        fill="none"
        {...casing}
      />
      <LineDrawShape {...props} />
    </g>
  );
}

/** The `shape` of a recharts ReferenceLine. */
export function casedReferenceLine(props: SVGProps<SVGLineElement>) {
  const { x1, y1, x2, y2, clipPath } = props;
  return (
    <g>
      <line x1={x1} y1={y1} x2={x2} y2={y2} clipPath={clipPath} {...casing} />
      <line {...props} className="recharts-reference-line-line" />
    </g>
  );
}
