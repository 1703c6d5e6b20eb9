/**
 * Contact import in Node with fake-indexeddb: where the time goes (reading
 * and mapping the CSV, planning, writing) for a LinkedIn Connections.csv of
 * 10,000 and 50,000 connections into an empty database, and a re-import of
 * the same file (every row found by its profile: the dedupe path). The
 * figures that count are Chromium's (bench/figures/contact-import.ts, run by
 * bench/run.ts); fake-indexeddb is a pure-JavaScript IndexedDB and several
 * times slower, so this shows the shape (no per-row queries or
 * transactions: time grows linearly) rather than the real speed.
 *
 * Run with: npx tsx bench/contact-import.ts [rows...]
 */
import 'fake-indexeddb/auto';
import { pathToFileURL } from 'node:url';
import { planContactImport, runContactImport } from '../lib/db/contact-import';
import { RapportDatabase } from '../lib/db/database';
import { readImportSource } from '../lib/io/contact-import';
import { mapRows } from '../lib/io/csv-mapping';

const NOW = Date.UTC(2025, 5, 16, 12);
const NOTES =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n';
const FIRST = ['Anna', 'Jörg', 'Siobhán', 'Wei', 'Amélie', 'Lars', 'Priya', 'Mateus', 'Yuki', 'Kwame'];
const LAST = [
  'Berg',
  'Müller',
  "O'Connell",
  'Zhang',
  'Dubois',
  'Ødegård',
  'Raman',
  'Costa',
  'Tanaka',
  'Mensah',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A Connections.csv of `count` people over count / 8 companies, one in five with an email. */
export function connections(count: number): string {
  const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < count; i += 1) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    const slug = `person-${i.toString(36)}-${(i * 7919).toString(16)}`;
    const email = i % 5 === 0 ? `p${i}@company-${i % 997}.example` : '';
    const company = i % 3 === 0 ? `"Company ${Math.floor(i / 8)}, Inc."` : `Company ${Math.floor(i / 8)}`;
    const date = `${String((i % 28) + 1).padStart(2, '0')} ${MONTHS[i % 12]} ${2010 + (i % 15)}`;
    lines.push(
      `${first},${last},https://www.linkedin.com/in/${slug},${email},${company},"Manager, Team ${i % 40}",${date}`,
    );
  }
  return `${NOTES}${lines.join('\n')}\n`;
}

async function importOnce(text: string, database: RapportDatabase) {
  const started = performance.now();
  const source = await readImportSource(new File([text], 'Connections.csv'), database);
  const rows = mapRows(source.table, source.mapping);
  const read = performance.now();
  const plan = await planContactImport(rows, NOW, database);
  const planned = performance.now();
  await runContactImport(plan, { levelId: 'prospect', now: NOW }, database);
  const written = performance.now();
  return {
    created: plan.create.length,
    merged: plan.merge.length,
    skipped: plan.skip.length,
    readMs: Math.round(read - started),
    planMs: Math.round(planned - read),
    writeMs: Math.round(written - planned),
    totalMs: Math.round(written - started),
  };
}

async function main() {
  const sizes = process.argv.slice(2).map(Number).filter(Number.isFinite);
  for (const count of sizes.length > 0 ? sizes : [10_000, 50_000]) {
    const text = connections(count);
    const database = new RapportDatabase(`bench-import-${count}-${Date.now()}`);
    const first = await importOnce(text, database);
    const again = await importOnce(text, database);
    console.log(
      `${count.toLocaleString()} rows (${(text.length / 1e6).toFixed(1)} MB): first import`,
      first,
      '\n  re-import of the same file',
      again,
    );
    database.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
