/**
 * "Who is this?" for the people on a page: identities to contacts through the
 * multiEntry indexes, and the cheap per-contact facts a badge shows.
 */
import { agoPhrase, duePhrase } from '../domain/day-phrases';
import { identityKey, type Identity } from '../domain/identity';
import { relationshipView } from '../domain/relationship-view';
import { loadAccountSnapshots } from './account-snapshot';
import { loadAccountTiers, tierOfContact, type AccountTiers } from './account-tiers';
import type { ContactSummary } from '../messaging/protocol';
import { db, type RapportDatabase } from './database';
import type { EngineSettings } from '../domain/engine-settings';
import { getEngineSettings } from './engine-settings';
import { keepValid } from './read';
import { giveTypes, type Contact, type Gesture, type GestureType } from './schema';
import { getSetting, ladderSetting } from './settings';

const GIVE_TYPES: ReadonlySet<GestureType> = new Set(giveTypes);

/**
 * The contact behind each identity, keyed by identityKey. One indexed query
 * per identity kind, however many identities. When two contacts share an
 * identity (a duplicate not yet merged), the most recently updated wins.
 */
export async function findContactsByIdentities(
  identities: readonly Identity[],
  database: RapportDatabase = db,
): Promise<Map<string, Contact>> {
  const slugs = identities.filter((i) => i.kind === 'linkedin').map((i) => i.value);
  const emails = identities.filter((i) => i.kind === 'email').map((i) => i.value);
  const [bySlug, byEmail] = await Promise.all([
    slugs.length > 0 ? database.contacts.where('linkedinSlugs').anyOf(slugs).toArray() : [],
    emails.length > 0 ? database.contacts.where('emails').anyOf(emails).toArray() : [],
  ]);
  const found = new Map<string, Contact>();
  const remember = (identity: Identity, contact: Contact) => {
    const key = identityKey(identity);
    const previous = found.get(key);
    if (!previous || contact.updatedAt > previous.updatedAt) found.set(key, contact);
  };
  for (const contact of keepValid(database, 'contacts', bySlug)) {
    for (const value of contact.linkedinSlugs) remember({ kind: 'linkedin', value }, contact);
  }
  for (const contact of keepValid(database, 'contacts', byEmail)) {
    for (const value of contact.emails) remember({ kind: 'email', value }, contact);
  }
  const wanted = new Set(identities.map(identityKey));
  for (const key of found.keys()) if (!wanted.has(key)) found.delete(key);
  return found;
}

/** The latest valid give among `gestures` by `contactId`, at any time (a give logged in advance included). */
function lastGiveAt(gestures: readonly Gesture[], contactId: string): number | null {
  let last: number | null = null;
  for (const gesture of gestures) {
    if (
      gesture.contactId === contactId &&
      GIVE_TYPES.has(gesture.type) &&
      (last === null || gesture.at > last)
    ) {
      last = gesture.at;
    }
  }
  return last;
}

async function openGoalCounts(contactIds: string[], database: RapportDatabase): Promise<Map<string, number>> {
  const rows = await database.goals.where('contactId').anyOf(contactIds).toArray();
  const open = keepValid(database, 'goals', rows).filter((goal) => goal.status === 'open');
  const counts = new Map<string, number>();
  for (const goal of open) {
    if (goal.contactId !== null) counts.set(goal.contactId, (counts.get(goal.contactId) ?? 0) + 1);
  }
  return counts;
}

/** The badge view of every known identity, keyed by identityKey; unknown identities are absent. */
export async function lookupContactSummaries(
  identities: readonly Identity[],
  now: number,
  database: RapportDatabase = db,
  /** Where the account tiers come from: the background passes a cache (cachedAccountTiers). */
  loadTiers: (settings: EngineSettings) => Promise<AccountTiers> = (settings) =>
    loadAccountTiers(settings, database),
): Promise<Map<string, ContactSummary>> {
  const tables = [
    database.contacts,
    database.gestures,
    database.followUps,
    database.goals,
    database.accounts,
    database.deals,
    database.accountIssues,
    database.settings,
    database.latestGives,
    database.caches,
  ];
  return database.transaction('r', tables, async () => {
    // Each wave of reads waits for the one before: the settings go with the first.
    const [contactsByIdentity, settings, ladder] = await Promise.all([
      findContactsByIdentities(identities, database),
      getEngineSettings(database),
      getSetting(ladderSetting, database),
    ]);
    const contacts = [...new Map([...contactsByIdentity.values()].map((c) => [c.id, c])).values()];
    if (contacts.length === 0) return new Map<string, ContactSummary>();
    const contactIds = contacts.map((contact) => contact.id);
    const tiers = await loadTiers(settings);
    // One snapshot per account, however many of its people are on the page.
    const [goals, snapshots] = await Promise.all([
      openGoalCounts(contactIds, database),
      // Only what these contacts' own badges need: their colleagues count by their last give alone.
      loadAccountSnapshots(contacts, (contact) => tierOfContact(tiers, contact), database, {
        colleaguesAt: now,
      }),
    ]);
    const views = contacts.map((contact) =>
      relationshipView(contact, snapshots.get(contact.id)!, ladder, settings, now),
    );
    const gives = contacts.map((contact) => lastGiveAt(snapshots.get(contact.id)!.gestures, contact.id));
    const summaries = new Map(
      contacts.map((contact, index): [string, ContactSummary] => {
        const level = ladder.levels.find((l) => l.id === contact.levelId);
        const lastGive = gives[index] ?? null;
        const { due, next, assumptions } = views[index]!;
        const summary: ContactSummary = {
          contactId: contact.id,
          name: contact.name,
          level: level ? { id: level.id, name: level.name, color: level.color } : null,
          lastGiveAt: lastGive,
          lastGive: lastGive === null ? null : agoPhrase(lastGive, now),
          due: { at: due.dueAt, status: due.status, phrase: duePhrase(due.dueAt, now) },
          gap: next && next.missing.length > 0 ? `${next.level.name}: ${next.missing.join('; ')}` : null,
          assumptions: assumptions.map((check) => check.message),
          openGoals: goals.get(contact.id) ?? 0,
        };
        return [contact.id, summary];
      }),
    );
    return new Map([...contactsByIdentity].map(([key, contact]) => [key, summaries.get(contact.id)!]));
  });
}
