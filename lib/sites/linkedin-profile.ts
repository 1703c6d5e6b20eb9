import { embeddedProfile } from './linkedin-embedded-data';
import { isLinkedinPage, profileSlugOf } from './linkedin-links';
import { canonicalSlug, publicPerson } from './linkedin-public-data';
import { readTopCard, type TopCard } from './linkedin-top-cards';
import type { PersonFacts, SiteAdapter } from './site-adapter';
import { visibleText } from './text';

const PROFILE_PATH = /^\/in\/[^/]+/;

/**
 * A profile page (/in/<slug>/), logged in or out, in any of its layouts.
 *
 * Whose page it is comes from the URL, and the top card must confirm it
 * before anything is shown. That keeps the badge off the login wall LinkedIn
 * serves at the same URL, and off the previous profile while the app is
 * still swapping pages after an in-app navigation. The embedded data cannot
 * confirm it: it outlives in-app navigations and also describes the viewer.
 */
export const linkedinProfile: SiteAdapter = {
  id: 'linkedin-profile',
  site: 'linkedin',
  // LinkedIn is a single-page app: a visit that starts on the feed reaches
  // profiles without a page load, so the script must be there from the start.
  matches: ['https://www.linkedin.com/*'],
  detect: (url) => isLinkedinPage(url) && PROFILE_PATH.test(url.pathname),
  findIdentities(doc, url) {
    const slug = profileSlugOf(url.pathname);
    const card = slug ? readTopCard(doc) : undefined;
    if (!slug || !card || !cardShows(card, slug, doc)) return [];
    const identity = { kind: 'linkedin', value: slug } as const;
    const name = visibleText(card.heading);
    // The page's data names the person as their profile does (the card may add to it), but finding
    // them there parses large JSON blocks: with the card's other lines, a cost paid when the person
    // is added, not on every visit.
    const facts = (): PersonFacts => {
      const data = embeddedProfile(doc, slug) ?? publicPerson(doc, slug);
      const shown = card.details();
      return {
        name: data?.name ?? name,
        headline: data?.headline ?? shown.headline,
        company: data?.company ?? shown.company,
      };
    };
    if (name) return [{ identity, name, facts, anchor: card.heading }];
    // A heading with no name (yet): the page's data decides whether there is anyone to show.
    const read = facts();
    return read.name ? [{ identity, ...read, anchor: card.heading }] : [];
  },
  examples: [
    'https://www.linkedin.com/in/eduardo-alvarez-nowak/',
    'https://www.linkedin.com/in/J%C3%B6rg-M%C3%BCller-1a2b3c?originalSubdomain=se',
    'https://www.linkedin.com/in/anna-berg-4b1a2c/overlay/contact-info/',
  ],
};

/**
 * Logged in, the top card links to its own profile (the contact-info
 * overlay, the name or the notification bell), so those links say whose card
 * it is. The logged-out page links nowhere from its card, but it is never
 * updated in place, so its canonical URL is reliable.
 */
function cardShows(card: TopCard, slug: string, doc: Document): boolean {
  let linksProfiles = false;
  for (const link of card.card.querySelectorAll('a[href]')) {
    const linked = profileSlugOf(link.getAttribute('href') ?? '');
    if (linked === slug) return true;
    if (linked !== null) linksProfiles = true;
  }
  return !linksProfiles && canonicalSlug(doc) === slug;
}
