/**
 * Figures 1 and 8 (page): what the extension costs a page's main thread and
 * JS heap, on real saved pages routed at their real URLs, with the extension
 * and, interleaved run by run, in a second Chromium without it.
 */
import type { Page } from 'playwright-core';
import { attribute, startProfiling, stopProfiling } from '../lib/cpu-profile';
import { cdpFor, fixture, route, type BenchBrowser } from '../lib/browser';
import { figure, type Figure, type Section } from '../lib/result';
import { round, summarise } from '../lib/stats';
import { PROFILE_SLUG } from '../lib/seed';

export const PROFILE_URL = `https://www.linkedin.com/in/${PROFILE_SLUG}/`;
const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';
const FEED_URL = 'https://www.linkedin.com/feed/';

/** A LinkedIn page with nobody on it: the extension's content script runs on every linkedin.com page. */
export const feedHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Feed | LinkedIn</title></head>
<body><header><nav><a href="/feed/">Home</a> <a href="/jobs/">Jobs</a> <a href="/messaging/">Messaging</a></nav></header>
<main class="scaffold-layout__main"><h1>Home</h1>
${Array.from({ length: 40 }, (_, i) => `<article><h2>Post ${i}</h2><p>Quarterly results, hiring news and a long paragraph of text number ${i} about the market.</p><a href="/feed/update/urn:li:activity:${7000 + i}/">Comment</a></article>`).join('\n')}
</main></body></html>`;

interface PageSpec {
  key: 'profile' | 'gmail' | 'nopeople';
  label: string;
  url: string;
  html: string;
  /** A page on the same origin to start from, so the measured navigation stays in one renderer. */
  blank: string;
}

export const pageSpecs = (): PageSpec[] => [
  {
    key: 'profile',
    label: 'LinkedIn profile (real saved page, 593 KB)',
    url: PROFILE_URL,
    html: fixture('linkedin-profile-loggedin-2024.html'),
    blank: 'https://www.linkedin.com/bench-blank/',
  },
  {
    key: 'gmail',
    label: 'Gmail inbox (real saved page, 16 rows)',
    url: GMAIL_URL,
    html: fixture('gmail-inbox-threadlist-2014.html'),
    blank: 'https://mail.google.com/bench-blank/',
  },
  {
    key: 'nopeople',
    label: 'LinkedIn page without people (feed, 40 posts)',
    url: FEED_URL,
    html: feedHtml,
    blank: 'https://www.linkedin.com/bench-blank/',
  },
];

const BLANK = '<!doctype html><html><head><title>blank</title></head><body></body></html>';

export async function routePages(browser: BenchBrowser): Promise<void> {
  for (const spec of pageSpecs()) await route(browser.context, spec.url, spec.html);
  await route(browser.context, 'https://www.linkedin.com/bench-blank/', BLANK);
  await route(browser.context, 'https://mail.google.com/bench-blank/', BLANK);
}

interface Run {
  extensionMs: number;
  longestMs: number;
  scriptMs: number;
  taskMs: number;
  heapBytes: number;
  byFunction: Map<string, number>;
}

const metric = (metrics: { name: string; value: number }[], name: string) =>
  metrics.find((m) => m.name === name)?.value ?? Number.NaN;

async function oneRun(browser: BenchBrowser, spec: PageSpec, settleMs: number): Promise<Run> {
  const page: Page = await browser.context.newPage();
  try {
    await page.goto(spec.blank);
    const cdp = await cdpFor(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Performance.enable');
    const before = (await cdp.send('Performance.getMetrics')).metrics;
    await startProfiling(cdp);
    await page.goto(spec.url, { waitUntil: 'load' });
    // The content script runs at document_idle and then asks the background; let everything settle.
    await page.waitForTimeout(settleMs);
    const profile = await stopProfiling(cdp);
    const after = (await cdp.send('Performance.getMetrics')).metrics;
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Performance.getMetrics')).metrics;
    const prefix = browser.extensionId ? `chrome-extension://${browser.extensionId}/` : 'chrome-extension://';
    const attribution = attribute(profile, prefix);
    await cdp.detach();
    return {
      extensionMs: attribution.extensionMs,
      longestMs: attribution.longestStretchMs,
      scriptMs: (metric(after, 'ScriptDuration') - metric(before, 'ScriptDuration')) * 1000,
      taskMs: (metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000,
      heapBytes: metric(heap, 'JSHeapUsedSize'),
      byFunction: attribution.byFunction,
    };
  } finally {
    await page.close();
  }
}

export async function measurePageCost(
  withExtension: BenchBrowser,
  without: BenchBrowser,
  {
    runs,
    settleMs,
    pages,
    warmUp = true,
  }: { runs: number; settleMs: number; pages: PageSpec['key'][]; warmUp?: boolean },
): Promise<{ cost: Section; memory: Figure; memoryNotes: string[] }> {
  await routePages(withExtension);
  await routePages(without);
  const figures: Figure[] = [];
  const notes: string[] = [];
  let longest = 0;
  let heapFigure: Figure | null = null;
  const memoryNotes: string[] = [];
  for (const spec of pageSpecs().filter((s) => pages.includes(s.key))) {
    // One unmeasured load each, so caches and compiled code are as warm for the first measured run as for the last.
    if (warmUp) {
      await oneRun(withExtension, spec, 500);
      await oneRun(without, spec, 500);
    }
    const on: Run[] = [];
    const off: Run[] = [];
    for (let i = 0; i < runs; i++) {
      on.push(await oneRun(withExtension, spec, settleMs));
      off.push(await oneRun(without, spec, settleMs));
    }
    const attributed = summarise(on.map((r) => r.extensionMs));
    const taskOn = summarise(on.map((r) => r.taskMs));
    const taskOff = summarise(off.map((r) => r.taskMs));
    const scriptOn = summarise(on.map((r) => r.scriptMs));
    const scriptOff = summarise(off.map((r) => r.scriptMs));
    const baselineExtension = summarise(off.map((r) => r.extensionMs));
    longest = Math.max(longest, ...on.map((r) => r.longestMs));
    const isProfile = spec.key === 'profile';
    const medianLimit = spec.key === 'nopeople' ? 2 : 20;
    figures.push(
      figure(
        `1-${spec.key}`,
        `${spec.label}: main-thread time in extension code, median of ${runs} loads at 4× CPU throttling`,
        round(attributed.median),
        'ms',
        spec.key === 'nopeople' ? '≈ 0 (≤ 2 ms)' : '≤ 20 ms',
        medianLimit,
      ),
      figure(
        `1-${spec.key}-p95`,
        `${spec.label}: main-thread time in extension code, p95`,
        round(attributed.p95),
        'ms',
        spec.key === 'nopeople' ? '≈ 0 (≤ 5 ms)' : '≤ 50 ms',
        spec.key === 'nopeople' ? 5 : 50,
      ),
      figure(
        `1-${spec.key}-task-delta`,
        `${spec.label}: TaskDuration with the extension minus without (medians)`,
        round(taskOn.median - taskOff.median),
        'ms',
        spec.key === 'nopeople' ? '≈ 0 (≤ 5 ms)' : '≤ 20 ms',
        spec.key === 'nopeople' ? 5 : 20,
      ),
    );
    const top = new Map<string, number>();
    for (const run of on)
      for (const [name, ms] of run.byFunction) top.set(name, (top.get(name) ?? 0) + ms / runs);
    notes.push(
      `${spec.label}: extension code median ${round(attributed.median)} ms, p95 ${round(attributed.p95)} ms, max ${round(attributed.max)} ms` +
        ` (the same attribution in the browser without the extension: ${round(baselineExtension.median)} ms). ` +
        `TaskDuration median ${round(taskOn.median)} ms with, ${round(taskOff.median)} ms without (p95 ${round(taskOn.p95)} / ${round(taskOff.p95)}); ` +
        `ScriptDuration median ${round(scriptOn.median)} ms with, ${round(scriptOff.median)} ms without (p95 ${round(scriptOn.p95)} / ${round(scriptOff.p95)}). ` +
        `Where the extension's time goes (self time per run, top 5): ${[...top]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(([name, ms]) => `${name} ${round(ms)} ms`)
          .join(', ')}.`,
    );
    if (isProfile) {
      const heapOn = summarise(on.map((r) => r.heapBytes));
      const heapOff = summarise(off.map((r) => r.heapBytes));
      const addedMb = (heapOn.median - heapOff.median) / (1024 * 1024);
      heapFigure = figure(
        '8-page',
        'JS heap added to a LinkedIn profile page by the content script (median with − median without, after GC)',
        round(addedMb, 3),
        'MB',
        '≤ 2 MB',
        2,
      );
      memoryNotes.push(
        `Page heap (JSHeapUsedSize after HeapProfiler.collectGarbage, the page's isolate: main world and the content script's isolated world), LinkedIn profile: median ${round(heapOn.median / 1048576, 3)} MB with the extension, ${round(heapOff.median / 1048576, 3)} MB without, over ${runs} loads each.`,
      );
    }
  }
  figures.push(
    figure(
      '1-longtask',
      'Longest continuous stretch of extension code on the main thread, any page, any run',
      round(longest),
      'ms',
      '< 50 ms (no long task from extension code)',
      49.999,
    ),
  );
  return {
    cost: {
      title: '1. Page cost',
      method:
        'Each page is served at its real URL with page.route (nothing reaches the network) and loaded in a new tab, starting from a blank page on the same origin so the load stays in one renderer; CPU throttled 4× (Emulation.setCPUThrottlingRate). ' +
        'Loads alternate between Chromium with the extension and a second Chromium without it (same flags). Each load is measured until 2.5 s after the load event (the content script runs at document_idle, then asks the background). ' +
        "Main figure: main-thread time in extension code, from a V8 CPU profile (CDP Profiler, 100 µs sampling) of the page's renderer: every sample with a frame from chrome-extension://<id>/ on its stack, so DOM calls made by the content script count too. " +
        'Task delta: CDP Performance.getMetrics TaskDuration over the same window, median with the extension minus median without; it includes style and layout the badges cause, and also all the noise of loading a large page, so it can be negative. ' +
        'Long tasks: a PerformanceObserver in the page cannot attribute a long task; the longest run of consecutive extension samples in the profile (interrupted by idle or by other work of 2 ms or more) stands for the longest task extension code ran.',
      figures,
      notes,
    },
    memory: heapFigure!,
    memoryNotes,
  };
}
