/**
 * Browsers for the benchmarks: Debian's Chromium with the production build
 * loaded (as tests/e2e/harness.ts launches it, same flags, nothing reaching
 * the network), and the same Chromium without the extension for baselines.
 * Unlike the e2e harness, a profile directory can be given, so a profile
 * holding a large imported database can be kept and measured again.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { chromeBuildDir, chromiumPath, fixturesDir } from '../../tests/e2e/paths';

const commonArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface BenchBrowser {
  context: BrowserContext;
  /** Null for the baseline browser without the extension. */
  extensionId: string | null;
  serviceWorker: Worker | null;
  profileDir: string;
  close(): Promise<void>;
}

/** Aborts every web request nothing routed: the fixtures are the only web. */
async function offline(context: BrowserContext): Promise<void> {
  await context.route(/^(https?|wss?):/, (route) => route.abort());
}

/**
 * Launches Chromium, with the extension unless `extension` is false. With
 * `fromProfile`, starts from a copy of that profile directory (its database
 * included); the copy is deleted on close (closeKeepingProfile keeps it).
 */
export async function launchBench({
  extension = true,
  fromProfile,
}: { extension?: boolean; fromProfile?: string } = {}): Promise<BenchBrowser> {
  const profileDir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  if (fromProfile) cpSync(fromProfile, profileDir, { recursive: true });
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: extension
      ? [
          `--disable-extensions-except=${chromeBuildDir}`,
          `--load-extension=${chromeBuildDir}`,
          // A DevTools port beside Playwright's pipe, for targets Playwright does not expose (the service worker).
          '--remote-debugging-port=0',
          ...commonArgs,
        ]
      : commonArgs,
  });
  await offline(context);
  let serviceWorker: Worker | null = null;
  let extensionId: string | null = null;
  if (extension) {
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(serviceWorker.url()).host;
  }
  return {
    context,
    extensionId,
    serviceWorker,
    profileDir,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Closes the browser and moves its profile to `dir` (replacing it), for later runs. */
export async function closeKeepingProfile(browser: BenchBrowser, dir: string): Promise<void> {
  await browser.context.close();
  rmSync(dir, { recursive: true, force: true });
  cpSync(browser.profileDir, dir, { recursive: true });
  rmSync(browser.profileDir, { recursive: true, force: true });
}

export function extensionUrl(browser: BenchBrowser, path: string): string {
  if (!browser.extensionId) throw new Error('no extension in this browser');
  return `chrome-extension://${browser.extensionId}/${path.replace(/^\//, '')}`;
}

export function fixture(name: string): string {
  return readFileSync(`${fixturesDir}/sites/${name}`, 'utf8');
}

/** Serves `html` at `url` (ignoring query and fragment) in every page of the context. */
export async function route(context: BrowserContext, url: string, html: string): Promise<void> {
  const target = new URL(url);
  await context.route(
    (candidate) => candidate.origin === target.origin && candidate.pathname === target.pathname,
    (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

export function hasProfile(dir: string | undefined): dir is string {
  return typeof dir === 'string' && existsSync(join(dir, 'Default'));
}

export async function cdpFor(page: Page): Promise<CDPSession> {
  return page.context().newCDPSession(page);
}

/**
 * Imports a backup file through the dashboard's "Import backup" control, as
 * a user does, into an empty database, and returns how long it took from
 * choosing the file to the "Imported N records" status (reading, checking
 * and writing). The e2e harness's helper does the same with a 30 s wait;
 * large imports need far longer.
 */
export async function importBackup(browser: BenchBrowser, file: string, timeoutMs: number): Promise<number> {
  const dashboard = await browser.context.newPage();
  try {
    await dashboard.goto(extensionUrl(browser, 'dashboard.html#/data'));
    const input = dashboard.getByLabel('Import backup');
    await input.waitFor({ state: 'attached' });
    const started = Date.now();
    await input.setInputFiles(file);
    const done = dashboard
      .getByRole('status')
      .filter({ hasText: /Imported [\d,]+ records? from|not imported/ });
    await done.waitFor({ timeout: timeoutMs });
    const elapsed = Date.now() - started;
    const text = (await done.textContent()) ?? '';
    if (!/Imported/.test(text)) throw new Error(`import failed: ${text}`);
    return elapsed;
  } finally {
    await dashboard.close();
  }
}

/**
 * The service worker's JS heap after a garbage collection, in bytes, through
 * a DevTools connection on the port the extension browser opens (Playwright
 * gives no CDP session for workers). Null if the worker cannot be reached.
 */
export async function serviceWorkerHeap(browser: BenchBrowser): Promise<number | null> {
  const portFile = join(browser.profileDir, 'DevToolsActivePort');
  if (!existsSync(portFile)) return null;
  const port = readFileSync(portFile, 'utf8').split('\n')[0]!.trim();
  const puppeteer = await import('puppeteer-core');
  const remote = await puppeteer.default.connect({
    browserURL: `http://127.0.0.1:${port}`,
    defaultViewport: null,
  });
  try {
    const target = await remote.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'),
      { timeout: 10_000 },
    );
    const session = await target.createCDPSession();
    await session.send('HeapProfiler.enable');
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    await session.detach();
    return usedSize;
  } catch {
    return null;
  } finally {
    await remote.disconnect();
  }
}
