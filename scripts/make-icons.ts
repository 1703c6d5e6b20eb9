/**
 * Draws the toolbar and store icons from assets/icon.svg. The PNGs are
 * committed (the build needs no renderer); run `npm run icons` after editing
 * the SVG.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url));
const outDir = new URL('../public/icon/', import.meta.url);
mkdirSync(outDir, { recursive: true });

for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(new URL(`${size}.png`, outDir), png);
  console.log(`public/icon/${size}.png (${png.length} bytes)`);
}
