import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Identity } from '../../lib/domain/identity';
import type { PagePerson } from '../../lib/messaging/page-people-port';
import type { ContactSummary, LookupResult } from '../../lib/messaging/protocol';
import { badgeLabel } from '../../lib/overlay/badge';
import { startOverlay, type OverlayDeps } from '../../lib/overlay/overlay';
import type { SiteAdapter } from '../../lib/sites/site-adapter';

const client: ContactSummary = {
  contactId: 'c1',
  name: 'Ann Lee',
  level: { id: 'client', name: 'Client', color: '#137a4b' },
  lastGiveAt: null,
  lastGive: null,
  due: { at: 0, status: 'overdue', phrase: '3 days overdue' },
  gap: null,
  assumptions: [],
  openGoals: 0,
};

describe('badgeLabel says in words what the badge shows', () => {
  it('level and follow-up', () => {
    expect(badgeLabel(client)).toBe('Rapport: Client, follow-up 3 days overdue');
  });
  it('badly overdue, with open goals', () => {
    const contact = { ...client, due: { ...client.due, status: 'badly-overdue' as const }, openGoals: 2 };
    expect(badgeLabel(contact)).toBe(
      'Rapport: Client, follow-up badly overdue (3 days overdue), 2 open goals',
    );
  });
  it('nothing about follow-ups that are not close', () => {
    expect(badgeLabel({ ...client, due: { ...client.due, status: 'upcoming', phrase: 'due 12 Mar' } })).toBe(
      'Rapport: Client',
    );
  });
});

/** An adapter that reads every <a data-slug> on the page as a person (test markup only). */
const testAdapter: SiteAdapter = {
  id: 'test',
  site: 'linkedin',
  matches: ['https://www.linkedin.com/*'],
  examples: [],
  detect: () => true,
  findIdentities: (doc) =>
    [...doc.querySelectorAll('a[data-slug]')].map((anchor) => ({
      identity: { kind: 'linkedin', value: anchor.getAttribute('data-slug')! },
      name: anchor.textContent!,
      anchor,
    })),
};

describe('the overlay loop', () => {
  let controller: AbortController;
  let lookups: Identity[][];
  let onChange: () => void;
  let pageChanged: () => void;
  let reports: PagePerson[][];

  function start(answers: Record<string, LookupResult>, extra: Partial<OverlayDeps> = {}) {
    const deps: OverlayDeps = {
      ...extra,
      adapterFor: () => testAdapter,
      lookup: async (identities) => {
        lookups.push(identities);
        return identities.map((identity) => answers[identity.value] ?? { status: 'unknown' });
      },
      capture: async () => null,
      openSidebar: async () => true,
      onPageChange: (callback) => (pageChanged = callback),
      onDataChange: (callback) => (onChange = callback),
      reportPeople: (people) => reports.push(people),
    };
    startOverlay(document, deps, controller.signal);
  }
  const hosts = () => [...document.querySelectorAll('a[data-slug] + span')];
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  beforeEach(() => {
    controller = new AbortController();
    lookups = [];
    reports = [];
    document.body.replaceChildren();
    for (const slug of ['ann', 'bob', 'ann']) {
      const link = document.createElement('a');
      link.setAttribute('data-slug', slug);
      link.textContent = `<img src=x onerror=alert(1)> ${slug}`;
      document.body.append(link);
    }
  });
  afterEach(() => controller.abort());

  it('looks every person up in one batch, once per identity, and badges every place they appear', async () => {
    start({ ann: { status: 'known', contact: client } });
    await settle();
    expect(lookups).toEqual([
      [
        { kind: 'linkedin', value: 'ann' },
        { kind: 'linkedin', value: 'bob' },
      ],
    ]);
    expect(hosts()).toHaveLength(3);
  });

  it('never duplicates a badge when the page re-renders, and removes it with its person', async () => {
    start({ ann: { status: 'known', contact: client } });
    await settle();
    pageChanged();
    pageChanged();
    expect(hosts()).toHaveLength(3);
    document.querySelector('a[data-slug="bob"]')!.remove();
    pageChanged();
    expect(document.querySelectorAll('span')).toHaveLength(2);
    expect(lookups).toHaveLength(1);
  });

  it('tells who is on the page once each, with their contact, only once their lookup answered', async () => {
    start({ ann: { status: 'known', contact: client } });
    expect(reports.at(-1)).toEqual([]);
    await settle();
    expect(reports.at(-1)).toEqual([
      {
        identity: { kind: 'linkedin', value: 'ann' },
        name: '<img src=x onerror=alert(1)> ann',
        contactId: 'c1',
      },
      {
        identity: { kind: 'linkedin', value: 'bob' },
        name: '<img src=x onerror=alert(1)> bob',
        contactId: null,
      },
    ]);
    document.querySelector('a[data-slug="bob"]')!.remove();
    pageChanged();
    expect(reports.at(-1)?.map((person) => person.identity.value)).toEqual(['ann']);
  });

  it('asks again after a data change elsewhere, keeping the badges meanwhile', async () => {
    start({ ann: { status: 'known', contact: client } });
    await settle();
    onChange();
    expect(hosts()).toHaveLength(3);
    await settle();
    expect(lookups).toHaveLength(2);
  });

  it('takes everything away when the extension context ends', async () => {
    start({});
    await settle();
    expect(hosts()).toHaveLength(3);
    controller.abort();
    expect(hosts()).toHaveLength(0);
    expect(reports.at(-1)).toEqual([]);
    // Page text stayed text: the names were never parsed as markup.
    expect(document.querySelector('img')).toBeNull();
  });

  it('reads the page once for a lookup answer while nothing changed, again once something did', async () => {
    const read = vi.spyOn(testAdapter, 'findIdentities');
    let pending = false;
    start({ ann: { status: 'known', contact: client } }, { pageChangePending: () => pending });
    await settle();
    // The first render read the page; showing the answers reused that read.
    expect(read).toHaveBeenCalledTimes(1);
    expect(hosts()).toHaveLength(3);
    onChange();
    await settle();
    expect(read).toHaveBeenCalledTimes(1);
    expect(lookups).toHaveLength(2);
    // A change not yet handed to the overlay: the next render reads the page again.
    document.querySelector('a[data-slug="bob"]')!.remove();
    pending = true;
    onChange();
    expect(read).toHaveBeenCalledTimes(2);
    expect(hosts()).toHaveLength(2);
    pending = false;
    pageChanged();
    expect(read).toHaveBeenCalledTimes(3);
    read.mockRestore();
  });

  it('builds a long list of badges a share per task, asking about everyone at once', async () => {
    document.body.replaceChildren();
    for (let i = 0; i < 25; i++) {
      const link = document.createElement('a');
      link.setAttribute('data-slug', `person-${i}`);
      link.textContent = `Person ${i}`;
      document.body.append(link);
    }
    start({});
    await Promise.resolve();
    await Promise.resolve();
    expect(lookups).toHaveLength(1);
    expect(lookups[0]).toHaveLength(25);
    expect(hosts()).toHaveLength(10);
    await settle();
    await settle();
    await settle();
    expect(hosts()).toHaveLength(25);
    expect(reports.at(-1)).toHaveLength(25);
  });

  it('listens for data changes only once the page shows somebody', async () => {
    document.body.replaceChildren();
    const listen = vi.fn();
    const deps: OverlayDeps = {
      adapterFor: () => testAdapter,
      lookup: async (identities) => identities.map(() => ({ status: 'unknown' as const })),
      capture: async () => null,
      openSidebar: async () => true,
      onPageChange: (callback) => (pageChanged = callback),
      onDataChange: listen,
      reportPeople: () => {},
    };
    startOverlay(document, deps, controller.signal);
    pageChanged();
    expect(listen).not.toHaveBeenCalled();
    const link = document.createElement('a');
    link.setAttribute('data-slug', 'ann');
    link.textContent = 'Ann';
    document.body.append(link);
    pageChanged();
    pageChanged();
    expect(listen).toHaveBeenCalledTimes(1);
  });

  it('shows nothing and asks nothing on a page without an adapter', async () => {
    const deps = vi.fn();
    startOverlay(
      document,
      {
        adapterFor: () => null,
        lookup: async () => (deps(), []),
        capture: async () => null,
        openSidebar: async () => true,
        onPageChange: () => {},
        onDataChange: () => {},
        reportPeople: () => {},
      },
      controller.signal,
    );
    await settle();
    expect(deps).not.toHaveBeenCalled();
    expect(hosts()).toHaveLength(0);
  });
});
