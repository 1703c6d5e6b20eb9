/**
 * WCAG 2 contrast between two #rrggbb colours. Level colours are used as
 * chip backgrounds under white text and as text on white, so a level colour
 * must contrast with white at least as much as WCAG AA asks of body text.
 */
export const LEVEL_TEXT_COLOR = '#ffffff';
export const MIN_TEXT_CONTRAST = 4.5;

/** Contrast ratio from 1 (none) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) =>
    linearChannel(parseInt(hex.slice(start, start + 2), 16) / 255),
  ) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function linearChannel(value: number): number {
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}
