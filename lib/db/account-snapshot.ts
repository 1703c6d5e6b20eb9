/**
 * Assembles the relationship engine's AccountSnapshot from the database:
 * everything the rules need about one account (or about one contact with no
 * account), each part one indexed query, every row validated. Snapshots of
 * several contacts are read together, one query per part for all of them,
 * and contacts of the same account share one snapshot.
 */
import Dexie from 'dexie';
import { countsAtAccount } from '../domain/account-facts';
import type { AccountSnapshot } from '../domain/account-snapshot';
import type { AccountTier } from '../domain/account-tier';
import { standInGesture } from '../domain/gestures';
import { groupBy } from '../domain/group-by';
import { db, type RapportDatabase } from './database';
import { readLastGivesOf } from './last-gives';
import { keepValid } from './read';
import type { Contact } from './schema';

/** Each contact's gestures, in `[contactId+at]` order, unvalidated. */
async function gestureRowsOf(contactIds: readonly string[], database: RapportDatabase) {
  const perContact = await Promise.all(
    contactIds.map((id) =>
      database.gestures.where('[contactId+at]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray(),
    ),
  );
  return new Map(contactIds.map((id, i) => [id, perContact[i]!]));
}

export interface SnapshotOptions {
  /**
   * Read only what the views of `contacts` themselves need, at this time:
   * their colleagues (the others at their accounts) then carry no follow-ups
   * and, instead of their gestures, one stand-in give at their last give at
   * or before this time (`latestGives`), which is all account-facts.ts uses
   * of them, and only of those who count at the account (countsAtAccount).
   * The views of `contacts` are the same as from whole snapshots; the
   * colleagues' own views are not to be taken from these.
   */
  colleaguesAt?: number;
}

/**
 * The snapshot of each contact's account (or of the contact alone when they
 * have none), keyed by contact id. Contacts of one account get the same
 * snapshot object.
 */
export async function loadAccountSnapshots(
  contacts: readonly Contact[],
  tierOf: (contact: Contact) => AccountTier,
  database: RapportDatabase = db,
  { colleaguesAt }: SnapshotOptions = {},
): Promise<Map<string, AccountSnapshot>> {
  const accountIds = [...new Set(contacts.flatMap((c) => (c.accountId === null ? [] : [c.accountId])))];
  const loners = [...new Map(contacts.filter((c) => c.accountId === null).map((c) => [c.id, c])).values()];
  const lonerIds = loners.map((c) => c.id);
  // One getAll per key (an index range each), rather than anyOf, which walks a cursor row by row.
  const perKey = async <R>(keys: readonly string[], read: (key: string) => Promise<R[]>) =>
    (await Promise.all(keys.map(read))).flat();
  const histories = (ids: readonly string[]) =>
    Promise.all([
      gestureRowsOf(ids, database),
      perKey(ids, (id) => database.followUps.where('contactId').equals(id).toArray()),
    ]);
  // Reading only what the contacts themselves need, their histories go with the first reads.
  const subjectIds = new Set(contacts.map((c) => c.id));
  const [accounts, placedRows, dealRows, issueRows, lonerDealRows, subjectHistories] = await Promise.all([
    accountIds.length > 0 ? database.accounts.bulkGet(accountIds) : [],
    perKey(accountIds, (id) => database.contacts.where('accountId').equals(id).toArray()),
    perKey(accountIds, (id) => database.deals.where('accountId').equals(id).toArray()),
    perKey(accountIds, (id) => database.accountIssues.where('accountId').equals(id).toArray()),
    perKey(lonerIds, (id) => database.deals.where('contactId').equals(id).toArray()),
    colleaguesAt === undefined ? null : histories([...subjectIds]),
  ]);
  const accountRows = new Map(accountIds.map((id, i) => [id, accounts[i]]));
  const placed = groupBy(keepValid(database, 'contacts', placedRows), (c) => c.accountId);
  const placedPeople = [...placed.values()].flat();
  const peopleIds = [...placedPeople.map((c) => c.id), ...lonerIds];
  // A colleague who counts for nothing among the account's facts needs no last give.
  const colleagueIds =
    colleaguesAt === undefined
      ? []
      : placedPeople.filter((c) => !subjectIds.has(c.id) && countsAtAccount(c)).map((c) => c.id);
  const [[gestureRows, followUpRows], colleagueGives] = await Promise.all([
    subjectHistories ?? histories(peopleIds),
    colleagueIds.length > 0
      ? readLastGivesOf(database, colleagueIds, colleaguesAt!)
      : new Map<string, number>(),
  ]);
  const followUps = groupBy(keepValid(database, 'followUps', followUpRows), (f) => f.contactId);
  const gesturesOf = (people: readonly Contact[]) =>
    people.flatMap((person) => {
      const rows = gestureRows.get(person.id);
      if (rows) return keepValid(database, 'gestures', rows);
      const at = colleagueGives.get(person.id);
      return at === undefined ? [] : [standInGesture(person.id, 'check-in', at)];
    });
  const followUpsOf = (people: readonly Contact[]) =>
    people.flatMap((person) => followUps.get(person.id) ?? []);

  const byContact = new Map<string, AccountSnapshot>();
  for (const loner of loners) {
    byContact.set(loner.id, {
      account: null,
      tier: tierOf(loner),
      contacts: [loner],
      deals: keepValid(
        database,
        'deals',
        lonerDealRows.filter((deal) => deal.contactId === loner.id),
      ),
      gestures: gesturesOf([loner]),
      followUps: followUpsOf([loner]),
      issues: [],
    });
  }
  const deals = groupBy(dealRows, (deal) => deal.accountId);
  const issues = groupBy(issueRows, (issue) => issue.accountId);
  const snapshots = new Map<string, AccountSnapshot>();
  for (const contact of contacts) {
    const accountId = contact.accountId;
    if (accountId === null) continue;
    let snapshot = snapshots.get(accountId);
    if (!snapshot) {
      const people = placed.get(accountId) ?? [];
      const account = accountRows.get(accountId);
      snapshot = {
        account: account ? (keepValid(database, 'accounts', [account])[0] ?? null) : null,
        tier: tierOf(contact),
        contacts: people,
        deals: keepValid(database, 'deals', deals.get(accountId) ?? []),
        gestures: gesturesOf(people),
        followUps: followUpsOf(people),
        issues: keepValid(database, 'accountIssues', issues.get(accountId) ?? []),
      };
      snapshots.set(accountId, snapshot);
    }
    byContact.set(contact.id, snapshot);
  }
  return byContact;
}

/** The snapshot of `contact`'s account, or of the contact alone when they have none. */
export async function loadAccountSnapshot(
  contact: Contact,
  tier: AccountTier,
  database: RapportDatabase = db,
): Promise<AccountSnapshot> {
  const snapshots = await loadAccountSnapshots([contact], () => tier, database);
  return snapshots.get(contact.id)!;
}
