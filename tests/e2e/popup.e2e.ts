/**
 * The popup in real Chromium: reminders seeded through a backup import show
 * grouped and in priority order with the engine's reasons; "Shared this
 * with…" logs the article being read for a suggested contact with one click
 * and the list changes; axe finds no serious or critical problems.
 *
 * The popup is opened as a tab (chrome-extension://<id>/popup.html). It is
 * then itself the active tab, so it takes "the page being read" to be the
 * most recently used other tab (lib/popup/active-page.ts): the article tab,
 * brought to the front just before. The article is served at a LinkedIn
 * address because Rapport may read a tab's URL and title only on the sites it
 * has host permissions for (or, in real use, the tab it was invoked on).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeProblems } from './axe';
import {
  importBackupThroughDashboard,
  launchWithExtension,
  serveHtml,
  snap,
  type ExtensionSession,
} from './harness';
import { writeBackup } from './overlay-helpers';

const DAY = 86_400_000;
const ARTICLE_URL = 'https://www.linkedin.com/pulse/kubernetes-security-retail-banks-rapport-test/';
const ARTICLE_TITLE = 'Kubernetes security for retail banks';
const articleHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${ARTICLE_TITLE}</title></head>
<body><main><h1>${ARTICLE_TITLE}</h1><p>What changed this year.</p></main></body></html>`;

/** A backup with four contacts, each due through an explicit follow-up, and Kim interested in the article. */
function seededBackup(now: number): string {
  const file = writeBackup([
    { id: 'olga', name: 'Olga Overdue', levelId: 'client', linkedinSlugs: ['olga-overdue'] },
    { id: 'kim', name: 'Kim Kube', levelId: 'prospect', emails: ['kim@northbank.example'] },
    { id: 'tom', name: 'Tom Today', levelId: 'prospect' },
    { id: 'wes', name: 'Wes Week', levelId: 'prospect' },
    { id: 'nat', name: 'Nat Notdue', levelId: 'prospect' },
  ]);
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  const stamps = { createdAt: now - 2 * DAY, updatedAt: now - 2 * DAY };
  backup.tables.contacts.find((c: { id: string }) => c.id === 'kim').interests = ['Kubernetes security'];
  const followUp = (id: string, contactId: string, dueAt: number) => ({
    id,
    contactId,
    dueAt,
    reason: 'Follow up',
    source: 'manual',
    goalId: null,
    stepId: null,
    snoozedUntil: null,
    doneAt: null,
    ...stamps,
  });
  backup.tables.followUps = [
    followUp('f-olga', 'olga', now - 3 * DAY),
    followUp('f-kim', 'kim', now - 1 * DAY),
    followUp('f-tom', 'tom', now),
    followUp('f-wes', 'wes', now + 2 * DAY),
  ];
  writeFileSync(file, JSON.stringify(backup));
  return file;
}

async function entryNames(popup: Page): Promise<string[]> {
  return popup
    .getByRole('list', { name: 'Needs attention' })
    .getByRole('listitem')
    .locator('.entry-name')
    .allTextContents();
}

describe('the popup', () => {
  let session: ExtensionSession;
  let popup: Page;

  beforeAll(async () => {
    session = await launchWithExtension();
    const dashboard = await importBackupThroughDashboard(session, seededBackup(Date.now()));
    await dashboard.close();
    await serveHtml(session.context, ARTICLE_URL, articleHtml);
    const article = await session.context.newPage();
    await article.goto(ARTICLE_URL);
    await article.bringToFront();
    popup = await session.context.newPage();
    await popup.goto(session.pageUrl('popup.html'));
  });
  afterAll(() => session?.close());

  it('lists who needs attention, grouped and in priority order, with the reasons', async () => {
    const list = popup.getByRole('list', { name: 'Needs attention' });
    await list.getByRole('listitem').first().waitFor();
    await expect.poll(() => entryNames(popup)).toEqual(['Olga Overdue', 'Kim Kube', 'Tom Today', 'Wes Week']);
    const items = list.getByRole('listitem');
    await expect(items.nth(0).textContent()).resolves.toMatch(/Overdue: follow-up 3 days overdue/);
    await expect(items.nth(0).textContent()).resolves.toMatch(/no value-adding gesture yet/);
    await expect(items.nth(0).textContent()).resolves.toMatch(/Client/);
    await expect(items.nth(2).textContent()).resolves.toMatch(/Due today: follow-up due today/);
    await expect(items.nth(3).textContent()).resolves.toMatch(/This week: follow-up due/);
    await expect(popup.getByRole('button', { name: 'Needs attention (4)' }).count()).resolves.toBe(1);
    await snap(popup, 'popup-1-needs-attention');
    expect(await seriousAxeProblems(popup)).toEqual([]);
  });

  it('opens again on the list the last popup saved, drawn before React has started', async () => {
    const again = await session.context.newPage();
    // Runs before the popup's scripts: notes what the list showed when an entry first became visible.
    await again.addInitScript(() => {
      const observer = new MutationObserver(() => {
        const list = document.querySelector('[role="list"][aria-label="Needs attention"]');
        const names = [...(list?.querySelectorAll('[role="listitem"] .entry-name') ?? [])].map(
          (name) => name.textContent,
        );
        if (names.length === 0) return;
        observer.disconnect();
        const root = document.getElementById('root')!;
        Object.assign(window, {
          firstSeen: { names, reactStarted: Object.keys(root).some((key) => key.startsWith('__react')) },
        });
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await again.goto(session.pageUrl('popup.html'));
    await expect.poll(() => entryNames(again)).toEqual(['Olga Overdue', 'Kim Kube', 'Tom Today', 'Wes Week']);
    const firstSeen = await again.evaluate(() => (window as { firstSeen?: unknown }).firstSeen);
    expect(firstSeen).toEqual({
      names: ['Olga Overdue', 'Kim Kube', 'Tom Today', 'Wes Week'],
      reactStarted: false,
    });
    await expect(again.getByRole('list', { name: 'Needs attention' }).count()).resolves.toBe(1);
    await again.close();
  });

  it('follows the system’s dark mode, still readable', async () => {
    await popup.emulateMedia({ colorScheme: 'dark' });
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(21, 25, 31)');
    await snap(popup, 'popup-1-dark');
    expect(await seriousAxeProblems(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('opens an entry’s actions from the keyboard', async () => {
    await popup.getByRole('button', { name: /Olga Overdue/ }).focus();
    await popup.keyboard.press('ArrowDown');
    await expect(
      popup.evaluate(() => document.activeElement?.closest('[role="listitem"]')?.textContent ?? ''),
    ).resolves.toMatch(/Kim Kube/);
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: 'Kim Kube' }).waitFor();
    await expect(popup.getByRole('link', { name: 'Compose email' }).getAttribute('href')).resolves.toBe(
      'mailto:kim@northbank.example',
    );
    await snap(popup, 'popup-1-entry-actions');
    expect(await seriousAxeProblems(popup)).toEqual([]);
    await popup.keyboard.press('Escape');
    await popup.getByRole('heading', { name: 'Kim Kube' }).waitFor({ state: 'detached' });
  });

  it('logs the article being read for a suggested contact with one click, and the list changes', async () => {
    await popup.getByRole('button', { name: 'Shared this with…' }).click();
    await popup.getByText(ARTICLE_TITLE, { exact: true }).waitFor();
    const kim = popup.getByRole('button', { name: 'Log as shared with Kim Kube' });
    await kim.waitFor();
    await expect(popup.getByText(/matches Kubernetes security/).count()).resolves.toBe(1);
    await snap(popup, 'popup-2-shared-this-with');
    expect(await seriousAxeProblems(popup)).toEqual([]);

    await kim.click();
    await popup.getByText(`Logged “${ARTICLE_TITLE}” as shared with Kim Kube.`).waitFor();
    await popup.getByRole('button', { name: /^Needs attention/ }).click();
    await expect.poll(() => entryNames(popup)).toEqual(['Olga Overdue', 'Tom Today', 'Wes Week']);
    await expect(popup.getByRole('button', { name: 'Needs attention (3)' }).count()).resolves.toBe(1);
    await snap(popup, 'popup-3-after-sharing');

    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => entryNames(popup)).toEqual(['Olga Overdue', 'Kim Kube', 'Tom Today', 'Wes Week']);
    expect(session.extensionRequests).toEqual([]);
  });
});
