// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { embeddedProfile, viewerSlug } from '../../lib/sites/linkedin-embedded-data';
import { loadFixture } from './load-fixture';

describe('the API responses embedded in the logged-in page', () => {
  const doc = loadFixture('linkedin-profile-loggedin-2024.html');

  it('name the viewer through the /voyager/api/me response', () => {
    expect(viewerSlug(doc)).toBe('novare-potential-7975a4243');
  });

  it('give a profile only by its publicIdentifier, preferring the record with a headline', () => {
    expect(embeddedProfile(doc, 'eduardo-alvarez-nowak')).toEqual({
      name: 'Eduardo Alvarez Nowak',
      headline: 'Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential',
    });
    expect(embeddedProfile(doc, 'nobody-here')).toBeUndefined();
  });

  it('are absent from pages that do not embed them', () => {
    const publicPage = loadFixture('linkedin-profile-public-loggedout-2024.html');
    expect(viewerSlug(publicPage)).toBeNull();
    expect(embeddedProfile(publicPage, 'eduardo-alvarez-nowak')).toBeUndefined();
  });

  it('ignore blocks that are not JSON', () => {
    const broken = new DOMParser().parseFromString(
      '<code id="bpr-guid-1">{"included":[{"publicIdentifier":"x"</code><code id="datalet-bpr-guid-1">not json</code>',
      'text/html',
    );
    expect(embeddedProfile(broken, 'x')).toBeUndefined();
    expect(viewerSlug(broken)).toBeNull();
  });
});

describe('reading the embedded responses stays cheap on a large page', () => {
  const page = (blocks: string[]) =>
    new DOMParser().parseFromString(
      blocks.map((json, index) => `<code id="bpr-guid-${index}">${json}</code>`).join(''),
      'text/html',
    );
  const person = (publicIdentifier: string, firstName: string) =>
    JSON.stringify({ included: [{ publicIdentifier, firstName, lastName: 'Doe' }] });

  it('parses only the blocks that name the profile, matching its slug in any case', () => {
    const doc = page([person('someone-else', 'Sam'), person('Jane-Doe-1a2b', 'Jane')]);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(embeddedProfile(doc, 'jane-doe-1a2b')).toEqual({ name: 'Jane Doe', headline: undefined });
      expect(parse).toHaveBeenCalledTimes(1);
      // Asked again (the page re-read after a change): nothing parsed again.
      expect(embeddedProfile(doc, 'jane-doe-1a2b')?.name).toBe('Jane Doe');
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('still finds a slug that the JSON may write escaped', () => {
    const doc = page(['{"included":[{"publicIdentifier":"J\\u00f6rg-M","firstName":"J\\u00f6rg"}]}']);
    expect(embeddedProfile(doc, 'jörg-m')?.name).toBe('Jörg');
  });
});
