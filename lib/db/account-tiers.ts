/**
 * Every account's 80/20 tier (lib/domain/pareto.ts), which sets the default
 * cadence: the badge lookup, the sidebar and anything else that builds a
 * relationship view needs the tier of the contact's account.
 */
import type { AccountTier } from '../domain/account-tier';
import type { EngineSettings } from '../domain/engine-settings';
import { rankAccounts, tiersById, type ParetoResult } from '../domain/pareto';
import { db, type RapportDatabase } from './database';
import { keepValid } from './read';
import type { Contact } from './schema';

export interface AccountTiers {
  ranking: ParetoResult;
  byId: Map<string, AccountTier>;
  /** The tier of an account worth nothing, and of a contact with no account. */
  unvalued: AccountTier;
}

/** Ranks every account once; one read of the accounts table. */
export async function loadAccountTiers(
  settings: EngineSettings,
  database: RapportDatabase = db,
): Promise<AccountTiers> {
  const ranking = rankAccounts(
    keepValid(database, 'accounts', await database.accounts.toArray()),
    settings.pareto,
  );
  return { ranking, byId: tiersById(ranking), unvalued: ranking.unvaluedTier };
}

export function tierOfContact(tiers: AccountTiers, contact: Pick<Contact, 'accountId'>): AccountTier {
  return (contact.accountId !== null && tiers.byId.get(contact.accountId)) || tiers.unvalued;
}
