import { gmail } from './gmail';
import { linkedinMessaging } from './linkedin-messaging';
import { linkedinNetwork } from './linkedin-network';
import { linkedinProfile } from './linkedin-profile';
import { linkedinSearch } from './linkedin-search';
import { outlook } from './outlook';
import type { SiteAdapter } from './site-adapter';

/**
 * Every page kind Rapport reads, in the order they are tried. Adding one is
 * a new adapter file and a line here; the content script's match patterns
 * follow from this list.
 */
export const adapters: readonly SiteAdapter[] = [
  linkedinProfile,
  linkedinSearch,
  linkedinNetwork,
  linkedinMessaging,
  gmail,
  outlook,
];

/** The adapter for the page at `url`, or null on pages that show no people (feed, jobs, settings, login). */
export function adapterFor(url: URL): SiteAdapter | null {
  return adapters.find((adapter) => adapter.detect(url)) ?? null;
}

/** Where the content script is injected: the union of the adapters' match patterns. */
export const contentMatches: readonly string[] = [...new Set(adapters.flatMap((adapter) => adapter.matches))];
