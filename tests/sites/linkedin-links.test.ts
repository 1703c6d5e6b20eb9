import { describe, expect, it } from 'vitest';
import { profileSlugOf } from '../../lib/sites/linkedin-links';

describe('profileSlugOf', () => {
  it.each([
    ['https://www.linkedin.com/in/eduardo-alvarez-nowak/', 'eduardo-alvarez-nowak'],
    ['https://se.linkedin.com/in/eduardo-alvarez-nowak', 'eduardo-alvarez-nowak'],
    [
      'https://www.linkedin.com/in/eduardo-alvarez-nowak?originalSubdomain=se&trk=people-guest',
      'eduardo-alvarez-nowak',
    ],
    ['https://www.linkedin.com/in/Eduardo-Alvarez-Nowak#experience', 'eduardo-alvarez-nowak'],
    ['/in/eduardo-alvarez-nowak/overlay/about-this-profile/', 'eduardo-alvarez-nowak'],
    ['https://www.linkedin.com/in/J%C3%B6rg-M%C3%BCller-1a2b3c', 'jörg-müller-1a2b3c'],
    [
      'https://www.linkedin.com/in/anna-berg-4b1a2c?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB7kQ2sBx3Lm9pQwErTy5uIo0PaSdFgH',
      'anna-berg-4b1a2c',
    ],
  ])('reads %s as %s', (href, slug) => {
    expect(profileSlugOf(href)).toBe(slug);
  });

  it.each([
    'https://www.linkedin.com/in/ACoAABS9BdoBSJFfAvbRCM0dr7lB5Eggww93Ld0',
    'https://www.linkedin.com/company/novare-potential/',
    'https://www.linkedin.com/search/results/people/?keywords=in',
    'https://example.com/in/eduardo-alvarez-nowak',
    '/feed/',
  ])('finds no profile slug in %s', (href) => {
    expect(profileSlugOf(href)).toBeNull();
  });
});
