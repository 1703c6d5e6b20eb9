/**
 * What the follow-up panel shows about one contact, read in one
 * transaction: the cadence in force and where it comes from, the default it
 * would fall back to, the gestures that set the clock and the follow-ups.
 * The due state itself depends on the time, so the caller computes it
 * (followUpClock + dueState) at render time.
 */
import { resolveCadence, type ResolvedCadence } from '../domain/cadence';
import type { ContactClock } from '../domain/due';
import { lastGiveAt } from '../domain/gestures';
import { rankAccounts, tiersById } from '../domain/pareto';
import type { AccountTier } from '../domain/account-tier';
import { db, type RapportDatabase } from './database';
import { getEngineSettings } from './engine-settings';
import { listFollowUpsOfContact } from './follow-ups';
import { listGesturesOfContact } from './gestures';
import { getRecord, keepValid } from './read';
import type { Contact, FollowUp, Gesture } from './schema';

export interface FollowUpView {
  contact: Contact;
  tier: AccountTier;
  cadence: ResolvedCadence;
  /** The cadence without the contact's own override. */
  defaultCadence: ResolvedCadence;
  dueSoonDays: number;
  gestures: Gesture[];
  followUps: FollowUp[];
}

export async function loadFollowUpView(
  contactId: string,
  database: RapportDatabase = db,
): Promise<FollowUpView | null> {
  return database.transaction(
    'r',
    [database.contacts, database.accounts, database.gestures, database.followUps, database.settings],
    async () => {
      const contact = await getRecord('contacts', contactId, database);
      if (contact === undefined) return null;
      const [settings, gestures, followUps, accounts] = await Promise.all([
        getEngineSettings(database),
        listGesturesOfContact(contactId, database),
        listFollowUpsOfContact(contactId, database),
        // The tier is the account's place in the 80/20 ranking of every account;
        // a contact without one gets the tier of an account worth nothing, which depends on the rest too.
        database.accounts.toArray(),
      ]);
      const ranking = rankAccounts(keepValid(database, 'accounts', accounts), settings.pareto);
      const tier =
        (contact.accountId !== null && tiersById(ranking).get(contact.accountId)) || ranking.unvaluedTier;
      return {
        contact,
        tier,
        cadence: resolveCadence(contact, tier, settings.cadence),
        defaultCadence: resolveCadence({ ...contact, cadenceDays: null }, tier, settings.cadence),
        dueSoonDays: settings.cadence.dueSoonDays,
        gestures,
        followUps,
      };
    },
  );
}

/** The contact's clock at `now`, for dueState. */
export function followUpClock(view: FollowUpView, now: number): ContactClock {
  return {
    lastGiveAt: lastGiveAt(view.gestures, now),
    since: view.contact.createdAt,
    cadenceDays: view.cadence.days,
    followUps: view.followUps,
  };
}
