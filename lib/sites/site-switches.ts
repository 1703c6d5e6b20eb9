/**
 * Which sites the overlay runs on. The user can switch each site off in the
 * dashboard's settings; the content script of a switched-off site starts
 * nothing and shows no badge, and follows the switch live.
 *
 * Kept in storage.local rather than the database: the content script must
 * read it, and a content script cannot open the extension's IndexedDB
 * (DESIGN.md). It is untrusted on read, checked by hand because the content
 * script bundles no Zod: anything that is not a boolean means "on".
 */
import { browser } from 'wxt/browser';

export const sites = [
  { id: 'linkedin', label: 'LinkedIn', hosts: ['www.linkedin.com'] },
  { id: 'gmail', label: 'Gmail', hosts: ['mail.google.com'] },
  {
    id: 'outlook',
    label: 'Outlook on the web',
    hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'],
  },
] as const;
export type SiteId = (typeof sites)[number]['id'];
export type SiteSwitches = Record<SiteId, boolean>;

export const SITE_SWITCHES_KEY = 'site-switches';

export function siteOfHost(hostname: string): SiteId | null {
  return sites.find((site) => (site.hosts as readonly string[]).includes(hostname))?.id ?? null;
}

function switchesFrom(stored: unknown): SiteSwitches {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return Object.fromEntries(
    sites.map(({ id }) => [id, typeof record[id] === 'boolean' ? record[id] : true]),
  ) as SiteSwitches;
}

export async function readSiteSwitches(): Promise<SiteSwitches> {
  const stored: Record<string, unknown> = await browser.storage.local.get(SITE_SWITCHES_KEY);
  return switchesFrom(stored[SITE_SWITCHES_KEY]);
}

export async function writeSiteSwitches(switches: SiteSwitches): Promise<void> {
  await browser.storage.local.set({ [SITE_SWITCHES_KEY]: switchesFrom(switches) });
}

/** Calls `listener` with the new switches whenever they change, until `signal` aborts. */
export function onSiteSwitchesChanged(listener: (switches: SiteSwitches) => void, signal: AbortSignal): void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SITE_SWITCHES_KEY in changes)
      listener(switchesFrom(changes[SITE_SWITCHES_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
