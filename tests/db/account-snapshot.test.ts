/**
 * loadAccountSnapshots reads the snapshots of many contacts together. Each
 * must be exactly what reading that one contact's account on its own gives
 * (the oracle below is the one-contact reading, query by query), in the same
 * order, with damaged rows skipped and reported.
 */
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadAccountSnapshot, loadAccountSnapshots } from '../../lib/db/account-snapshot';
import { listCorruptRecords } from '../../lib/db/corrupt-records';
import type { RapportDatabase } from '../../lib/db/database';
import { keepValid } from '../../lib/db/read';
import type { Contact, Gesture } from '../../lib/db/schema';
import type { AccountSnapshot } from '../../lib/domain/account-snapshot';
import type { AccountTier } from '../../lib/domain/account-tier';
import { getEngineSettings } from '../../lib/db/engine-settings';
import { getSetting, ladderSetting } from '../../lib/db/settings';
import { relationshipView } from '../../lib/domain/relationship-view';
import { bookArbitrary, NOW as BOOK_NOW } from './priority-arbitraries';
import { recordsV1 } from './fixtures/records-v1';
import { freshDatabase, seedDatabase } from './test-database';

afterEach(() => vi.restoreAllMocks());

/** One contact's snapshot, one indexed query per part. */
async function oracle(
  contact: Contact,
  tier: AccountTier,
  database: RapportDatabase,
): Promise<AccountSnapshot> {
  const gesturesOf = async (ids: string[]) =>
    keepValid(
      database,
      'gestures',
      (
        await Promise.all(
          ids.map((id) =>
            database.gestures
              .where('[contactId+at]')
              .between([id, Dexie.minKey], [id, Dexie.maxKey])
              .toArray(),
          ),
        )
      ).flat(),
    );
  if (contact.accountId === null) {
    return {
      account: null,
      tier,
      contacts: [contact],
      deals: keepValid(
        database,
        'deals',
        await database.deals.where('contactId').equals(contact.id).toArray(),
      ),
      gestures: await gesturesOf([contact.id]),
      followUps: keepValid(
        database,
        'followUps',
        await database.followUps.where('contactId').equals(contact.id).toArray(),
      ),
      issues: [],
    };
  }
  const accountId = contact.accountId;
  const people = keepValid(
    database,
    'contacts',
    await database.contacts.where('accountId').equals(accountId).toArray(),
  );
  const ids = people.map((person) => person.id);
  const account = await database.accounts.get(accountId);
  return {
    account: account ? (keepValid(database, 'accounts', [account])[0] ?? null) : null,
    tier,
    contacts: people,
    deals: keepValid(database, 'deals', await database.deals.where('accountId').equals(accountId).toArray()),
    gestures: await gesturesOf(ids),
    followUps: keepValid(
      database,
      'followUps',
      await database.followUps.where('contactId').anyOf(ids).toArray(),
    ),
    issues: keepValid(
      database,
      'accountIssues',
      await database.accountIssues.where('accountId').equals(accountId).toArray(),
    ),
  };
}

const [ada, ben] = recordsV1.contacts as unknown as [Contact, Contact];
const [acme, borealis] = recordsV1.accounts;
const person = (id: string, accountId: string | null): Contact => ({
  ...ada,
  id,
  accountId,
  linkedinSlugs: [id],
});
const contacts = [
  ada,
  ben,
  person('con-c', 'acc-acme'),
  person('con-a', 'acc-borealis'),
  person('con-z', 'acc-borealis'),
  person('con-lone', null),
  person('con-gone', 'acc-deleted'),
];
const gesture = (id: string, contactId: string, at: number) => ({
  ...recordsV1.gestures[1]!,
  id,
  contactId,
  at,
});
const followUp = (id: string, contactId: string) => ({ ...recordsV1.followUps[1]!, id, contactId });
const deal = (id: string, accountId: string, contactId: string | null) => ({
  ...recordsV1.deals[1]!,
  id,
  accountId,
  contactId,
});

async function seeded() {
  const database = freshDatabase();
  await seedDatabase(database, {
    accounts: [acme!, borealis!],
    contacts: [
      ...contacts,
      { ...ada, id: 'con-broken', accountId: 'acc-borealis', emails: ['NOT AN EMAIL'] },
    ],
    deals: [
      ...recordsV1.deals,
      deal('deal-b1', 'acc-borealis', 'con-z'),
      deal('deal-b0', 'acc-borealis', null),
      deal('deal-lone', 'acc-acme', 'con-lone'),
      deal('deal-ben', 'acc-borealis', ben.id),
    ],
    gestures: [
      ...recordsV1.gestures,
      gesture('g-3', 'con-z', 5),
      gesture('g-1', 'con-z', 9),
      gesture('g-2', 'con-a', 7),
      gesture('g-4', 'con-lone', 3),
      gesture('g-5', ben.id, 4),
      { ...gesture('g-bad', 'con-a', 8), type: 'not-a-type' },
      gesture('g-gone', 'con-gone', 1),
    ],
    followUps: [
      ...recordsV1.followUps,
      followUp('f-2', 'con-z'),
      followUp('f-1', 'con-a'),
      followUp('f-3', 'con-lone'),
    ],
    accountIssues: [
      ...recordsV1.accountIssues,
      { ...recordsV1.accountIssues[0]!, id: 'iss-b', accountId: 'acc-borealis' },
    ],
  });
  return database;
}

const tierOf = (contact: Contact): AccountTier =>
  (contact.accountId === 'acc-acme' ? 'A' : 'C') as AccountTier;

describe('loadAccountSnapshots', () => {
  it('gives each contact the snapshot that reading them alone gives, parts in the same order', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const database = await seeded();
    const snapshots = await loadAccountSnapshots(contacts, tierOf, database);
    expect([...snapshots.keys()].sort()).toEqual(contacts.map((c) => c.id).sort());
    for (const contact of contacts) {
      const expected = await oracle(contact, tierOf(contact), database);
      expect(snapshots.get(contact.id)).toStrictEqual(expected);
      expect(await loadAccountSnapshot(contact, tierOf(contact), database)).toStrictEqual(expected);
    }
    // Sanity: the data reaches every part.
    const borealisSnapshot = snapshots.get('con-a')!;
    expect(borealisSnapshot.contacts.map((c) => c.id)).toEqual(['con-a', 'con-z']);
    expect(borealisSnapshot.gestures.map((g) => g.id)).toEqual(['g-2', 'g-3', 'g-1']);
    expect(borealisSnapshot.deals.map((d) => d.id)).toEqual(['deal-b0', 'deal-b1', 'deal-ben']);
    expect(snapshots.get('con-lone')!.deals.map((d) => d.id)).toEqual(['deal-lone']);
    expect(snapshots.get(ben.id)!.gestures.map((g) => g.id)).toEqual(['g-5']);
    expect(snapshots.get('con-gone')!.account).toBeNull();
  });

  it('shares one snapshot between people of one account', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const database = await seeded();
    const snapshots = await loadAccountSnapshots(contacts, tierOf, database);
    expect(snapshots.get('con-a')).toBe(snapshots.get('con-z'));
    expect(snapshots.get(ada.id)).toBe(snapshots.get('con-c'));
    expect(snapshots.get('con-lone')).not.toBe(snapshots.get(ben.id));
  });

  it('skips damaged rows and reports them', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const database = await seeded();
    const snapshots = await loadAccountSnapshots([contacts[3]!], tierOf, database);
    expect(snapshots.get('con-a')!.contacts.map((c) => c.id)).toEqual(['con-a', 'con-z']);
    expect(snapshots.get('con-a')!.gestures.map((g) => g.id)).not.toContain('g-bad');
    expect(
      listCorruptRecords(database)
        .map((r) => `${r.table}:${r.id}`)
        .sort(),
    ).toEqual(['contacts:con-broken', 'gestures:g-bad']);
    expect(warn).toHaveBeenCalled();
  });

  it('reads nothing for no contacts', async () => {
    const database = await seeded();
    expect((await loadAccountSnapshots([], tierOf, database)).size).toBe(0);
  });

  describe("with colleaguesAt (only what the contacts' own views need)", () => {
    it('gives the contacts the views whole snapshots give, on random books of business', async () => {
      const DAY = 86_400_000;
      await fc.assert(
        fc.asyncProperty(
          bookArbitrary,
          fc.integer({ min: -3, max: 3 }),
          fc.array(fc.nat(5), { minLength: 1, maxLength: 3 }),
          async (book, shift, picks) => {
            const database = freshDatabase();
            try {
              await seedDatabase(database, book);
              const now = BOOK_NOW + shift * DAY;
              const subjects = picks.map((n) => book.contacts[n % book.contacts.length]!);
              const [settings, ladder] = [
                await getEngineSettings(database),
                await getSetting(ladderSetting, database),
              ];
              const whole = await loadAccountSnapshots(subjects, tierOf, database);
              const lean = await database.transaction('r', database.tables, () =>
                loadAccountSnapshots(subjects, tierOf, database, { colleaguesAt: now }),
              );
              for (const subject of subjects) {
                expect(relationshipView(subject, lean.get(subject.id)!, ladder, settings, now)).toStrictEqual(
                  relationshipView(subject, whole.get(subject.id)!, ladder, settings, now),
                );
              }
            } finally {
              database.close();
            }
          },
        ),
        { numRuns: 60 },
      );
    }, 120_000);

    it('carries a colleague as one give at their last give up to then, with no follow-ups', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const database = await seeded();
      const give = (id: string, at: number): Gesture => ({
        id,
        contactId: 'con-z',
        type: 'article',
        at,
        createdAt: at,
        updatedAt: at,
      });
      await database.gestures.bulkAdd([give('g-z5', 5), give('g-z9', 9)]);
      // At 7, con-z's give at 9 (their latest) has not happened yet: the one at 5 stands.
      const at7 = await loadAccountSnapshots([contacts[3]!], tierOf, database, { colleaguesAt: 7 });
      const snapshot = at7.get('con-a')!;
      expect(snapshot.contacts.map((c) => c.id)).toEqual(['con-a', 'con-z']);
      expect(snapshot.gestures.map((g) => [g.id, g.contactId, g.type, g.at])).toEqual([
        ['g-2', 'con-a', 'reference-ask', 7],
        ['stand-in-check-in-con-z', 'con-z', 'check-in', 5],
      ]);
      expect(snapshot.followUps.map((f) => f.id)).toEqual(['f-1']);
      const later = await loadAccountSnapshots([contacts[3]!], tierOf, database, { colleaguesAt: 100 });
      expect(later.get('con-a')!.gestures.map((g) => [g.contactId, g.at])).toEqual([
        ['con-a', 7],
        ['con-z', 9],
      ]);
    });

    it.each<[string, Partial<Contact>]>([
      ['has left', { left: true }],
      [
        'holds no key role and is neither senior nor middle management',
        { roles: ['champion'], seniority: 'staff' },
      ],
    ])(
      'reads no last give of a colleague who %s: it counts for nothing at the account',
      async (_, change) => {
        vi.spyOn(console, 'warn').mockImplementation(() => {});
        const database = await seeded();
        await database.gestures.add({
          id: 'g-z',
          contactId: 'con-z',
          type: 'article',
          at: 5,
          createdAt: 5,
          updatedAt: 5,
        });
        await database.contacts.update('con-z', change);
        const bulkGet = vi.spyOn(database.latestGives, 'bulkGet');
        const snapshot = (
          await loadAccountSnapshots([contacts[3]!], tierOf, database, { colleaguesAt: 100 })
        ).get('con-a')!;
        expect(snapshot.contacts.map((c) => c.id)).toEqual(['con-a', 'con-z']);
        expect(snapshot.gestures.map((g) => g.contactId)).toEqual(['con-a']);
        expect(bulkGet).not.toHaveBeenCalled();
      },
    );
  });
});
