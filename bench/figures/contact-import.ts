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
import { storesAfter } from '../../lib/db/versions';
import { extensionUrl, launchBench } from '../lib/browser';
import { connectionsCsv } from '../lib/seed';
import { sourceBundle } from '../lib/source-bundle';
import type { Page } from 'playwright-core';

export interface ContactImportTiming {
  ms: number;
  created: number;
  /** Time reading and mapping the file, planning, and writing, in ms. */
  phases: { read: number; plan: number; write: number };
  /**
   * The floor for the writing, in ms: the same contacts and accounts, read
   * back, added with raw IndexedDB in one transaction to a fresh database
   * with the same indexes.
   */
  rawWrite: number;
}

interface IndexSpec {
  name: string;
  keyPath: string | string[];
  multiEntry: boolean;
  unique: boolean;
}

/** A store's indexes from its Dexie schema string ('id, *emails, [a+b], &code'), primary key first. */
function storeSpec(schema: string): { keyPath: string; indexes: IndexSpec[] } {
  const [primary, ...rest] = schema.split(',').map((part) => part.trim());
  const indexes = rest.map((part) => {
    const name = part.replace(/^[*&]/, '');
    const compound = /^\[(.+)\]$/.exec(name);
    return {
      name,
      keyPath: compound ? compound[1]!.split('+') : name,
      multiEntry: part.startsWith('*'),
      unique: part.startsWith('&'),
    };
  });
  return { keyPath: primary!.replace(/^(\+\+|&)/, ''), indexes };
}

/**
 * Reads back what the import wrote and times adding it again with raw
 * IndexedDB: one read-write transaction over both stores, one add per
 * record, the stores and indexes of the database's schema.
 */
function measureRawWrite(page: Page): Promise<number> {
  const stores = storesAfter();
  // Accounts first, as the import writes them.
  const specs = {
    accounts: storeSpec(stores.accounts!),
    contacts: storeSpec(stores.contacts!),
  };
  // No named functions inside: the callback is sent as its transpiled source, and tsx names
  // functions through a helper that exists only in Node.
  return page.evaluate(
    async ({ specs }) => {
      const source = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('rapport');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const records: Record<string, unknown[]> = {};
      for (const store of Object.keys(specs)) {
        records[store] = await new Promise<unknown[]>((resolve, reject) => {
          const request = source.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      }
      source.close();
      const floor = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('rapport-import-floor');
        request.onupgradeneeded = () => {
          for (const [store, spec] of Object.entries(specs)) {
            const created = request.result.createObjectStore(store, { keyPath: spec.keyPath });
            for (const index of spec.indexes) {
              created.createIndex(index.name, index.keyPath, {
                multiEntry: index.multiEntry,
                unique: index.unique,
              });
            }
          }
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const started = performance.now();
      const transaction = floor.transaction(Object.keys(specs), 'readwrite');
      for (const [store, rows] of Object.entries(records)) {
        for (const row of rows) transaction.objectStore(store).add(row);
      }
      await new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      const elapsed = performance.now() - started;
      floor.close();
      return elapsed;
    },
    { specs },
  );
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
    const timing = await page.evaluate(
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
    return { ...timing, rawWrite: await measureRawWrite(page) };
  } finally {
    await browser.close();
  }
}
