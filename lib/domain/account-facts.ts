/**
 * The observable facts about an account that evidence rules are judged on,
 * computed in one pass over a snapshot so that looking at every contact of
 * an account costs no more than looking at one.
 *
 * "We have a relationship with" a contact means: they have not left the
 * account, and a value-adding gesture with them happened within the
 * relationship window (EvidenceSettings.relationshipWindowDays) before now.
 * A level the user set is not enough, because levels are exactly what the
 * tool must not take on trust (DOMAIN.md, avoid assumptions).
 *
 * Records dated after `now` (a deal closing next month, a gesture logged
 * ahead) have not happened yet and are left out everywhere.
 */
import { subDays } from 'date-fns';
import type { AccountIssue, Contact, FollowUp, Gesture } from '../db/schema';
import { isOpenIssue } from './account-issues';
import type { AccountSnapshot } from './account-snapshot';
import type { EvidenceSettings } from './evidence-settings';
import { isReferenceGiven, isSignal, lastGiveAt } from './gestures';
import { toInstant, type Now } from './time';

export interface ContactFacts {
  /** Gestures with the contact up to now. */
  gestures: Gesture[];
  followUps: FollowUp[];
  lastGiveAt: number | null;
  /** We have a relationship with them (see above). */
  related: boolean;
  referenceGiven: boolean;
  /** A reference ask still waiting for an answer. */
  referencePending: boolean;
  /** Has shared strategic plans with us or fed us a product idea. */
  sharesStrategy: boolean;
}

/** Key people of one role who are still at the account, and how many of them we have a relationship with. */
export interface Coverage {
  known: number;
  related: number;
}

export interface AccountFacts {
  now: number;
  /** Deals closed up to now. */
  dealCount: number;
  openIssues: AccountIssue[];
  decisionMakers: Coverage;
  influencers: Coverage;
  /** A relationship with someone in senior management / middle management. */
  seniorRelated: boolean;
  middleRelated: boolean;
  contacts: ReadonlyMap<string, ContactFacts>;
}

export function accountFacts(snapshot: AccountSnapshot, settings: EvidenceSettings, now: Now): AccountFacts {
  const at = toInstant(now);
  const windowStart = subDays(at, settings.relationshipWindowDays).getTime();
  const contacts = new Map<string, ContactFacts>(snapshot.contacts.map((c) => [c.id, emptyContactFacts()]));

  for (const gesture of snapshot.gestures) {
    const facts = contacts.get(gesture.contactId);
    if (!facts || gesture.at > at) continue;
    facts.gestures.push(gesture);
    if (isReferenceGiven(gesture)) facts.referenceGiven = true;
    if (gesture.type === 'reference-ask' && (gesture.outcome ?? 'pending') === 'pending')
      facts.referencePending = true;
    if (isSignal(gesture.type)) facts.sharesStrategy = true;
  }
  for (const followUp of snapshot.followUps) contacts.get(followUp.contactId)?.followUps.push(followUp);

  const decisionMakers: Coverage = { known: 0, related: 0 };
  const influencers: Coverage = { known: 0, related: 0 };
  let seniorRelated = false;
  let middleRelated = false;
  for (const contact of snapshot.contacts) {
    const facts = contacts.get(contact.id)!;
    facts.lastGiveAt = lastGiveAt(facts.gestures, at);
    facts.related = isRelated(contact, facts.lastGiveAt, windowStart);
    if (!countsAtAccount(contact)) continue;
    count(contact, 'decision-maker', facts.related, decisionMakers);
    count(contact, 'influencer', facts.related, influencers);
    if (facts.related && contact.seniority === 'senior') seniorRelated = true;
    if (facts.related && contact.seniority === 'middle') middleRelated = true;
  }

  return {
    now: at,
    dealCount: snapshot.deals.filter((deal) => deal.closedAt <= at).length,
    openIssues: snapshot.issues.filter((issue) => isOpenIssue(issue, at)),
    decisionMakers,
    influencers,
    seniorRelated,
    middleRelated,
    contacts,
  };
}

/** The facts about one contact; a contact missing from the snapshot has none. */
export function contactFacts(facts: AccountFacts, contactId: string): ContactFacts {
  return facts.contacts.get(contactId) ?? emptyContactFacts();
}

/**
 * Whether a relationship with `contact` counts among the account's facts
 * (the coverage of its decision makers and influencers, the seniority
 * reached): only then does their last give matter to the views of the
 * others there.
 */
export function countsAtAccount(contact: Contact): boolean {
  return (
    !contact.left &&
    (contact.roles.includes('decision-maker') ||
      contact.roles.includes('influencer') ||
      contact.seniority === 'senior' ||
      contact.seniority === 'middle')
  );
}

function isRelated(contact: Contact, lastGiveAt: number | null, windowStart: number): boolean {
  return !contact.left && lastGiveAt !== null && lastGiveAt >= windowStart;
}

function count(contact: Contact, role: Contact['roles'][number], related: boolean, coverage: Coverage): void {
  if (!contact.roles.includes(role)) return;
  coverage.known += 1;
  if (related) coverage.related += 1;
}

function emptyContactFacts(): ContactFacts {
  return {
    gestures: [],
    followUps: [],
    lastGiveAt: null,
    related: false,
    referenceGiven: false,
    referencePending: false,
    sharesStrategy: false,
  };
}
