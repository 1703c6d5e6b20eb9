/**
 * Shared set-up for the overlay e2e tests: a backup file whose contacts are
 * people named on the saved site fixtures, and the fixture pages routed at
 * their real URLs.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { newContactDefaults } from '../../lib/db/contacts';
import type { Contact } from '../../lib/db/schema';
import { readFixture, serveHtml, type ExtensionSession } from './harness';
import { fixturesDir } from './paths';

export interface PersonSpec {
  id: string;
  name: string;
  levelId: string;
  linkedinSlugs?: string[];
  emails?: string[];
  /** How long ago they were added (the follow-up clock's start before any gesture); 1 by default. */
  addedDaysAgo?: number;
}

/** Writes a Rapport backup holding exactly these contacts, and returns its path. */
export function writeBackup(people: PersonSpec[], fileName = 'rapport-backup.json'): string {
  const now = Date.now();
  const contacts: Contact[] = people.map((person) => ({
    ...newContactDefaults,
    id: person.id,
    name: person.name,
    accountId: null,
    levelId: person.levelId,
    linkedinSlugs: person.linkedinSlugs ?? [],
    emails: person.emails ?? [],
    createdAt: now - (person.addedDaysAgo ?? 1) * 86_400_000,
    updatedAt: now,
  }));
  const backup = {
    format: 'rapport-backup',
    schemaVersion: 1,
    exportedAt: new Date(now).toISOString(),
    tables: {
      contacts,
      accounts: [],
      deals: [],
      gestures: [],
      followUps: [],
      notes: [],
      goals: [],
      accountIssues: [],
      settings: [],
    },
  };
  const file = join(mkdtempSync(join(tmpdir(), 'rapport-overlay-')), fileName);
  writeFileSync(file, JSON.stringify(backup));
  return file;
}

/** Routes a saved fixture page at `url` and opens it in a new tab. */
export async function openFixture(session: ExtensionSession, url: string, fixture: string): Promise<Page> {
  await serveHtml(session.context, url, readFixture(`${fixturesDir}/sites/${fixture}`));
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  ignored?: boolean;
}

/** Accessible names of every group (the badges' hover cards) that mentions Rapport. */
export async function rapportGroupNames(page: Page): Promise<string[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    return nodes
      .filter(
        (node) => !node.ignored && node.role?.value === 'group' && /Rapport/.test(node.name?.value ?? ''),
      )
      .map((node) => node.name!.value!);
  } finally {
    await cdp.detach();
  }
}
