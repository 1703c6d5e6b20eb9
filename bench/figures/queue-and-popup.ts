/**
 * Figures 5 and 6: the popup's first paint and the priority queue, over the
 * database the run imported.
 *
 * The priority queue has no hook in the built extension, so it is timed
 * from the sources bundled by lib/source-bundle.ts, in a page of the
 * extension's origin over the database the extension filled.
 */
import { extensionUrl, type BenchBrowser } from '../lib/browser';
import { sourceBundle } from '../lib/source-bundle';
import { summarise, type Summary } from '../lib/stats';

export interface QueueTimings {
  /** Served from the inputs stored by an earlier call (lib/db/queue-cache.ts), the database unchanged. */
  summary: Summary;
  /** Built from the records, as the first call after a write does: the stored inputs dropped first. */
  build: Summary;
  /** The first call after a give was logged: the stored inputs caught up (lib/db/queue-catch-up.ts). */
  catchUp: Summary;
  /** The first call after a contact's level was set: caught up the same way. */
  catchUpLevel: Summary;
  /** The first call after a person was added at an account that exists: caught up the same way. */
  catchUpAdded: Summary;
  total: number;
}

/**
 * loadPriorityQueue timed three ways: with its stored inputs current; with
 * them dropped just before (deleting the stored row is what a write's new
 * stamp amounts to for the reader), so the call reads every record and
 * builds them again; and right after a give was logged (logTouch, as the
 * sidebar and popup log one), so the call catches the stored inputs up with
 * that contact. Each give is taken back (undoTouch) and the inputs caught up
 * again, unmeasured, before the next. Then the same for a new level set on
 * each of those contacts (editContact, as the sidebar and dashboard set it),
 * taken back with undoContactEdit. Then right after each of as many people
 * was added from a page (captureProspect, as the badge's "Add" does) at the
 * account of one of those contacts, found by its name; the people added are
 * deleted at the end (deleteRecord) and the inputs caught up with that in
 * one unmeasured call.
 */
export async function measurePriorityQueue(
  browser: BenchBrowser,
  runs: number,
  buildRuns: number,
  limit = 50,
): Promise<QueueTimings> {
  const code = await sourceBundle({
    'lib/db/priority-source.ts': ['loadPriorityQueue'],
    'lib/db/database.ts': ['db'],
    'lib/db/touch.ts': ['logTouch', 'undoTouch'],
    'lib/db/contact-edits.ts': ['editContact', 'undoContactEdit'],
    'lib/db/capture.ts': ['captureProspect'],
    'lib/db/deletion.ts': ['deleteRecord'],
    'lib/domain/default-ladder.ts': ['defaultLadder'],
  });
  const page = await browser.context.newPage();
  try {
    // A document of the extension's origin that runs none of Rapport's own code.
    await page.goto(extensionUrl(browser, 'manifest.json'));
    await page.evaluate(code);
    const { times, builds, catchUps, levelCatchUps, addedCatchUps, total } = await page.evaluate(
      async ({ runs, buildRuns, limit }) => {
        const bench = (
          globalThis as unknown as {
            rapportBench: {
              loadPriorityQueue(now: number, options: { limit: number }): Promise<{ total: number }>;
              logTouch(input: { contactId: string; type: 'article' }, now: number): Promise<unknown>;
              undoTouch(logged: unknown): Promise<void>;
              editContact(contactId: string, edit: { levelId: string }, now: number): Promise<unknown>;
              undoContactEdit(result: unknown): Promise<void>;
              captureProspect(
                capture: { identity: { kind: 'linkedin'; value: string }; name: string; company: string },
                now: number,
              ): Promise<{ contactId: string; created: boolean }>;
              deleteRecord(table: 'contacts', id: string): Promise<unknown>;
              defaultLadder: { levels: { id: string }[] };
              db: {
                caches: { delete(key: string): Promise<void> };
                contacts: {
                  limit(count: number): { primaryKeys(): Promise<string[]> };
                  get(id: string): Promise<{ levelId: string; accountId: string | null }>;
                };
                accounts: { get(id: string): Promise<{ name: string } | undefined> };
              };
            };
          }
        ).rapportBench;
        // One unmeasured run opens the database and leaves stored inputs behind.
        let total = (await bench.loadPriorityQueue(Date.now(), { limit })).total;
        const builds: number[] = [];
        for (let i = 0; i < buildRuns; i++) {
          await bench.db.caches.delete('queue-inputs');
          const started = performance.now();
          total = (await bench.loadPriorityQueue(Date.now(), { limit })).total;
          builds.push(performance.now() - started);
        }
        // The last build's inputs are stored in a transaction of their own; a write to the same
        // table is queued behind it, so once one is done they are stored.
        await bench.db.caches.delete('no-such-row');
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
          const started = performance.now();
          total = (await bench.loadPriorityQueue(Date.now(), { limit })).total;
          times.push(performance.now() - started);
        }
        const contactIds = await bench.db.contacts.limit(runs).primaryKeys();
        const catchUps: number[] = [];
        for (const contactId of contactIds) {
          const logged = await bench.logTouch({ contactId, type: 'article' }, Date.now());
          const started = performance.now();
          await bench.loadPriorityQueue(Date.now(), { limit });
          catchUps.push(performance.now() - started);
          await bench.undoTouch(logged);
          await bench.loadPriorityQueue(Date.now(), { limit });
        }
        const levels = bench.defaultLadder.levels.map((level) => level.id);
        const levelCatchUps: number[] = [];
        for (const contactId of contactIds) {
          const { levelId } = await bench.db.contacts.get(contactId);
          const next = levels[(levels.indexOf(levelId) + 1) % levels.length]!;
          const edited = await bench.editContact(contactId, { levelId: next }, Date.now());
          const started = performance.now();
          await bench.loadPriorityQueue(Date.now(), { limit });
          levelCatchUps.push(performance.now() - started);
          await bench.undoContactEdit(edited);
          await bench.loadPriorityQueue(Date.now(), { limit });
        }
        const addedCatchUps: number[] = [];
        const added: string[] = [];
        for (const [i, contactId] of contactIds.entries()) {
          const { accountId } = await bench.db.contacts.get(contactId);
          const account = accountId === null ? undefined : await bench.db.accounts.get(accountId);
          if (!account) continue;
          const identity = { kind: 'linkedin' as const, value: `bench-added-${i}-${Date.now()}` };
          const capture = { identity, name: `Added ${i}`, company: account.name };
          const { contactId: addedId } = await bench.captureProspect(capture, Date.now());
          added.push(addedId);
          const started = performance.now();
          await bench.loadPriorityQueue(Date.now(), { limit });
          addedCatchUps.push(performance.now() - started);
        }
        for (const id of added) await bench.deleteRecord('contacts', id);
        await bench.loadPriorityQueue(Date.now(), { limit });
        return { times, builds, catchUps, levelCatchUps, addedCatchUps, total };
      },
      { runs, buildRuns, limit },
    );
    return {
      summary: summarise(times),
      build: summarise(builds),
      catchUp: summarise(catchUps),
      catchUpLevel: summarise(levelCatchUps),
      catchUpAdded: summarise(addedCatchUps),
      total,
    };
  } finally {
    await page.close();
  }
}

/**
 * Runs in the popup before its own scripts: watches for the first list item
 * of the list named "Needs attention" (the popup's contract) to be visible,
 * and notes the time since navigation start at the next animation frame
 * after it appeared (the frame that paints it). Plain JavaScript in a string:
 * a function would be sent as its transpiled source, which may call helpers
 * that exist only in Node.
 */
const watchFirstItem = `(() => {
  const nameOf = (element) => {
    const label = element.getAttribute('aria-label');
    if (label) return label.trim();
    const ids = element.getAttribute('aria-labelledby');
    if (!ids) return '';
    return ids.split(/\\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
  };
  const visibleItem = () => {
    for (const list of document.querySelectorAll('[role="list"], ul, ol')) {
      if (nameOf(list) !== 'Needs attention') continue;
      for (const item of list.querySelectorAll('[role="listitem"], li')) {
        const box = item.getBoundingClientRect();
        if (box.width > 0 && box.height > 0 && item.checkVisibility()) return true;
      }
    }
    return false;
  };
  const observer = new MutationObserver(() => {
    if (window.rapportFirstItemSeen !== undefined || !visibleItem()) return;
    window.rapportFirstItemSeen = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => { window.rapportFirstItem = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

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
      await page.addInitScript({ content: watchFirstItem });
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
