/**
 * Rendering the popup in happy-dom: a database of its own, a fixed clock, a
 * page tab to share and open the sidebar on, and a layout size for the
 * virtualised list (happy-dom lays nothing out, so every element would
 * otherwise measure 0 px tall and the list would render no rows).
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { expect, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/popup/app';
import type { RapportDatabase } from '../../../lib/db/database';
import { freshDatabase, seedDatabase } from '../../db/test-database';
import { NOW } from '../../domain/builders';

export const now = () => NOW;
export const VIEWPORT_HEIGHT = 440;
export const PAGE_TAB_ID = 42;
export const ARTICLE = {
  url: 'https://news.example.com/kubernetes-security',
  title: 'Kubernetes security for retail banks',
};

let restoreHeight: (() => void) | null = null;

export function layOutViewport(height = VIEWPORT_HEIGHT) {
  const descriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
  restoreHeight = () => {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, 'clientHeight', descriptor);
  };
}

export function resetEnvironment() {
  restoreHeight?.();
  restoreHeight = null;
  fakeBrowser.reset();
}

/** The tab the popup finds as "the page being read". */
export function pageTab(page: { url?: string; title?: string } = ARTICLE) {
  const tab = { id: PAGE_TAB_ID, windowId: 1, active: true, index: 0, ...page } as Browser.tabs.Tab;
  vi.spyOn(browser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([tab] as never);
}

export async function renderPopup(data: Parameters<typeof seedDatabase>[1]): Promise<RapportDatabase> {
  const database = freshDatabase();
  await seedDatabase(database, data);
  render(<App database={database} now={now} />);
  return database;
}

export function needsAttention() {
  return screen.getByRole('list', { name: 'Needs attention' });
}

/** The names in the list's entries, in order (the first line of each entry). */
export async function entryNames(): Promise<string[]> {
  const items = within(needsAttention()).queryAllByRole('listitem');
  return items.map((item) => item.querySelector('.entry-name')?.textContent ?? '');
}

/** Waits until the list shows entries with their people's details loaded. */
export async function listReady(count?: number): Promise<void> {
  await waitFor(
    async () => {
      const names = await entryNames();
      if (count !== undefined) expect(names).toHaveLength(count);
      expect(names.length).toBeGreaterThan(0);
      expect(names).not.toContain('Loading…');
    },
    { timeout: 3_000 },
  );
}
