/** One figure of results.json, and what RESULTS.md says about how it was measured. */
export interface Figure {
  id: string;
  what: string;
  /** Null when not measured (the reason is in `note`). */
  value: number | null;
  unit: string;
  /** Human-readable, with the comparison: "≤ 30 KB". */
  target: string;
  met: boolean;
}

export interface Section {
  /** Heading in RESULTS.md. */
  title: string;
  /** How it was measured, in prose. */
  method: string;
  figures: Figure[];
  /** Extra lines for RESULTS.md: medians, counts, caveats. */
  notes: string[];
}

export function figure(
  id: string,
  what: string,
  value: number | null,
  unit: string,
  target: string,
  limit: number | null,
): Figure {
  return { id, what, value, unit, target, met: value !== null && limit !== null && value <= limit };
}
