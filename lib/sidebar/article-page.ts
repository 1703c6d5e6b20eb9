import type { PagePerson } from '../messaging/page-people';
import type { FollowedTab } from './active-tab';

/**
 * The page a "Shared an article" records: the tab's (the sidebar's followed
 * tab, the popup's page being read), unless it is the person's own page
 * (their profile, a thread with them) or not a web page.
 */
export function articlePage(
  tab: Pick<FollowedTab, 'url' | 'title'> | null,
  people: readonly PagePerson[] | null,
  contactId: string,
): { url: string; title: string } | null {
  if (tab === null || tab.url === null || !/^https?:/.test(tab.url)) return null;
  if (people?.some((person) => person.contactId === contactId)) return null;
  return { url: tab.url, title: tab.title ?? tab.url };
}

/** What "Shared an article" will record, said beside the buttons before the user logs it. */
export function articleRecordingNote(article: { url: string; title: string } | null): string {
  return article
    ? `“Shared an article” records this tab: ${article.title} (${new URL(article.url).hostname})`
    : '“Shared an article” records no link: open the article in the current tab to record it.';
}
