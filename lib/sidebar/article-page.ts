import type { PagePerson } from '../messaging/page-people';
import type { FollowedTab } from './active-tab';

/**
 * The page a "Shared an article" records: the tab's (the sidebar's followed
 * tab, the popup's page being read), unless it is a page Rapport reads
 * people from (a profile, a mail thread, a search: anyone's, not only the
 * person's own) or not a web page.
 */
export function articlePage(
  tab: Pick<FollowedTab, 'url' | 'title'> | null,
  people: readonly PagePerson[] | null,
): { url: string; title: string } | null {
  if (tab === null || tab.url === null || !/^https?:/.test(tab.url)) return null;
  if (people !== null && people.length > 0) return null;
  return { url: tab.url, title: tab.title ?? tab.url };
}

/** Longer titles are cut in the note: some pages' titles run to several lines of a narrow panel. */
const NOTE_TITLE_LENGTH = 90;

/** What "Shared an article" will record, said beside the buttons before the user logs it. */
export function articleRecordingNote(article: { url: string; title: string } | null): string {
  if (!article)
    return '“Shared an article” records no link: open the article in the current tab to record it.';
  const title =
    article.title.length > NOTE_TITLE_LENGTH
      ? `${article.title.slice(0, NOTE_TITLE_LENGTH - 1).trimEnd()}…`
      : article.title;
  return `“Shared an article” records this tab: ${title} (${new URL(article.url).hostname})`;
}
