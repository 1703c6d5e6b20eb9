/**
 * Figure 2: every script and style the extension injects into a page, as the
 * built manifest declares them (content_scripts js and css), minified as
 * built and gzipped with zlib at its default level.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromeBuildDir } from '../../tests/e2e/paths';
import { figure, type Section } from '../lib/result';

interface ContentScript {
  js?: string[];
  css?: string[];
}

export function measureInjectedSize(): Section {
  const manifest = JSON.parse(readFileSync(join(chromeBuildDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: ContentScript[];
  };
  const files = [
    ...new Set(
      (manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]),
    ),
  ];
  let minified = 0;
  let gzipped = 0;
  const notes: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(join(chromeBuildDir, file));
    const zipped = gzipSync(bytes).length;
    minified += bytes.length;
    gzipped += zipped;
    notes.push(`\`${file}\`: ${bytes.length} bytes minified, ${zipped} bytes gzipped`);
  }
  const kb = (bytes: number) => Math.round((bytes / 1024) * 100) / 100;
  return {
    title: '2. Injected size',
    method:
      "Every file the built manifest injects into a page (content_scripts js and css), read from the production build; minified as built by `wxt build`, gzipped with Node zlib (default level). The badge styles are a string inside the script (they go into each badge's closed shadow root), so they are counted there. 1 KB = 1024 bytes.",
    figures: [
      figure('2', 'Injected into a page: scripts and styles, minified', kb(minified), 'KB', '≤ 30 KB', 30),
      figure('2-gzip', 'Injected into a page: scripts and styles, gzipped', kb(gzipped), 'KB', '≤ 30 KB', 30),
    ],
    notes,
  };
}
