// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { linkedinMessaging } from '../../lib/sites/linkedin-messaging';
import { linkedinNetwork } from '../../lib/sites/linkedin-network';
import { linkedinSearch } from '../../lib/sites/linkedin-search';
import type { FoundIdentity } from '../../lib/sites/site-adapter';
import { loadFixture } from './load-fixture';

function summary(found: FoundIdentity[]): { slug: string; name: string; anchorText: string }[] {
  return found.map((f) => ({
    slug: f.identity.value,
    name: f.name,
    anchorText: f.anchor.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  }));
}

describe('linkedin-search on people search results (built, classic layout)', () => {
  const doc = loadFixture('linkedin-search-people.html');
  const url = new URL(linkedinSearch.examples[0] ?? '');
  const found = linkedinSearch.findIdentities(doc, url);

  it('returns one identity per result card, not one per link, and not the mutual connection in the insight line', () => {
    expect(found.map((f) => [f.identity.kind, f.identity.value, f.name])).toEqual([
      ['linkedin', 'anna-berg-4b1a2c', 'Anna Berg'],
      ['linkedin', 'jörg-müller-1a2b3c', 'Jörg Müller'],
    ]);
  });

  it('anchors on the name link, not the photo link', () => {
    for (const f of found) {
      expect(f.anchor.tagName).toBe('A');
      expect(f.anchor.closest('.entity-result__title-text')).not.toBeNull();
    }
  });

  it('skips "LinkedIn Member" results, links by member id, the viewer in the navigation and links outside <main>', () => {
    const slugs = found.map((f) => f.identity.value);
    expect(slugs).not.toContain('karin-sjoberg-kam');
    expect(slugs).not.toContain('advertiser-person');
    expect(slugs.some((slug) => slug.startsWith('acoaa'))).toBe(false);
  });

  it('keeps the headline under each name for when the person is added', () => {
    expect(found.map((f) => f.facts?.())).toEqual([
      { name: 'Anna Berg', headline: 'Head of Procurement at Nordlys Energi' },
      { name: 'Jörg Müller', headline: 'Einkaufsleiter Energie bei Stadtwerke Kiel' },
    ]);
  });

  it('did not run the page scripts', () => {
    expect(doc.title).toBe('"procurement energy" | Search | LinkedIn');
  });
});

describe('linkedin-network on People you may know (built, classic layout)', () => {
  it('returns each suggested person once, named without the screen-reader text or the occupation', () => {
    const doc = loadFixture('linkedin-mynetwork-pymk.html');
    expect(
      summary(linkedinNetwork.findIdentities(doc, new URL('https://www.linkedin.com/mynetwork/'))),
    ).toEqual([
      {
        slug: 'sara-lind-9a8b7c',
        name: 'Sara Lind',
        anchorText: 'Status is reachable Sara Lind Account Executive at Globex Nordic',
      },
      { slug: 'mikael-strand', name: 'Mikael Strand', anchorText: 'Mikael Strand CFO at Nordlys Energi' },
    ]);
  });

  it('keeps each suggestion’s occupation as the headline for when the person is added', () => {
    const doc = loadFixture('linkedin-mynetwork-pymk.html');
    const found = linkedinNetwork.findIdentities(doc, new URL('https://www.linkedin.com/mynetwork/'));
    expect(found.map((f) => f.facts?.().headline)).toEqual([
      'Account Executive at Globex Nordic',
      'CFO at Nordlys Energi',
    ]);
  });
});

describe('linkedin-messaging on an open conversation (built, classic layout)', () => {
  const doc = loadFixture('linkedin-messaging-thread.html');
  const found = linkedinMessaging.findIdentities(
    doc,
    new URL('https://www.linkedin.com/messaging/thread/2-ODk1/'),
  );

  it('badges the other person in the header and beside their message, and not the viewer’s own messages', () => {
    expect(summary(found)).toEqual([
      { slug: 'anna-berg-4b1a2c', name: 'Anna Berg', anchorText: 'Anna Berg' },
      { slug: 'anna-berg-4b1a2c', name: 'Anna Berg', anchorText: 'Anna Berg' },
    ]);
    expect(found[0]?.anchor).toBe(doc.querySelector('a.msg-thread__link-to-profile'));
    expect(found[1]?.anchor).toBe(doc.querySelector('a.msg-s-message-group__profile-link'));
  });

  it('does not take a profile pasted into a message for the sender of that message', () => {
    expect(found.map((f) => f.identity.value)).not.toContain('lena-ek');
  });
});

describe('LinkedIn pages without people lists', () => {
  it('find nothing on a page without <main> links to profiles', () => {
    const doc = new DOMParser().parseFromString(
      '<main><a href="/feed/">Home</a><a href="/jobs/">Jobs</a></main>',
      'text/html',
    );
    expect(linkedinSearch.findIdentities(doc, new URL(linkedinSearch.examples[0] ?? ''))).toEqual([]);
  });
});
