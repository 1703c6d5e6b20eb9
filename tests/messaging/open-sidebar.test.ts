import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RapportDatabase } from '../../lib/db/database';
import { openSidebarForTab } from '../../lib/messaging/open-sidebar';
import {
  forgetSidebarSubject,
  readSidebarSubject,
  sidebarSubjectKey,
  writeSidebarSubject,
} from '../../lib/messaging/sidebar-subject';
import { contentSender, makeContact, routerFor } from './test-data';
import { freshDatabase } from '../db/test-database';

let db: RapportDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('open-sidebar', () => {
  it('opens the sidebar for the sender’s tab within the click, then remembers the contact', async () => {
    await db.contacts.add(makeContact({ id: 'ann', emails: ['ann@acme.com'] }));
    const openSidebar = vi.fn(() => Promise.resolve(true));
    const pending = routerFor(db, { openSidebar })(
      { type: 'open-sidebar', person: { kind: 'contact', contactId: 'ann' } },
      contentSender(undefined, 42),
    );
    expect(openSidebar).toHaveBeenCalledWith(42);
    expect(await pending).toEqual({ ok: true, data: { opened: true } });
    expect(await readSidebarSubject(42)).toEqual({
      person: { kind: 'contact', contactId: 'ann' },
      focus: 'card',
      at: expect.any(Number),
    });
  });

  it('resolves a known identity to its contact', async () => {
    await db.contacts.add(makeContact({ id: 'ann', linkedinSlugs: ['ann-lee'] }));
    await routerFor(db)(
      {
        type: 'open-sidebar',
        person: { kind: 'identity', identity: { kind: 'linkedin', value: '/in/ANN-lee/' } },
      },
      contentSender(undefined, 5),
    );
    expect((await readSidebarSubject(5))?.person).toEqual({ kind: 'contact', contactId: 'ann' });
  });

  it('remembers an unknown person by their normalised identity, so the sidebar can offer to add them', async () => {
    await routerFor(db)(
      {
        type: 'open-sidebar',
        person: { kind: 'identity', identity: { kind: 'email', value: 'New@Globex.com' } },
      },
      contentSender(undefined, 5),
    );
    expect((await readSidebarSubject(5))?.person).toEqual({
      kind: 'identity',
      identity: { kind: 'email', value: 'new@globex.com' },
    });
  });

  it('remembers that the user asked to log a gesture, and when, so a repeated click is still heard', async () => {
    await db.contacts.add(makeContact({ id: 'ann' }));
    let clock = 1_000;
    const route = routerFor(db, { now: () => (clock += 1_000) });
    const ask = () =>
      route(
        { type: 'open-sidebar', person: { kind: 'contact', contactId: 'ann' }, focus: 'log' },
        contentSender(undefined, 7),
      );
    await ask();
    const first = await readSidebarSubject(7);
    expect(first?.focus).toBe('log');
    await ask();
    expect((await readSidebarSubject(7))?.at).toBeGreaterThan(first!.at);
  });

  it('says so when the browser refuses to open it, and still remembers the person', async () => {
    await db.contacts.add(makeContact({ id: 'ann' }));
    const answer = await routerFor(db, { openSidebar: () => Promise.resolve(false) })(
      { type: 'open-sidebar', person: { kind: 'contact', contactId: 'ann' } },
      contentSender(undefined, 3),
    );
    expect(answer).toEqual({ ok: true, data: { opened: false } });
    expect((await readSidebarSubject(3))?.person).toEqual({ kind: 'contact', contactId: 'ann' });
  });

  it('answers not-found for a contact that does not exist, remembering nothing', async () => {
    const answer = await routerFor(db)(
      { type: 'open-sidebar', person: { kind: 'contact', contactId: 'ghost' } },
      contentSender(undefined, 3),
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await readSidebarSubject(3)).toBeNull();
  });
});

describe('sidebar subject storage', () => {
  it('is per tab, and forgotten with the tab', async () => {
    const subjectOf = (contactId: string) =>
      ({ person: { kind: 'contact', contactId }, focus: 'card', at: 1 }) as const;
    await writeSidebarSubject(1, subjectOf('a'));
    await writeSidebarSubject(2, subjectOf('b'));
    await forgetSidebarSubject(1);
    expect(await readSidebarSubject(1)).toBeNull();
    expect(await readSidebarSubject(2)).toEqual(subjectOf('b'));
  });

  it('ignores a stored value that is not a valid subject', async () => {
    await fakeBrowser.storage.session.set({
      [sidebarSubjectKey(1)]: { person: { kind: 'contact', contactId: '' }, focus: 'card', at: 1 },
    });
    expect(await readSidebarSubject(1)).toBeNull();
  });
});

describe('openSidebarForTab', () => {
  it('uses Chrome’s side panel for the tab', async () => {
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined as never);
    expect(await openSidebarForTab(9)).toBe(true);
    expect(open).toHaveBeenCalledWith({ tabId: 9 });
  });

  it('is false when Chrome refuses for want of a user gesture', async () => {
    vi.spyOn(fakeBrowser.sidePanel, 'open').mockRejectedValue(
      new Error('`sidePanel.open()` may only be called in response to a user gesture.'),
    );
    expect(await openSidebarForTab(9)).toBe(false);
  });

  it('uses Firefox’s sidebarAction where there is no side panel, and is false when it refuses', async () => {
    const firefox = fakeBrowser as unknown as {
      sidePanel?: unknown;
      sidebarAction?: { open(): Promise<void> };
    };
    const sidePanel = firefox.sidePanel;
    firefox.sidePanel = undefined;
    try {
      const open = vi.fn<() => Promise<void>>(() =>
        Promise.reject(new Error('sidebarAction.open may only be called from a user input handler')),
      );
      firefox.sidebarAction = { open };
      expect(await openSidebarForTab(9)).toBe(false);
      open.mockResolvedValue(undefined);
      expect(await openSidebarForTab(9)).toBe(true);
    } finally {
      firefox.sidePanel = sidePanel;
      delete firefox.sidebarAction;
    }
  });

  it('is false where the browser has neither', async () => {
    const bare = fakeBrowser as unknown as { sidePanel?: unknown };
    const sidePanel = bare.sidePanel;
    bare.sidePanel = undefined;
    try {
      expect(await openSidebarForTab(9)).toBe(false);
    } finally {
      bare.sidePanel = sidePanel;
    }
  });
});
