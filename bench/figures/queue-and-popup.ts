/**
 * Figures 5 and 6: the popup's first paint and the priority queue, over the
 * database the run imported.
 *
 * The priority queue has no hook in the built extension (the bundles' exports
 * are minified and nothing is put on a global), so lib/db/priority-source.ts
 * is bundled here with Vite (the bundler `wxt build` uses), minified, and
 * evaluated in a page of the extension's own origin over CDP (not subject to
 * the page's CSP). It is the same source opening the same IndexedDB database
 * in the same browser; only the bundling differs from the popup's.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { extensionUrl, type BenchBrowser } from '../lib/browser';
import { summarise, type Summary } from '../lib/stats';

const prioritySource = fileURLToPath(new URL('../../lib/db/priority-source.ts', import.meta.url));

/** The Zod the sources import (the entry file lives outside the repository, so it names it by path). */
const zodEntry = fileURLToPath(import.meta.resolve('zod'));

let bundled: string | null = null;

async function priorityBundle(): Promise<string> {
  if (bundled) return bundled;
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
  writeFileSync(
    entry,
    `import './jitless';\n` +
      `import { loadPriorityQueue } from ${JSON.stringify(prioritySource)};\n` +
      `(globalThis as unknown as { rapportBench: unknown }).rapportBench = { loadPriorityQueue };\n`,
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
  const chunk = (Array.isArray(output) ? output[0]! : output).output[0];
  bundled = chunk.code;
  return bundled;
}

export interface QueueTimings {
  summary: Summary;
  total: number;
}

export async function measurePriorityQueue(
  browser: BenchBrowser,
  runs: number,
  limit = 50,
): Promise<QueueTimings> {
  const code = await priorityBundle();
  const page = await browser.context.newPage();
  try {
    // A document of the extension's origin that runs none of Rapport's own code.
    await page.goto(extensionUrl(browser, 'manifest.json'));
    await page.evaluate(code);
    const { times, total } = await page.evaluate(
      async ({ runs, limit }) => {
        const bench = (
          globalThis as unknown as {
            rapportBench: {
              loadPriorityQueue(now: number, options: { limit: number }): Promise<{ total: number }>;
            };
          }
        ).rapportBench;
        // One unmeasured run opens the database.
        let total = (await bench.loadPriorityQueue(Date.now(), { limit })).total;
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          const started = performance.now();
          total = (await bench.loadPriorityQueue(Date.now(), { limit })).total;
          times.push(performance.now() - started);
        }
        return { times, total };
      },
      { runs, limit },
    );
    return { summary: summarise(times), total };
  } finally {
    await page.close();
  }
}

/**
 * Runs in the popup before its own scripts: watches for the first list item
 * of the list named "Needs attention" (the popup's contract) to be visible,
 * and notes the time since navigation start at the next animation frame
 * after it appeared (the frame that paints it).
 */
function watchFirstItem(): void {
  const state = window as unknown as { rapportFirstItem?: number; rapportFirstItemSeen?: number };
  const nameOf = (element: Element): string => {
    const label = element.getAttribute('aria-label');
    if (label) return label.trim();
    const ids = element.getAttribute('aria-labelledby');
    if (!ids) return '';
    return ids
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  };
  const visibleItem = (): boolean => {
    for (const list of document.querySelectorAll('[role="list"], ul, ol')) {
      if (nameOf(list) !== 'Needs attention') continue;
      for (const item of list.querySelectorAll('[role="listitem"], li')) {
        const box = item.getBoundingClientRect();
        if (box.width > 0 && box.height > 0 && item.checkVisibility()) return true;
      }
    }
    return false;
  };
  const check = () => {
    if (state.rapportFirstItemSeen !== undefined || !visibleItem()) return;
    state.rapportFirstItemSeen = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      state.rapportFirstItem = performance.now();
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

export type PopupTimings = { summary: Summary } | { notMeasured: string };

export async function measurePopupFirstPaint(
  browser: BenchBrowser,
  runs: number,
  waitMs = 20_000,
): Promise<PopupTimings> {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const page = await browser.context.newPage();
    try {
      await page.setViewportSize({ width: 400, height: 600 });
      await page.addInitScript(watchFirstItem);
      await page.goto(extensionUrl(browser, 'popup.html'));
      let at: number | undefined;
      const deadline = Date.now() + waitMs;
      while (
        (at = await page.evaluate(() => (window as { rapportFirstItem?: number }).rapportFirstItem)) ===
        undefined
      ) {
        if (Date.now() > deadline) {
          const list = await page.getByRole('list', { name: 'Needs attention' }).count();
          return {
            notMeasured:
              list === 0
                ? 'the popup has no list named "Needs attention" in this build'
                : `no entry of the "Needs attention" list became visible within ${waitMs / 1000} s`,
          };
        }
        await page.waitForTimeout(20);
      }
      // Cross-check with the accessibility-based locator the contract names.
      const item = page.getByRole('list', { name: 'Needs attention' }).getByRole('listitem').first();
      if (!(await item.isVisible())) return { notMeasured: 'the detected entry is not a visible listitem' };
      if (i > 0) times.push(at);
    } finally {
      await page.close();
    }
  }
  return { summary: summarise(times) };
}
