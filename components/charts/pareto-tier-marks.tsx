/**
 * How the Pareto chart tells the top tier from the other accounts without
 * relying on colour: top-tier bars are solid, the others hatched and
 * outlined, and a key under the chart says which is which. The hatching is
 * one SVG pattern, drawn in the chart and referenced by the key's swatches.
 */
import { paretoColors } from './pareto-colors';

/** Hatch spacing and stroke, in pixels: dense enough to read on a bar a few pixels wide. */
const HATCH_SPACING = 5;
const HATCH_STROKE = 2;

/** The hatching of the other accounts' bars; goes inside the chart's SVG. */
export function OtherAccountsHatch({ id }: { id: string }) {
  return (
    <defs>
      <pattern
        id={id}
        width={HATCH_SPACING}
        height={HATCH_SPACING}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        {/* Off the tile's edge, which would clip half the stroke away. */}
        <line
          x1={HATCH_STROKE / 2}
          y1={0}
          x2={HATCH_STROKE / 2}
          y2={HATCH_SPACING}
          stroke={paretoColors.otherAccounts}
          strokeWidth={HATCH_STROKE}
        />
      </pattern>
    </defs>
  );
}

/** The fill and outline of a bar: solid for the top tier, hatched and outlined for the others. */
export function tierPaint(topTier: boolean, hatchId: string) {
  return topTier
    ? { fill: paretoColors.topTier, stroke: 'none' }
    : { fill: `url(#${hatchId})`, stroke: paretoColors.otherAccounts, strokeWidth: 1 };
}

function Swatch({ topTier, hatchId }: { topTier: boolean; hatchId: string }) {
  return (
    <svg className="chart-swatch" viewBox="0 0 12 12">
      <rect x={0.5} y={0.5} width={11} height={11} {...tierPaint(topTier, hatchId)} />
    </svg>
  );
}

/** The key to the bars the chart draws: only the kinds it has (every account may be top tier). */
export function TierKey({ hatchId, top, other }: { hatchId: string; top: boolean; other: boolean }) {
  if (!top && !other) return null;
  return (
    <ul className="chart-key">
      {top && (
        <li>
          <Swatch topTier hatchId={hatchId} />
          Top tier
        </li>
      )}
      {other && (
        <li>
          <Swatch topTier={false} hatchId={hatchId} />
          Other accounts
        </li>
      )}
    </ul>
  );
}
