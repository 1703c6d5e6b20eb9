/**
 * Accessibility checks with axe-core in a real page. axe is evaluated over
 * CDP because an extension page's CSP refuses the inline script tag that
 * page.addScriptTag would add.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  passes: unknown[];
}

/**
 * Serious and critical axe findings, one line each, in each colour scheme
 * asked for (light only by default); the page is left in light mode.
 * Throws when axe found almost nothing to check: a blank page passes everything.
 */
export async function seriousAxeProblems(
  page: Page,
  colorSchemes: readonly ('light' | 'dark')[] = ['light'],
): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const problems: string[] = [];
  for (const colorScheme of colorSchemes) {
    await page.emulateMedia({ colorScheme });
    const results = (await page.evaluate(() =>
      (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run(),
    )) as AxeResults;
    if (results.passes.length < 5) throw new Error(`axe found almost nothing to check on ${page.url()}`);
    for (const v of results.violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      const where = v.nodes.map((n) => n.target.join(' ')).join(', ');
      problems.push(`${colorScheme}: ${v.impact} ${v.id}: ${v.help} (${where})`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return problems;
}
