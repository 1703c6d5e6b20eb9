/**
 * The channel on which an extension page (sidebar, popup) asks a tab's
 * content script who the overlay found on the page. Shared by both sides, so
 * it stays free of Zod and Dexie: the content script bundles it.
 *
 * The extension page connects to the tab (tabs.connect, top frame only); the
 * content script posts the current list at once and again whenever it
 * changes. Nothing goes through the background and nothing is stored.
 */
import type { Identity } from '../domain/identity';

export const PAGE_PEOPLE_PORT_NAME = 'rapport-page-people';

/** One person the overlay found on the page (several places naming them count once). */
export interface PagePerson {
  identity: Identity;
  /** As the page shows it. */
  name: string;
  /** Their contact when Rapport knows them; null for someone not in Rapport (yet). */
  contactId: string | null;
}

export interface PagePeopleNotice {
  type: 'page-people';
  people: PagePerson[];
}
