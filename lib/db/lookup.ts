/**
 * "Who is this?" for the people on a page: identities to contacts through the
 * multiEntry indexes, and the cheap per-contact facts a badge shows.
 */
import Dexie from 'dexie';
import { defaultLadder } from '../domain/default-ladder';
import { identityKey, type Identity } from '../domain/identity';
import type { ContactSummary } from '../messaging/protocol';
import type { RapportDatabase } from './database';
import { giveTypes, ladderSchema, type Contact, type GestureType, type Ladder } from './schema';

const GIVE_TYPES: ReadonlySet<GestureType> = new Set(giveTypes);

/** The user's ladder, validated on read; a missing or broken setting falls back to the default. */
export async function readLadder(db: RapportDatabase): Promise<Ladder> {
  const stored = await db.settings.get('ladder');
  const parsed = ladderSchema.safeParse(stored?.value);
  return parsed.success ? parsed.data : defaultLadder;
}

/**
 * The contact behind each identity, keyed by identityKey. One indexed query
 * per identity kind, however many identities. When two contacts share an
 * identity (a duplicate not yet merged), the most recently updated wins.
 */
export async function findContactsByIdentities(
  db: RapportDatabase,
  identities: readonly Identity[],
): Promise<Map<string, Contact>> {
  const slugs = identities.filter((i) => i.kind === 'linkedin').map((i) => i.value);
  const emails = identities.filter((i) => i.kind === 'email').map((i) => i.value);
  const [bySlug, byEmail] = await Promise.all([
    slugs.length > 0 ? db.contacts.where('linkedinSlugs').anyOf(slugs).toArray() : [],
    emails.length > 0 ? db.contacts.where('emails').anyOf(emails).toArray() : [],
  ]);
  const found = new Map<string, Contact>();
  const remember = (identity: Identity, contact: Contact) => {
    const key = identityKey(identity);
    const previous = found.get(key);
    if (!previous || contact.updatedAt > previous.updatedAt) found.set(key, contact);
  };
  for (const contact of bySlug) {
    for (const value of contact.linkedinSlugs) remember({ kind: 'linkedin', value }, contact);
  }
  for (const contact of byEmail) {
    for (const value of contact.emails) remember({ kind: 'email', value }, contact);
  }
  const wanted = new Set(identities.map(identityKey));
  for (const key of found.keys()) if (!wanted.has(key)) found.delete(key);
  return found;
}

async function lastGiveAt(db: RapportDatabase, contactId: string): Promise<number | null> {
  const last = await db.gestures
    .where('[contactId+at]')
    .between([contactId, Dexie.minKey], [contactId, Dexie.maxKey])
    .reverse()
    .filter((gesture) => GIVE_TYPES.has(gesture.type))
    .first();
  return last?.at ?? null;
}

/** Earliest moment an open follow-up is due, per contact; a snoozed one is due when its snooze ends. */
async function nextFollowUps(db: RapportDatabase, contactIds: string[]): Promise<Map<string, number>> {
  const open = await db.followUps
    .where('contactId')
    .anyOf(contactIds)
    .filter((followUp) => followUp.doneAt === null)
    .toArray();
  const next = new Map<string, number>();
  for (const followUp of open) {
    const dueAt = Math.max(followUp.dueAt, followUp.snoozedUntil ?? followUp.dueAt);
    const earliest = next.get(followUp.contactId);
    if (earliest === undefined || dueAt < earliest) next.set(followUp.contactId, dueAt);
  }
  return next;
}

async function openGoalCounts(db: RapportDatabase, contactIds: string[]): Promise<Map<string, number>> {
  const open = await db.goals
    .where('contactId')
    .anyOf(contactIds)
    .filter((goal) => goal.status === 'open')
    .toArray();
  const counts = new Map<string, number>();
  for (const goal of open) {
    if (goal.contactId !== null) counts.set(goal.contactId, (counts.get(goal.contactId) ?? 0) + 1);
  }
  return counts;
}

/** The badge view of every known identity, keyed by identityKey; unknown identities are absent. */
export async function lookupContactSummaries(
  db: RapportDatabase,
  identities: readonly Identity[],
): Promise<Map<string, ContactSummary>> {
  return db.transaction('r', [db.contacts, db.gestures, db.followUps, db.goals, db.settings], async () => {
    const contactsByIdentity = await findContactsByIdentities(db, identities);
    const contacts = [...new Map([...contactsByIdentity.values()].map((c) => [c.id, c])).values()];
    const contactIds = contacts.map((contact) => contact.id);
    const [ladder, followUps, goals, gives] = await Promise.all([
      readLadder(db),
      nextFollowUps(db, contactIds),
      openGoalCounts(db, contactIds),
      Promise.all(contactIds.map((id) => lastGiveAt(db, id))),
    ]);
    const summaries = new Map<string, ContactSummary>();
    contacts.forEach((contact, index) => {
      const level = ladder.levels.find((l) => l.id === contact.levelId);
      summaries.set(contact.id, {
        contactId: contact.id,
        name: contact.name,
        level: level ? { id: level.id, name: level.name, color: level.color } : null,
        lastGiveAt: gives[index] ?? null,
        nextFollowUpAt: followUps.get(contact.id) ?? null,
        openGoals: goals.get(contact.id) ?? 0,
      });
    });
    const byIdentity = new Map<string, ContactSummary>();
    for (const [key, contact] of contactsByIdentity) byIdentity.set(key, summaries.get(contact.id)!);
    return byIdentity;
  });
}
