// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { gmail } from '../../lib/sites/gmail';
import type { FoundIdentity } from '../../lib/sites/site-adapter';
import { loadFixture } from './load-fixture';

const INBOX = new URL('https://mail.google.com/mail/u/0/#inbox');

function people(found: FoundIdentity[]): [string, string][] {
  return found.map((f) => [f.identity.value, f.name]);
}

describe('gmail on the inbox list (real page, saved 2014)', () => {
  const doc = loadFixture('gmail-inbox-threadlist-2014.html');
  const found = gmail.findIdentities(doc, INBOX);

  it('badges each sender once per row, on the visible chip rather than the copy in the row’s screen-reader label', () => {
    const rowChips = doc.querySelectorAll('[role="main"] tr .yW span[email]');
    expect(found).toHaveLength(rowChips.length);
    expect(found.map((f) => f.anchor)).toEqual([...rowChips]);
  });

  it('reads the address and name Gmail put on each chip', () => {
    expect(found.every((f) => f.identity.kind === 'email')).toBe(true);
    expect(people(found)).toContainEqual(['news@twilio.com', 'Team Twilio']);
    // Without the account in the title, the user's own chips ("me") are kept.
    expect(people(found)).toContainEqual(['streak.web.test.1@gmail.com', 'me']);
  });

  it('did not run the page scripts', () => {
    expect(doc.title).toBe('Injected Thread Identifier Test Page');
  });
});

describe('gmail on an open conversation with an inline reply (built)', () => {
  const doc = loadFixture('gmail-thread-open.html');
  const found = gmail.findIdentities(
    doc,
    new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmQpTbcvLrNwHkqzVxRt'),
  );

  it('badges each message’s sender and visible recipients, then the reply’s recipients, but not the account itself', () => {
    expect(people(found)).toEqual([
      ['pat.buyer@acme-energy.com', 'Pat Buyer'],
      ['sam.ops@acme-energy.com', 'Sam Ops'],
      ['pat.buyer@acme-energy.com', 'Pat Buyer'],
      ['legal@acme-energy.com', 'legal@acme-energy.com'],
      ['sam.ops@acme-energy.com', 'Sam Ops'],
      ['legal@acme-energy.com', 'legal@acme-energy.com'],
    ]);
  });

  it('anchors on the chips themselves', () => {
    expect(found[1]?.anchor).toBe(doc.querySelector('h3 span.gD'));
    expect(found[2]?.anchor).toBe(doc.querySelectorAll('span.hb span.g2')[1]);
    expect(found[4]?.anchor).toBe(doc.querySelector('[data-compose-id] [role="option"]'));
  });

  it('ignores addresses in message bodies and quoted text', () => {
    expect(found.map((f) => f.identity.value)).not.toContain('finance@acme-energy.com');
  });

  it('knows the account from the Google Account button when the title does not name it', () => {
    const retitled = loadFixture('gmail-thread-open.html');
    retitled.title = 'Quarterly review';
    const people = gmail.findIdentities(retitled, new URL('https://mail.google.com/mail/u/0/#inbox/x'));
    expect(people.map((f) => f.identity.value)).not.toContain('jane.seller@example.com');
    expect(people).toHaveLength(found.length);
  });
});

describe('gmail compose windows', () => {
  it('reads the current chips (role=option, data-hovercard-id, data-name), leaving out the account', () => {
    const doc = loadFixture('gmail-compose-chips-2024.html');
    const found = gmail.findIdentities(doc, new URL('https://mail.google.com/mail/u/0/#inbox?compose=new'));
    expect(people(found)).toEqual([
      ['sam.ops@acme-energy.com', 'Sam Ops'],
      ['pat.buyer@acme-energy.com', 'Pat Buyer'],
      ['r.ortiz@globex.example', 'Rosa Ortiz'],
      ['procurement@acme-energy.com', 'procurement@acme-energy.com'],
    ]);
    expect(found[1]?.anchor).toBe(
      doc.querySelector('[role="dialog"] [role="option"][data-name="Pat Buyer"]'),
    );
  });

  it('reads the older chips from their hidden "Name <address>" inputs, anchored on the chip', () => {
    const doc = loadFixture('gmail-compose-chips-legacy.html');
    const found = gmail.findIdentities(doc, new URL('https://mail.google.com/mail/u/0/#inbox?compose=new'));
    expect(people(found)).toEqual([
      ['carol.diaz@globex.example', 'Carol Diaz'],
      ['ops@globex.example', 'ops@globex.example'],
      ['dana.whitfield@globex.example', 'Dana Whitfield'],
    ]);
    expect(found.map((f) => f.anchor.className)).toEqual(['vR', 'vR', 'vR']);
  });
});

describe('gmail detection', () => {
  it('reads mail views, not settings nor other Google pages', () => {
    expect(gmail.detect(INBOX)).toBe(true);
    expect(gmail.detect(new URL('https://mail.google.com/mail/u/0/#settings/general'))).toBe(false);
    expect(gmail.detect(new URL('https://mail.google.com/chat/u/0/'))).toBe(false);
    expect(gmail.detect(new URL('https://calendar.google.com/calendar/u/0/r'))).toBe(false);
  });
});
