// @vitest-environment jsdom
// jsdom's parse5 parser reads the 600 KB saved LinkedIn pages exactly as a browser does.
import { describe, expect, it, vi } from 'vitest';
import { linkedinProfile } from '../../lib/sites/linkedin-profile';
import { loadFixture } from './load-fixture';

const EDUARDO = 'https://www.linkedin.com/in/eduardo-alvarez-nowak/';

describe('linkedin-profile on the logged-in page (classic layout, real 2024 page)', () => {
  const doc = loadFixture('linkedin-profile-loggedin-2024.html');

  it('reads the profile owner from the embedded data that matches the URL slug', () => {
    const found = linkedinProfile.findIdentities(doc, new URL(EDUARDO));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      identity: { kind: 'linkedin', value: 'eduardo-alvarez-nowak' },
      name: 'Eduardo Alvarez Nowak',
    });
    expect(found[0]?.facts?.()).toEqual({
      name: 'Eduardo Alvarez Nowak',
      headline: 'Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential',
      company: 'Novare Potential',
    });
  });

  it('anchors the badge on the name heading', () => {
    const [found] = linkedinProfile.findIdentities(doc, new URL(EDUARDO));
    expect(found?.anchor).toBe(doc.querySelector('h1.text-heading-xlarge'));
  });

  it('reads the embedded data only for the capture, never on the way to the badge', () => {
    const fresh = loadFixture('linkedin-profile-loggedin-2024.html');
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const [found] = linkedinProfile.findIdentities(fresh, new URL(EDUARDO));
      expect(parse).not.toHaveBeenCalled();
      expect(found?.facts?.()).toEqual({
        name: 'Eduardo Alvarez Nowak',
        headline: 'Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential',
        company: 'Novare Potential',
      });
      expect(parse).toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('shows the name as the card writes it, and captures it as the profile data names them', () => {
    const edited = loadFixture('linkedin-profile-loggedin-2024.html');
    edited.querySelector('h1.text-heading-xlarge')!.textContent = 'Eduardo Alvarez Nowak (he/him)';
    const [found] = linkedinProfile.findIdentities(edited, new URL(EDUARDO));
    expect(found?.name).toBe('Eduardo Alvarez Nowak (he/him)');
    expect(found?.facts?.().name).toBe('Eduardo Alvarez Nowak');
  });

  it('takes the name from the profile data while the card heading is still empty', () => {
    const edited = loadFixture('linkedin-profile-loggedin-2024.html');
    edited.querySelector('h1.text-heading-xlarge')!.textContent = '';
    const found = linkedinProfile.findIdentities(edited, new URL(EDUARDO));
    expect(found.map((f) => f.name)).toEqual(['Eduardo Alvarez Nowak']);
  });

  it('never returns the viewer, whose profile the embedded data also holds', () => {
    const viewer = linkedinProfile.findIdentities(
      doc,
      new URL('https://www.linkedin.com/in/novare-potential-7975a4243/'),
    );
    expect(viewer).toEqual([]);
  });

  it('accepts the spellings of the same profile URL', () => {
    for (const url of [
      'https://www.linkedin.com/in/Eduardo-Alvarez-Nowak',
      'https://www.linkedin.com/in/eduardo-alvarez-nowak/?originalSubdomain=se',
      'https://www.linkedin.com/in/eduardo%2Dalvarez%2Dnowak/overlay/contact-info/',
    ]) {
      expect(linkedinProfile.findIdentities(doc, new URL(url)).map((f) => f.identity.value)).toEqual([
        'eduardo-alvarez-nowak',
      ]);
    }
  });
});

describe('linkedin-profile on the logged-out public page (real 2024 page)', () => {
  const doc = loadFixture('linkedin-profile-public-loggedout-2024.html');

  it('confirms the profile from the JSON-LD Person although the canonical host is se.linkedin.com', () => {
    const found = linkedinProfile.findIdentities(doc, new URL(EDUARDO));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      identity: { kind: 'linkedin', value: 'eduardo-alvarez-nowak' },
      name: 'Eduardo Alvarez Nowak',
    });
    expect(found[0]?.facts?.()).toEqual({
      name: 'Eduardo Alvarez Nowak',
      headline: 'Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential',
      company: 'Novare Potential',
    });
    expect(found[0]?.anchor).toBe(doc.querySelector('h1.top-card-layout__title'));
  });

  it('shows nothing when the URL names someone else than the page', () => {
    expect(linkedinProfile.findIdentities(doc, new URL('https://www.linkedin.com/in/someone-else/'))).toEqual(
      [],
    );
  });
});

describe('linkedin-profile on the newer server-driven layout (built, Swedish UI)', () => {
  const doc = loadFixture('linkedin-profile-sdui-sv.html');
  const url = new URL('https://www.linkedin.com/in/anna-berg-4b1a2c/');

  it('reads the Topcard section: name from the h2, headline and current company from the lines under it', () => {
    const found = linkedinProfile.findIdentities(doc, url);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      identity: { kind: 'linkedin', value: 'anna-berg-4b1a2c' },
      name: 'Anna Berg',
    });
    expect(found[0]?.facts?.()).toEqual({
      name: 'Anna Berg',
      headline: 'Head of Procurement på Nordlys Energi | Förnybar energi',
      company: 'Nordlys Energi',
    });
    expect(found[0]?.anchor).toBe(doc.querySelector('section[componentkey$="HQTopcard"] h2'));
  });

  it('does not badge the suggested profiles beside the card', () => {
    const values = linkedinProfile.findIdentities(doc, url).map((f) => f.identity.value);
    expect(values).not.toContain('per-holm-77a1b2');
    expect(values).not.toContain('lena-ek');
  });

  it('shows nothing while the app still renders the previous profile after an in-app navigation', () => {
    expect(
      linkedinProfile.findIdentities(doc, new URL('https://www.linkedin.com/in/per-holm-77a1b2/')),
    ).toEqual([]);
  });

  it('did not run the page scripts', () => {
    expect(doc.title).toBe('Anna Berg | LinkedIn');
  });
});

describe('linkedin-profile on the login wall served at a profile URL (real)', () => {
  it('finds nobody', () => {
    const doc = loadFixture('linkedin-authwall-redirect.html');
    expect(linkedinProfile.detect(new URL(EDUARDO))).toBe(true);
    expect(linkedinProfile.findIdentities(doc, new URL(EDUARDO))).toEqual([]);
  });
});

describe('linkedin-profile detection', () => {
  it('handles profile pages only', () => {
    expect(linkedinProfile.detect(new URL(EDUARDO))).toBe(true);
    expect(linkedinProfile.detect(new URL('https://www.linkedin.com/feed/'))).toBe(false);
    expect(
      linkedinProfile.detect(new URL('https://www.linkedin.com/authwall?sessionRedirect=%2Fin%2Fx')),
    ).toBe(false);
    expect(linkedinProfile.detect(new URL('https://www.linkedin.com/company/novare-potential/'))).toBe(false);
    expect(linkedinProfile.detect(new URL('https://se.linkedin.com/in/eduardo-alvarez-nowak'))).toBe(false);
  });
});
