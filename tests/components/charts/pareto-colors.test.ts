import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paretoColors } from '../../../components/charts/pareto-colors';
import { contrastRatio } from '../../../lib/domain/color-contrast';

/** WCAG 1.4.11: a graphic needs 3:1 against what it is drawn on; 1.4.3: text needs 4.5:1. */
const MIN_GRAPHIC_CONTRAST = 3;
const MIN_TEXT_CONTRAST = 4.5;

const read = (path: string) => readFileSync(resolve(__dirname, '../../..', path), 'utf8');

/** The theme's colours by name, light mode first and dark mode over it, as the browser applies them. */
function themePalettes(): Record<'light' | 'dark', Map<string, string>> {
  const [light = '', dark = ''] = read('assets/theme.css').split('@media (prefers-color-scheme: dark)');
  const palette = (css: string) =>
    new Map(
      [...css.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map(([, name = '', hex = '']) => [name, hex]),
    );
  return { light: palette(light), dark: new Map([...palette(light), ...palette(dark)]) };
}

/** The #rrggbb a `var(--name)` stands for in one mode. */
function resolveColor(color: string, palette: Map<string, string>): string {
  const hex = palette.get(/^var\(--([\w-]+)\)$/.exec(color)?.[1] ?? '');
  if (hex === undefined) throw new Error(`${color} is not a theme colour`);
  return hex;
}

describe('the Pareto chart’s colours', () => {
  it('paint on the card the chart sits on', () => {
    const chartRule = /^\.chart \{([^}]*)\}/m.exec(read('components/charts/charts.css'))?.[1];
    expect(chartRule).toContain(`background: ${paretoColors.card};`);
  });

  for (const [mode, palette] of Object.entries(themePalettes())) {
    const card = resolveColor(paretoColors.card, palette);
    const contrast = (color: string) => contrastRatio(resolveColor(color, palette), card);

    it(`stand out from the card in ${mode} mode: 3:1 for every graphic`, () => {
      const graphics = [
        paretoColors.topTier,
        paretoColors.otherAccounts,
        paretoColors.cumulativeLine,
        paretoColors.cut,
      ];
      const faint = graphics
        .map((color) => [color, contrast(color)] as const)
        .filter(([, ratio]) => ratio < MIN_GRAPHIC_CONTRAST);
      expect(faint).toEqual([]);
    });

    it(`write the cut's "80%" readably in ${mode} mode: 4.5:1`, () => {
      expect(contrast(paretoColors.cut)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    });
  }
});
