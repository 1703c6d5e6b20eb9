/**
 * Everything the sidebar shows about one contact and their account, read in
 * one transaction so the card and the account view never disagree: the
 * relationship views of everyone at the account (one snapshot, one pass over
 * the account's facts), the ladder, the engine settings and the 80/20 tier.
 */
import { accountFacts, type AccountFacts } from '../domain/account-facts';
import type { AccountSnapshot } from '../domain/account-snapshot';
import type { AccountTier } from '../domain/account-tier';
import type { EngineSettings } from '../domain/engine-settings';
import { accountValue } from '../domain/pareto';
import { relationshipViews, type RelationshipView } from '../domain/relationship-view';
import { loadAccountSnapshot } from '../db/account-snapshot';
import { loadAccountTiers, tierOfContact } from '../db/account-tiers';
import { db, type RapportDatabase } from '../db/database';
import { getEngineSettings } from '../db/engine-settings';
import { keepValid } from '../db/read';
import type { Account, Contact, Ladder } from '../db/schema';
import { getSetting, ladderSetting } from '../db/settings';

export interface RelationshipData {
  contact: Contact;
  account: Account | null;
  ladder: Ladder;
  settings: EngineSettings;
  snapshot: AccountSnapshot;
  facts: AccountFacts;
  /** The contact's own view. */
  view: RelationshipView;
  /** Everyone at the account (the contact alone when there is no account), by contact id. */
  views: Map<string, RelationshipView>;
  tier: AccountTier;
  /** The account's value as 80/20 ranks it (revenue, plus potential when the settings say so). */
  value: number;
  /** Share of the total value of all accounts, 0..1. */
  share: number;
  now: number;
}

/** The sidebar's data for a contact, or null when there is no such (valid) contact. */
export async function loadRelationship(
  contactId: string,
  now: number,
  database: RapportDatabase = db,
): Promise<RelationshipData | null> {
  return database.transaction('r', database.tables, async () => {
    const row = await database.contacts.get(contactId);
    const contact = row === undefined ? undefined : keepValid(database, 'contacts', [row])[0];
    if (contact === undefined) return null;
    const settings = await getEngineSettings(database);
    const [ladder, tiers] = await Promise.all([
      getSetting(ladderSetting, database),
      loadAccountTiers(settings, database),
    ]);
    const tier = tierOfContact(tiers, contact);
    const snapshot = await loadAccountSnapshot(contact, tier, database);
    const views = relationshipViews(snapshot, ladder, settings, now);
    const ranked = tiers.ranking.rows.find((r) => r.accountId === contact.accountId);
    return {
      contact,
      account: snapshot.account,
      ladder,
      settings,
      snapshot,
      facts: accountFacts(snapshot, settings.evidence, now),
      view: views.get(contact.id)!,
      views,
      tier,
      value: snapshot.account ? accountValue(snapshot.account, settings.pareto) : 0,
      share: ranked?.share ?? 0,
      now,
    };
  });
}
