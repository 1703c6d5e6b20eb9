import { describe, expect, it } from 'vitest';
import type { PagePerson } from '../../lib/messaging/page-people';
import type { SidebarSubject } from '../../lib/messaging/sidebar-subject';
import { articlePage, articleRecordingNote } from '../../lib/sidebar/article-page';
import { resolveTarget, type TargetInput } from '../../lib/sidebar/target';

const ana: PagePerson = {
  identity: { kind: 'linkedin', value: 'ana' },
  name: 'Ana Lima',
  contactId: 'c-ana',
};
const bo: PagePerson = {
  identity: { kind: 'email', value: 'bo@acme.com' },
  name: 'Bo Berg',
  contactId: null,
};
const anaByEmail: PagePerson = {
  identity: { kind: 'email', value: 'ana@acme.com' },
  name: 'Ana',
  contactId: 'c-ana',
};

function input(overrides: Partial<TargetInput>): TargetInput {
  return { subject: null, urlSince: 0, people: [], choice: null, previous: null, ...overrides };
}

const clicked = (at: number, focus: 'card' | 'log' = 'card'): SidebarSubject => ({
  person: { kind: 'contact', contactId: 'c-clicked' },
  focus,
  at,
});

describe('whom the sidebar shows', () => {
  it('shows the one person on the page', () => {
    expect(resolveTarget(input({ people: [ana] }))).toEqual({
      kind: 'contact',
      contactId: 'c-ana',
      focus: 'card',
    });
  });

  it('offers to add the one person on the page Rapport does not know', () => {
    expect(resolveTarget(input({ people: [bo] }))).toEqual({
      kind: 'identity',
      identity: bo.identity,
      name: 'Bo Berg',
      focus: 'card',
    });
  });

  it('gives a picker for several people, one entry per person', () => {
    expect(resolveTarget(input({ people: [ana, bo, anaByEmail] }))).toEqual({
      kind: 'picker',
      people: [ana, bo],
    });
  });

  it('counts two identities of one contact as one person', () => {
    expect(resolveTarget(input({ people: [ana, anaByEmail] }))).toMatchObject({
      kind: 'contact',
      contactId: 'c-ana',
    });
  });

  it('gives search for a page with nobody, and waits while the page is not known yet', () => {
    expect(resolveTarget(input({ people: [] }))).toEqual({ kind: 'search' });
    expect(resolveTarget(input({ people: null }))).toEqual({ kind: 'waiting' });
  });

  it('keeps showing the person it showed last on a page with nobody, so an article can be logged for them', () => {
    expect(resolveTarget(input({ people: [], previous: 'c-ana' }))).toEqual({
      kind: 'contact',
      contactId: 'c-ana',
      focus: 'card',
      carried: true,
    });
    // A page with people of its own shows them instead.
    expect(resolveTarget(input({ people: [bo], previous: 'c-ana' }))).toMatchObject({ kind: 'identity' });
  });

  it('shows the person a badge click asked for, with the focus it asked for, over the page people', () => {
    expect(resolveTarget(input({ subject: clicked(500, 'log'), urlSince: 400, people: [ana, bo] }))).toEqual({
      kind: 'contact',
      contactId: 'c-clicked',
      focus: 'log',
    });
  });

  it('shows a clicked person even before the page people are known (sidebar opened after the click)', () => {
    expect(resolveTarget(input({ subject: clicked(500), urlSince: 0, people: null }))).toMatchObject({
      contactId: 'c-clicked',
    });
  });

  it('forgets a click made on a page the tab has since left', () => {
    expect(resolveTarget(input({ subject: clicked(500), urlSince: 600, people: [ana] }))).toMatchObject({
      contactId: 'c-ana',
    });
  });

  it('takes the page name of a clicked unknown identity', () => {
    const subject: SidebarSubject = {
      person: { kind: 'identity', identity: bo.identity },
      focus: 'card',
      at: 5,
    };
    expect(resolveTarget(input({ subject, people: [ana, bo] }))).toEqual({
      kind: 'identity',
      identity: bo.identity,
      name: 'Bo Berg',
      focus: 'card',
    });
  });

  it('follows a choice made in the sidebar over everything else', () => {
    expect(
      resolveTarget(
        input({ subject: clicked(5), people: [ana, bo], choice: { kind: 'person', person: bo } }),
      ),
    ).toMatchObject({ kind: 'identity', name: 'Bo Berg' });
    expect(resolveTarget(input({ people: [], choice: { kind: 'contact', contactId: 'c-x' } }))).toEqual({
      kind: 'contact',
      contactId: 'c-x',
      focus: 'card',
    });
  });
});

describe('the page a shared article records', () => {
  const tab = { id: 1, windowId: 1, url: 'https://news.example/story', title: 'A story', urlSince: 0 };
  it('is the followed tab’s page when it shows nobody', () => {
    expect(articlePage(tab, [])).toEqual({ url: 'https://news.example/story', title: 'A story' });
    expect(articlePage({ ...tab, title: null }, null)).toEqual({
      url: 'https://news.example/story',
      title: 'https://news.example/story',
    });
  });

  it('is nothing on a page of people (anyone’s profile), on a non-web page, or without a URL', () => {
    expect(articlePage({ ...tab, url: 'https://www.linkedin.com/in/ana/' }, [ana])).toBeNull();
    expect(
      articlePage({ ...tab, url: 'https://www.linkedin.com/in/bo/' }, [{ ...ana, contactId: null }]),
    ).toBeNull();
    expect(articlePage({ ...tab, url: 'chrome://newtab/' }, [])).toBeNull();
    expect(articlePage({ ...tab, url: null }, [])).toBeNull();
    expect(articlePage(null, [])).toBeNull();
  });
});

describe('what "Shared an article" says it records', () => {
  it('names the page, a long title cut, or says it records no link', () => {
    expect(articleRecordingNote({ url: 'https://news.example/story', title: 'A story' })).toBe(
      '“Shared an article” records this tab: A story (news.example)',
    );
    const long = articleRecordingNote({ url: 'https://news.example/x', title: 'word '.repeat(40) });
    expect(long).toMatch(/^“Shared an article” records this tab: (word ){17}word… \(news\.example\)$/);
    expect(articleRecordingNote(null)).toMatch(/records no link/);
  });
});
