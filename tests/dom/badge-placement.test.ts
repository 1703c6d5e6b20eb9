// @vitest-environment jsdom
// jsdom's parse5 parser reads the 600 KB saved LinkedIn pages exactly as a browser does.
import { describe, expect, it } from 'vitest';
import { isPlacedAt, placeBadgeHost } from '../../lib/dom/badge-host';
import { linkedinProfile } from '../../lib/sites/linkedin-profile';
import { outlook } from '../../lib/sites/outlook';
import { loadFixture } from '../sites/load-fixture';

const host = (doc: Document) => doc.createElement('span');

/** An element of `tag` holding `children` (elements or text), appended to `parent` when given. */
function element(doc: Document, tag: string, children: Array<Node | string>, parent?: Element): Element {
  const made = doc.createElement(tag);
  made.append(...children);
  parent?.append(made);
  return made;
}

describe('where a badge goes', () => {
  it('on the real logged-in profile, just after the link around the name heading, never inside it', () => {
    const doc = loadFixture('linkedin-profile-loggedin-2024.html');
    const [found] = linkedinProfile.findIdentities(
      doc,
      new URL('https://www.linkedin.com/in/eduardo-alvarez-nowak/'),
    );
    const badge = host(doc);
    placeBadgeHost(badge, found!.anchor);
    const link = found!.anchor.closest('a')!;
    expect(link.getAttribute('href')).toBe('/in/eduardo-alvarez-nowak/overlay/about-this-profile/');
    expect(link.nextElementSibling).toBe(badge);
    expect(badge.closest('a')).toBeNull();
    expect(isPlacedAt(badge, found!.anchor)).toBe(true);
  });

  it('on the real Outlook reading pane, after the sender button, never inside it (it would rename it)', () => {
    const doc = loadFixture('outlook-reading-pane-en.html');
    const found = outlook.findIdentities(doc, new URL('https://outlook.office.com/mail/inbox/id/AAQk'));
    const sender = found.find(({ identity }) => identity.value === 'alice@contoso.com')!;
    const button = sender.anchor.closest('[role="button"]')!;
    expect(button.textContent).toBe('Alice Smith<alice@contoso.com>');
    const badge = host(doc);
    placeBadgeHost(badge, sender.anchor);
    expect(button.nextElementSibling).toBe(badge);
    expect(badge.closest('[role="button"]')).toBeNull();
    expect(isPlacedAt(badge, sender.anchor)).toBe(true);
  });

  it('at the end of a heading, and back at its end when placed again after the site added to it', () => {
    const doc = document.implementation.createHTMLDocument('page');
    const heading = element(doc, 'h1', ['Ada Lovelace'], doc.body);
    const badge = host(doc);
    placeBadgeHost(badge, heading);
    expect(heading.lastElementChild).toBe(badge);
    heading.append(doc.createElement('em'));
    // Still on the name's line: left where it is until placed again.
    expect(isPlacedAt(badge, heading)).toBe(true);
    placeBadgeHost(badge, heading);
    expect(heading.lastElementChild).toBe(badge);
  });

  it('right after a name that is not a heading, or after the link it is in', () => {
    const doc = document.implementation.createHTMLDocument('page');
    // A Gmail sender, and a name inside a profile link.
    const sender = element(doc, 'span', ['Ada'], element(doc, 'div', [], doc.body));
    const name = element(doc, 'span', ['Ada']);
    const link = element(doc, 'a', [name], element(doc, 'div', [], doc.body));
    link.setAttribute('href', '/in/ada/');
    const [first, second] = [host(doc), host(doc)];
    placeBadgeHost(first, sender);
    placeBadgeHost(second, name);
    expect(sender.nextElementSibling).toBe(first);
    expect(link.nextElementSibling).toBe(second);
    expect([isPlacedAt(first, sender), isPlacedAt(second, name)]).toEqual([true, true]);
    expect(isPlacedAt(first, name)).toBe(false);
  });
});
