/**
 * Launches Debian's Chromium with the built extension and serves the
 * supported sites from committed fixtures, so tests drive the real extension
 * on pages at their real URLs without touching the network.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromeBuildDir, chromiumPath, screenshotDir } from './paths';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /**
   * Web requests made by the extension itself (its service worker or its
   * pages). Rapport never makes any; the fixture pages' own requests (a saved
   * page's images and scripts) are refused too but are not listed here.
   */
  extensionRequests: string[];
  pageUrl(path: string): string;
  close(): Promise<void>;
}

export async function launchWithExtension({ headless = true } = {}): Promise<ExtensionSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${chromeBuildDir}`,
      `--load-extension=${chromeBuildDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const extensionRequests: string[] = [];
  // Nothing may reach the network: any web request not routed to a fixture is recorded and refused.
  // (The extension's own pages load from chrome-extension:// and pass through.)
  await context.route(/^(https?|wss?):/, (route) => {
    const request = route.request();
    let fromExtensionPage = false;
    try {
      fromExtensionPage = request.frame().url().startsWith('chrome-extension://');
    } catch {
      // Service-worker requests have no frame.
    }
    if (request.serviceWorker() || fromExtensionPage) extensionRequests.push(request.url());
    return route.abort();
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    extensionRequests,
    pageUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Restores a backup file through the dashboard's "Import backup" control, as
 * a user does; with `replacing`, also confirms "Replace my data", which the
 * dashboard asks for when data already exists.
 */
export async function importBackupThroughDashboard(
  session: ExtensionSession,
  file: string,
  { replacing = false } = {},
): Promise<Page> {
  const dashboard = await session.context.newPage();
  await dashboard.goto(session.pageUrl('dashboard.html#/data'));
  await dashboard.getByLabel('Import backup').setInputFiles(file);
  if (replacing) await dashboard.getByRole('button', { name: 'Replace my data' }).click();
  await dashboard
    .getByRole('status')
    .filter({ hasText: /Imported [\d,]+ records? from/ })
    .waitFor();
  return dashboard;
}

/** Serves `html` at `url` (exactly, ignoring query and fragment) for every page in the context. */
export async function serveHtml(context: BrowserContext, url: string, html: string): Promise<void> {
  const target = new URL(url);
  await context.route(
    (candidate) => candidate.origin === target.origin && candidate.pathname === target.pathname,
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}

export function readFixture(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Saves a full-page screenshot of an e2e step under test-results/screenshots/. */
export async function snap(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
