/**
 * Figure 7 (LinkedIn): importing LinkedIn's Connections.csv into an empty
 * database, through the library the dashboard's contact import uses
 * (lib/io/contact-import.ts readImportSource, lib/io/csv-mapping.ts mapRows,
 * lib/db/contact-import.ts planContactImport and runContactImport), timed
 * from the file to the last write: the calls the dashboard's import wizard
 * makes, without the preview and report screens between them, which wait on
 * the user. The sources are bundled by lib/source-bundle.ts and run in a page
 * of the extension's origin, in a fresh profile.
 */
import { extensionUrl, launchBench } from '../lib/browser';
import { connectionsCsv } from '../lib/seed';
import { sourceBundle } from '../lib/source-bundle';

export interface ContactImportTiming {
  ms: number;
  created: number;
  /** Time reading and mapping the file, planning, and writing, in ms. */
  phases: { read: number; plan: number; write: number };
}

export async function measureConnectionsImport(count: number): Promise<ContactImportTiming> {
  const code = await sourceBundle({
    'lib/io/contact-import.ts': ['readImportSource'],
    'lib/io/csv-mapping.ts': ['mapRows'],
    'lib/db/contact-import.ts': ['planContactImport', 'runContactImport'],
  });
  const browser = await launchBench();
  try {
    const page = await browser.context.newPage();
    await page.goto(extensionUrl(browser, 'manifest.json'));
    await page.evaluate(code);
    return await page.evaluate(
      async ({ text }) => {
        interface Bench {
          readImportSource(
            file: Blob & { name?: string },
          ): Promise<{ kind: string; table: unknown; mapping: unknown }>;
          mapRows(table: unknown, mapping: unknown): unknown[];
          planContactImport(rows: unknown[], now: number): Promise<{ create: unknown[] }>;
          runContactImport(plan: unknown, options: { levelId: string; now: number }): Promise<unknown>;
        }
        const bench = (globalThis as unknown as { rapportBench: Bench }).rapportBench;
        const file = new File([text], 'Connections.csv', { type: 'text/csv' });
        const now = Date.now();
        const started = performance.now();
        const source = await bench.readImportSource(file);
        if (source.kind !== 'linkedin') throw new Error(`read as ${source.kind}, not LinkedIn connections`);
        const rows = bench.mapRows(source.table, source.mapping);
        const read = performance.now();
        const plan = await bench.planContactImport(rows, now);
        const planned = performance.now();
        await bench.runContactImport(plan, { levelId: 'prospect', now });
        const written = performance.now();
        return {
          ms: written - started,
          created: plan.create.length,
          phases: { read: read - started, plan: planned - read, write: written - planned },
        };
      },
      { text: connectionsCsv(count) },
    );
  } finally {
    await browser.close();
  }
}
