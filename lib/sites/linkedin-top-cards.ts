import { visibleText } from './text';

/**
 * The top card of a profile page: the name heading (where the badge goes)
 * and what the page shows next to it. LinkedIn serves three layouts of it,
 * each read by its own small reader below; the first layout whose card is
 * on the page wins.
 */
export interface TopCard {
  card: Element;
  heading: Element;
  /** The headline and current company the card shows: only for a capture, so read only when asked. */
  details(): CardDetails;
}

export interface CardDetails {
  headline?: string;
  company?: string;
}

interface Layout {
  /** Whether the section is this layout's card. */
  isCard(section: Element): boolean;
  /** The name heading within the card. */
  heading: string;
  details(card: Element, heading: Element, doc: Document): CardDetails;
}

function withText(text: string): string | undefined {
  return text ? text : undefined;
}

/**
 * Newer server-driven layout (2025): hashed class names only; the card is
 * the section whose `componentkey` ends in "Topcard"
 * (com.linkedin.sdui.profile.card.ref…HQTopcard), the name is an h2, and
 * the lines after it are plain <p>s: degree markers ("· 1st"), the
 * headline, "Company · School", the location.
 */
const serverDriven: Layout = {
  isCard: (section) => (section.getAttribute('componentkey') ?? '').toLowerCase().includes('topcard'),
  heading: 'h2',
  details(card, heading) {
    const headlineLine = [...card.querySelectorAll('p')].find(
      (line) =>
        heading.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING &&
        !line.querySelector('a') &&
        !/^[·•]/.test(visibleText(line)) &&
        visibleText(line) !== '',
    );
    // The current company and the school are look-alike buttons; only the
    // placeholder icon (svg id "company-accent-4" vs "school-accent-4") says
    // which is which, in every UI language.
    const companyButton = [...card.querySelectorAll('[role="button"]')].find((button) =>
      button.querySelector('svg[id^="company"]'),
    );
    return {
      headline: withText(visibleText(headlineLine)),
      company: withText(visibleText(companyButton?.querySelector('p'))),
    };
  },
};

/**
 * Classic logged-in layout (Ember, 2024): the card is the section carrying
 * the member id and the name is its h1.
 */
const classic: Layout = {
  isCard: (section) => section.hasAttribute('data-member-id'),
  heading: 'h1',
  details: (card, _heading, doc) => ({
    // The headline div has no hook but its utility classes, stable since 2021.
    headline: withText(visibleText(card.querySelector('.text-body-medium'))),
    company: classicCurrentCompany(doc, card),
  }),
};

/**
 * The classic card lists the current company and the school as identical
 * buttons that differ only in their localized aria-label ("Current company:
 * …"). The company's button shows the same logo as the first entry of the
 * experience section, whose link has a stable data-field, so match on that.
 */
function classicCurrentCompany(doc: Document, card: Element): string | undefined {
  // The first logo link holding an image (a descendant selector would test
  // every image of the page against all its ancestors).
  const logo = [...doc.querySelectorAll('a[data-field="experience_company_logo"]')]
    .map((link) => link.querySelector('img'))
    .find((img) => img !== null)
    ?.getAttribute('src');
  if (!logo) return undefined;
  const sameLogo = [...card.querySelectorAll('button img')].find((img) => img.getAttribute('src') === logo);
  return withText(visibleText(sameLogo?.closest('button')));
}

/**
 * Logged-out public page: BEM class names from LinkedIn's public-profile
 * templates and `data-section` hooks.
 */
const loggedOut: Layout = {
  isCard: (section) => section.classList.contains('top-card-layout'),
  heading: 'h1',
  details: (card) => ({
    headline: withText(visibleText(card.querySelector('.top-card-layout__headline'))),
    company: withText(visibleText(card.querySelector('[data-section="currentPositionsDetails"]'))),
  }),
};

/** In order of preference, should a page hold the cards of two layouts. */
const LAYOUTS: readonly Layout[] = [serverDriven, classic, loggedOut];

/**
 * Every layout's card is a <section>: one walk over the sections finds the
 * first card of each layout. The live tag collection is kept by the browser
 * between calls, where a selector would walk the whole (600 KB) document.
 */
export function readTopCard(doc: Document): TopCard | undefined {
  const cards: (Element | undefined)[] = LAYOUTS.map(() => undefined);
  for (const section of doc.getElementsByTagName('section')) {
    LAYOUTS.forEach((layout, i) => {
      if (cards[i] === undefined && layout.isCard(section)) cards[i] = section;
    });
    if (cards[0] !== undefined) break;
  }
  for (const [i, layout] of LAYOUTS.entries()) {
    const card = cards[i];
    const heading = card?.querySelector(layout.heading);
    if (card && heading) return { card, heading, details: () => layout.details(card, heading, doc) };
  }
  return undefined;
}
