// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { outlook } from '../../lib/sites/outlook';
import type { FoundIdentity } from '../../lib/sites/site-adapter';
import { loadFixture } from './load-fixture';

function people(found: FoundIdentity[]): [string, string][] {
  return found.map((f) => [f.identity.value, f.name]);
}

describe('outlook reading pane with an inline reply (built, English UI)', () => {
  const doc = loadFixture('outlook-reading-pane-en.html');
  const found = outlook.findIdentities(doc, new URL(outlook.examples[1] ?? ''));

  it('finds each message’s sender and recipients, then the reply’s recipients, from addresses in titles, labels and text', () => {
    expect(found.every((f) => f.identity.kind === 'email')).toBe(true);
    expect(people(found)).toEqual([
      ['bob.jones@contoso.com', 'Bob Jones'],
      ['alice@contoso.com', 'Alice Smith'],
      ['jane.seller@example.com', 'Jane Seller'],
      ['bob.jones@contoso.com', 'Bob Jones'],
      ['carol.diaz@contoso.com', 'Carol Diaz'],
      ['alice@contoso.com', 'Alice Smith'],
    ]);
  });

  it('anchors on the outermost element of each person', () => {
    expect(found[0]?.anchor).toBe(doc.querySelector('[aria-expanded="false"] span.OZZZK'));
    expect(found[1]?.anchor).toBe(doc.querySelector('[data-app-section="MessageHeader"] span.OZZZK'));
    expect(found[5]?.anchor).toBe(doc.querySelector('._EType_RECIPIENT_ENTITY [role="button"]'));
  });

  it('ignores the message list, message bodies and the text being typed', () => {
    const emails = found.map((f) => f.identity.value);
    expect(emails).not.toContain('newsletter@fabrikam.example');
    expect(emails).not.toContain('legal@contoso.com');
    expect(emails).not.toContain('dana@contoso.com');
  });

  it('did not run the page scripts', () => {
    expect(doc.title).toBe('Mail - Jane Seller - Outlook');
  });
});

describe('outlook compose popped out (built, German UI)', () => {
  it('finds the To and Cc recipients without relying on label text, and not the From address or the body', () => {
    const doc = loadFixture('outlook-compose-popout-de.html');
    const found = outlook.findIdentities(
      doc,
      new URL('https://outlook.office365.com/mail/deeplink/compose?popoutv2=1'),
    );
    expect(people(found)).toEqual([
      ['joerg.mueller@stadtwerke-kiel.example', 'Jörg Müller'],
      ['einkauf@stadtwerke-kiel.example', 'einkauf@stadtwerke-kiel.example'],
      ['anke.vogel@stadtwerke-kiel.example', 'Anke Vogel'],
    ]);
    expect(found.map((f) => f.anchor.getAttribute('role'))).toEqual(['button', 'button', 'button']);
  });
});

describe('outlook detection', () => {
  it('reads mail on the three hosts, not the calendar nor settings', () => {
    expect(outlook.detect(new URL('https://outlook.live.com/mail/0/inbox/id/AQMk'))).toBe(true);
    expect(outlook.detect(new URL('https://outlook.office.com/calendar/view/week'))).toBe(false);
    expect(outlook.detect(new URL('https://outlook.office.com/mail/options/general/appearance'))).toBe(false);
    expect(outlook.detect(new URL('https://outlook.com/mail/'))).toBe(false);
  });
});
