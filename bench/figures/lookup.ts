/**
 * Figure 4: "who is this?" at scale. The round trip the content script
 * makes for its badges (runtime.sendMessage 'lookup' → background router →
 * Dexie → the badge summaries → answer), timed in the content script's own
 * isolated world on a routed LinkedIn page; beside it, in the same run, the
 * floors: the same message round trip answered without touching the
 * database, and the same index get with raw IndexedDB in the service worker.
 */
import type { Page } from 'playwright-core';
import type { BenchBrowser } from '../lib/browser';
import { contentWorld } from '../lib/content-world';
import { summarise, type Summary } from '../lib/stats';

export interface LookupTimings {
  batch1: Summary;
  batch50: Summary;
  message: Summary;
  raw1: Summary;
  raw50: Summary;
}

function roundTrips(messages: unknown[], warmUp: number, expectOk: boolean): string {
  return `(async () => {
    const messages = ${JSON.stringify(messages)};
    const times = [];
    for (let i = 0; i < messages.length; i++) {
      const started = performance.now();
      const answer = await chrome.runtime.sendMessage(messages[i]);
      const elapsed = performance.now() - started;
      if (${expectOk ? '!answer || !answer.ok' : '!answer || answer.ok'}) throw new Error('unexpected answer: ' + JSON.stringify(answer).slice(0, 300));
      if (${expectOk} && answer.data.results.some((r) => r.status !== 'known')) throw new Error('a seeded person was unknown');
      if (i >= ${warmUp}) times.push(elapsed);
    }
    return times;
  })()`;
}

/** `count` batches of `size` known slugs, rotating through the list so consecutive batches differ. */
function batches(slugs: string[], size: number, count: number): { kind: 'linkedin'; value: string }[][] {
  return Array.from({ length: count }, (_, i) =>
    Array.from({ length: size }, (_, j) => ({
      kind: 'linkedin' as const,
      value: slugs[(i * size + j) % slugs.length]!,
    })),
  );
}

async function rawIndexGets(browser: BenchBrowser, sets: string[][], warmUp: number): Promise<number[]> {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  return worker.evaluate(
    async ({ sets, warmUp }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('rapport');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const times: number[] = [];
      for (let i = 0; i < sets.length; i++) {
        const started = performance.now();
        const found = await new Promise<number>((resolve, reject) => {
          const index = db.transaction('contacts', 'readonly').objectStore('contacts').index('linkedinSlugs');
          let pending = sets[i]!.length;
          let rows = 0;
          for (const slug of sets[i]!) {
            const request = index.getAll(slug);
            request.onsuccess = () => {
              rows += request.result.length;
              if (--pending === 0) resolve(rows);
            };
            request.onerror = () => reject(request.error);
          }
        });
        const elapsed = performance.now() - started;
        if (found !== sets[i]!.length) throw new Error(`raw get found ${found} of ${sets[i]!.length}`);
        if (i >= warmUp) times.push(elapsed);
      }
      db.close();
      return times;
    },
    { sets, warmUp },
  );
}

export const LOOKUP_URL = 'https://www.linkedin.com/feed/';

export async function measureLookups(
  browser: BenchBrowser,
  page: Page,
  slugs: string[],
  { runs1, runs50 }: { runs1: number; runs50: number },
): Promise<LookupTimings> {
  const world = await contentWorld(page, browser.extensionId!);
  const warmUp = 3;
  const one = batches(slugs, 1, runs1 + warmUp);
  const fifty = batches(slugs, 50, runs50 + warmUp);
  const lookup = (identities: { kind: 'linkedin'; value: string }[]) => ({ type: 'lookup', identities });
  try {
    const batch1 = await world.evaluate<number[]>(roundTrips(one.map(lookup), warmUp, true));
    const batch50 = await world.evaluate<number[]>(roundTrips(fifty.map(lookup), warmUp, true));
    // 'get-status' is for extension pages only: the router refuses it from a content script before any database work.
    const message = await world.evaluate<number[]>(
      roundTrips(
        one.map(() => ({ type: 'get-status' })),
        warmUp,
        false,
      ),
    );
    const raw1 = await rawIndexGets(
      browser,
      one.map((set) => set.map((i) => i.value)),
      warmUp,
    );
    const raw50 = await rawIndexGets(
      browser,
      fifty.map((set) => set.map((i) => i.value)),
      warmUp,
    );
    return {
      batch1: summarise(batch1),
      batch50: summarise(batch50),
      message: summarise(message),
      raw1: summarise(raw1),
      raw50: summarise(raw50),
    };
  } finally {
    await world.cdp.detach();
  }
}
