import { viewerSlug } from './linkedin-embedded-data';
import { isLinkedinPage, profileSlugOf } from './linkedin-links';
import type { FoundIdentity, SiteAdapter } from './site-adapter';
import { visibleText } from './text';

/**
 * LinkedIn's lists of people (search results, My Network, messaging) share
 * no markup but one pattern: every person is a card (an <li>, or a
 * role=listitem in the server-driven layout) holding two or three links to
 * their /in/ profile (photo, name, sometimes a button), and sometimes one
 * link to somebody else (a mutual connection in the insight line).
 */
const CARD = 'li, [role="listitem"]';
// LinkedIn's screen-reader-only text ("View Jane Doe’s profile", "Status is reachable").
const SCREEN_READER_ONLY = '.visually-hidden';
// The server-driven lists put the degree after the name: "Jane Doe • 2nd".
const DEGREE_SUFFIX = /\s+[•·]\s.*$/;

/**
 * One identity per card, for the person the card is about: the profile with
 * the most links in it, the first on a tie. A link outside any card (the
 * header of an open conversation) is its own card. The viewer (their own
 * messages) is left out.
 */
export function findPeopleInCards(doc: Document): FoundIdentity[] {
  // The global navigation, with the viewer's own profile link, is outside <main>.
  const scope = doc.querySelector('main') ?? doc.body;
  if (!scope) return [];
  const viewer = viewerSlug(doc);
  const linksByCard = new Map<Element, Map<string, Element[]>>();
  for (const link of scope.querySelectorAll('a[href*="/in/"]')) {
    const slug = profileSlugOf(link.getAttribute('href') ?? '');
    if (!slug || slug === viewer) continue;
    const card = link.closest(CARD) ?? link;
    const bySlug = linksByCard.get(card) ?? new Map<string, Element[]>();
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), link]);
    linksByCard.set(card, bySlug);
  }
  const found: FoundIdentity[] = [];
  for (const [card, bySlug] of linksByCard) {
    const [slug, links] = [...bySlug].reduce((best, entry) =>
      entry[1].length > best[1].length ? entry : best,
    );
    // The badge goes after the name link; the photo link has no text.
    const named = links
      .map((link) => ({ link, name: displayName(link) }))
      .find((candidate) => candidate.name);
    const name = named?.name;
    if (!named || !name) continue;
    found.push({
      identity: { kind: 'linkedin', value: slug },
      name,
      anchor: named.link,
      facts: () => ({ name, headline: cardHeadline(card) }),
    });
  }
  return found;
}

/**
 * The line under the name (a search result's headline, a suggestion's
 * occupation), kept with the person when they are added. Cards give the
 * company only inside that line, in the member's own words and language, so
 * it is not guessed at.
 */
const HEADLINE = '.entity-result__primary-subtitle, .discover-person-card__occupation';

function cardHeadline(card: Element): string | undefined {
  return visibleText(card.querySelector(HEADLINE)) || undefined;
}

/** The first text a sighted reader sees in a link; a photo-only link has none. */
function displayName(link: Element): string | undefined {
  const texts = link.ownerDocument.createTreeWalker(link, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    if (!node.textContent?.trim() || node.parentElement?.closest(SCREEN_READER_ONLY)) continue;
    return visibleText(node.parentElement).replace(DEGREE_SUFFIX, '') || undefined;
  }
  return undefined;
}

/** An adapter for one kind of LinkedIn page that lists people. */
export function linkedinPeopleList(page: {
  id: string;
  path: RegExp;
  examples: readonly string[];
}): SiteAdapter {
  return {
    id: page.id,
    site: 'linkedin',
    // A single-page app: see linkedinProfile.matches.
    matches: ['https://www.linkedin.com/*'],
    detect: (url) => isLinkedinPage(url) && page.path.test(url.pathname),
    findIdentities: (doc) => findPeopleInCards(doc),
    examples: page.examples,
  };
}
