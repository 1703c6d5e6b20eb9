/**
 * The page overlay's loop: read the people on the page with the site's
 * adapter, look the new ones up in one batched message, and keep exactly one
 * badge beside each place a person is named. It re-runs on every (debounced)
 * DOM change and in-app navigation, and forgets what it knew whenever the
 * data changes elsewhere, so badges stay live without a reload.
 */
import type { FoundIdentity, SiteAdapter } from '../sites/site-adapter';
import { identityKey, type Identity } from '../domain/identity';
import type { PagePerson } from '../messaging/page-people-port';
import type { LookupResult } from '../messaging/protocol';
import { isPlacedAt, placeBadgeHost, type BadgeHost } from '../dom/badge-host';
import { createBadge, renderBadge, type BadgeState } from './badge';

export interface OverlayDeps {
  adapterFor(url: URL): SiteAdapter | null;
  /** Results in the order asked, or null when the background could not answer. */
  lookup(identities: Identity[]): Promise<LookupResult[] | null>;
  /** Adds the person; resolves to an error message, or null on success. */
  capture(event: Event, found: FoundIdentity): Promise<string | null>;
  /** Opens the sidebar on a known contact; see BadgeActions.openSidebar. */
  openSidebar(event: Event, contactId: string, focus: 'card' | 'log'): Promise<boolean | string>;
  onPageChange(callback: () => void, signal: AbortSignal): void;
  /**
   * Whether the page may have changed since onPageChange last called back.
   * While it says false, a render that only shows new answers (a lookup, a
   * data change, a capture) reuses the people the last render read instead
   * of reading the whole page again. Without it, every render reads the page.
   */
  pageChangePending?(): boolean;
  onDataChange(callback: () => void, signal: AbortSignal): void;
  /** Hears who is on the page (once each, after their lookup answered) after every render. */
  reportPeople(people: PagePerson[]): void;
}

/** The background accepts at most this many identities per lookup. */
const LOOKUP_BATCH = 200;

/**
 * Badges built or rebuilt per task. A long list (an inbox, search results)
 * gets the rest in the following tasks, so that showing them never holds the
 * page's main thread for long (no long task from the overlay).
 */
const BADGES_PER_TASK = 10;

interface PlacedBadge {
  badge: BadgeHost;
  /** What the badge currently shows, to skip re-rendering (and re-observing) an unchanged badge. */
  shown: string;
}

export function startOverlay(doc: Document, deps: OverlayDeps, signal: AbortSignal): void {
  const known = new Map<string, LookupResult>();
  /** Known results to ask again about; the badge keeps showing them meanwhile, so nothing flickers. */
  const stale = new Set<string>();
  const inFlight = new Set<string>();
  /** Capture progress or failure per identity, shown instead of the lookup result. */
  const captures = new Map<string, BadgeState>();
  const placed = new Map<Element, PlacedBadge>();
  /** The next task's share of badges, when one render left some for later. */
  let continuation: ReturnType<typeof setTimeout> | undefined;
  /** Whether onDataChange is listened to: from the first person found on. */
  let subscribed = false;
  /** What the last render read off the page, and at which address. */
  let lastRead: { href: string; people: FoundIdentity[] } | null = null;

  const readPage = (): FoundIdentity[] => {
    const href = doc.location.href;
    const url = new URL(href);
    const adapter = deps.adapterFor(url);
    const people = adapter ? adapter.findIdentities(doc, url) : [];
    lastRead = { href, people };
    return people;
  };

  /** The people on the page: the last read when nothing can have changed since, else a fresh one. */
  const peopleNow = (fresh: boolean): FoundIdentity[] =>
    !fresh && lastRead && lastRead.href === doc.location.href && deps.pageChangePending?.() === false
      ? lastRead.people
      : readPage();

  const stateFor = (key: string, found: FoundIdentity): BadgeState | null => {
    const capture = captures.get(key);
    if (capture) return capture;
    const result = known.get(key);
    if (!result) return null;
    return result.status === 'known'
      ? { kind: 'known', contact: result.contact }
      : { kind: 'unknown', name: found.name };
  };

  const lookupMissing = (people: FoundIdentity[]) => {
    const missing = new Map<string, Identity>();
    for (const { identity } of people) {
      const key = identityKey(identity);
      if ((!known.has(key) || stale.has(key)) && !inFlight.has(key)) missing.set(key, identity);
    }
    const identities = [...missing.values()];
    for (let start = 0; start < identities.length; start += LOOKUP_BATCH) {
      const batch = identities.slice(start, start + LOOKUP_BATCH);
      const keys = batch.map(identityKey);
      keys.forEach((key) => inFlight.add(key));
      void deps.lookup(batch).then((results) => {
        keys.forEach((key) => inFlight.delete(key));
        if (signal.aborted || !results) return;
        results.forEach((result, index) => {
          known.set(keys[index]!, result);
          stale.delete(keys[index]!);
        });
        render();
      });
    }
  };

  const capture = (event: Event, key: string, found: FoundIdentity) => {
    captures.set(key, { kind: 'saving', name: found.name });
    render();
    void deps.capture(event, found).then(async (error) => {
      if (error) {
        captures.set(key, { kind: 'failed', name: found.name, message: error });
      } else {
        // Show the new badge straight from a fresh lookup, never the stale "unknown" in between.
        const [result] = (await deps.lookup([found.identity])) ?? [];
        if (result) known.set(key, result);
        captures.delete(key);
      }
      render();
    });
  };

  /** `fresh`: read the page again even when nothing seems to have changed (the page did change). */
  function render(fresh = false): void {
    if (signal.aborted) return;
    const people = peopleNow(fresh);
    if (!subscribed && people.length > 0) {
      // Data changes only matter once there are badges to refresh.
      subscribed = true;
      deps.onDataChange(onDataChanged, signal);
    }
    lookupMissing(people);
    let budget = BADGES_PER_TASK;
    let more = false;
    const seen = new Set<Element>();
    const reported = new Map<string, PagePerson>();
    for (const found of people) {
      const key = identityKey(found.identity);
      const result = known.get(key);
      if (result && !reported.has(key)) {
        const contactId = result.status === 'known' ? result.contact.contactId : null;
        reported.set(key, { identity: found.identity, name: found.name, contactId });
      }
      const state = stateFor(key, found);
      if (!state) continue;
      let entry = placed.get(found.anchor);
      const shown = JSON.stringify(state);
      if (!entry || shown !== entry.shown) {
        if (budget === 0) {
          // Left for the next task; a badge already there stays as it is meanwhile.
          more = true;
          if (entry) seen.add(found.anchor);
          continue;
        }
        budget--;
        if (!entry) {
          entry = { badge: createBadge(doc), shown: '' };
          placed.set(found.anchor, entry);
        }
        renderBadge(entry.badge, state, {
          capture: (event) => capture(event, key, found),
          openSidebar: (event, focus) =>
            state.kind === 'known'
              ? deps.openSidebar(event, state.contact.contactId, focus)
              : Promise.resolve(false),
        });
        entry.shown = shown;
      }
      seen.add(found.anchor);
      if (!isPlacedAt(entry.badge.host, found.anchor)) placeBadgeHost(entry.badge.host, found.anchor);
    }
    for (const [anchor, entry] of placed) {
      if (!seen.has(anchor)) {
        entry.badge.host.remove();
        placed.delete(anchor);
      }
    }
    deps.reportPeople([...reported.values()]);
    if (more && continuation === undefined) {
      continuation = setTimeout(() => {
        continuation = undefined;
        render();
      }, 0);
    }
  }

  function onDataChanged(): void {
    for (const key of known.keys()) stale.add(key);
    render();
  }

  deps.onPageChange(() => render(true), signal);
  signal.addEventListener('abort', () => {
    clearTimeout(continuation);
    for (const entry of placed.values()) entry.badge.host.remove();
    placed.clear();
    deps.reportPeople([]);
  });
  render(true);
}
