import { embeddedProfile } from './linkedin-embedded-data';
import { isLinkedinPage, profileSlugOf } from './linkedin-links';
import { canonicalSlug, publicPerson } from './linkedin-public-data';
import { readTopCard, type TopCard } from './linkedin-top-cards';
import type { FoundIdentity, SiteAdapter } from './site-adapter';
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
    const data = embeddedProfile(doc, slug) ?? publicPerson(doc, slug);
    const found: FoundIdentity = {
      identity: { kind: 'linkedin', value: slug },
      name: data?.name ?? visibleText(card.heading),
      headline: data?.headline ?? card.headline,
      company: data?.company ?? card.company,
      anchor: card.heading,
    };
    return found.name ? [found] : [];
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
  const linked = [...card.card.querySelectorAll('a[href]')]
    .map((link) => profileSlugOf(link.getAttribute('href') ?? ''))
    .filter((linkedSlug) => linkedSlug !== null);
  return linked.length > 0 ? linked.includes(slug) : canonicalSlug(doc) === slug;
}
