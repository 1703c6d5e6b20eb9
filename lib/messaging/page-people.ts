/**
 * Extension-page side of "who is on this page" (see page-people-port.ts):
 * the sidebar and the popup follow the people the overlay found on a tab.
 *
 * What the content script posts is validated like any message from a page's
 * context. The port closes when the tab navigates to a new document or has
 * no Rapport content script (not a supported site): the list is then empty,
 * and the watcher connects again when the tab finishes loading, because a
 * full page load brings a new content script that knows nothing of us. The
 * content script runs at document_idle, which can come after the tab reports
 * "complete", so a refused connection is retried a few times.
 */
import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import { emailSchema, idSchema, linkedinSlugSchema, MAX_NAME } from '../db/schema';
import { MAX_LOOKUP_IDENTITIES } from './protocol';
import { PAGE_PEOPLE_PORT_NAME, type PagePerson } from './page-people-port';

export type { PagePerson } from './page-people-port';

const pagePersonSchema = z.strictObject({
  identity: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('linkedin'), value: linkedinSlugSchema }),
    z.strictObject({ kind: z.literal('email'), value: emailSchema }),
  ]),
  name: z.string().max(MAX_NAME),
  contactId: idSchema.nullable(),
});

/** Delays before connecting again when the content script did not answer (not injected yet, or none). */
const RETRY_DELAYS_MS = [250, 1_000, 3_000];

const noticeSchema = z.strictObject({
  type: z.literal('page-people'),
  people: z.array(pagePersonSchema).max(MAX_LOOKUP_IDENTITIES),
});

/**
 * Calls `listener` with the people on tab `tabId` now and whenever they
 * change; with [] while the tab shows nobody Rapport can see. Returns stop().
 */
export function watchPagePeople(tabId: number, listener: (people: PagePerson[]) => void): () => void {
  let port: Browser.runtime.Port | undefined;
  let stopped = false;
  let last: PagePerson[] | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const tell = (people: PagePerson[]) => {
    if (stopped || (people.length === 0 && last?.length === 0)) return;
    last = people;
    listener(people);
  };

  const connect = (attempt: number) => {
    clearTimeout(retry);
    port?.disconnect();
    try {
      port = browser.tabs.connect(tabId, { name: PAGE_PEOPLE_PORT_NAME, frameId: 0 });
    } catch {
      // No such tab (closed), or one the extension may not reach.
      port = undefined;
      tell([]);
      return;
    }
    const opened = port;
    let answered = false;
    opened.onMessage.addListener((message: unknown) => {
      answered = true;
      const notice = noticeSchema.safeParse(message);
      if (notice.success) tell(notice.data.people);
    });
    opened.onDisconnect.addListener(() => {
      // Reading lastError keeps Chrome from logging "Could not establish connection" as unchecked.
      void browser.runtime.lastError;
      if (port !== opened) return;
      port = undefined;
      tell([]);
      const delay = RETRY_DELAYS_MS[attempt];
      if (!answered && delay !== undefined && !stopped) retry = setTimeout(() => connect(attempt + 1), delay);
    });
  };

  const onUpdated = (updatedTabId: number, change: Browser.tabs.OnUpdatedInfo) => {
    if (updatedTabId === tabId && change.status === 'complete') connect(0);
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  connect(0);

  return () => {
    stopped = true;
    clearTimeout(retry);
    browser.tabs.onUpdated.removeListener(onUpdated);
    port?.disconnect();
  };
}
