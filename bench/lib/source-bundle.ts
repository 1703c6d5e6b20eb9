/**
 * Some of Rapport's library code has no hook in the built extension (the
 * bundles' exports are minified and nothing is put on a global). To time it
 * in the real browser over the real database, this bundles named exports of
 * the sources with Vite (the bundler `wxt build` uses), minified, as a script
 * that puts them on `globalThis.rapportBench`, to be evaluated over CDP in a
 * document of the extension's origin (not subject to the page's CSP). Same
 * sources, same IndexedDB database, same browser; only the bundling differs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The Zod the sources import (the entry file lives outside the repository, so it names it by path). */
const zodEntry = fileURLToPath(import.meta.resolve('zod'));
const bundles = new Map<string, string>();

/** `imports`: source path from the repository root → names to expose. */
export async function sourceBundle(imports: Record<string, string[]>): Promise<string> {
  const key = JSON.stringify(imports);
  const cached = bundles.get(key);
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-bundle-'));
  const entry = join(dir, 'entry.ts');
  // Zod compiles validators with new Function unless told not to. Extension pages forbid that (CSP), so
  // in the extension Zod's probe finds eval refused and it runs without. Evaluated over CDP the probe
  // would pass and later calls fail, so this bundle sets that mode first (its own module, imported
  // before the sources, whose schemas read the setting when they are built).
  writeFileSync(
    join(dir, 'jitless.ts'),
    `import { config } from ${JSON.stringify(zodEntry)};\nconfig({ jitless: true });\n`,
  );
  const names = Object.values(imports).flat();
  writeFileSync(
    entry,
    `import './jitless';\n` +
      Object.entries(imports)
        .map(
          ([path, exported]) =>
            `import { ${exported.join(', ')} } from ${JSON.stringify(join(root, path))};\n`,
        )
        .join('') +
      `(globalThis as unknown as { rapportBench: unknown }).rapportBench = { ${names.join(', ')} };\n`,
  );
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['iife'], name: 'rapportBenchBundle', fileName: 'bench' },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  rmSync(dir, { recursive: true, force: true });
  const code = (Array.isArray(output) ? output[0]! : output).output[0].code;
  bundles.set(key, code);
  return code;
}
