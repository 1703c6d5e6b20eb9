/**
 * Every account's 80/20 tier (lib/domain/pareto.ts), which sets the default
 * cadence: the badge lookup, the sidebar and anything else that builds a
 * relationship view needs the tier of the contact's account.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import type { AccountTier } from '../domain/account-tier';
import type { EngineSettings } from '../domain/engine-settings';
import { rankAccounts, tiersById, type ParetoResult } from '../domain/pareto';
import { db, type RapportDatabase } from './database';
import { keepValid } from './read';
import { readCachedRanking, storeRanking } from './tier-cache';
import type { Contact } from './schema';

export interface AccountTiers {
  ranking: ParetoResult;
  byId: Map<string, AccountTier>;
  /** The tier of an account worth nothing, and of a contact with no account. */
  unvalued: AccountTier;
}

/**
 * Every account's tier: the stored ranking while it is current
 * (tier-cache.ts), else one read of the accounts table, ranked, and the
 * ranking stored for the next reader.
 */
export async function loadAccountTiers(
  settings: EngineSettings,
  database: RapportDatabase = db,
): Promise<AccountTiers> {
  const pareto = JSON.stringify(settings.pareto);
  // The stamp and the accounts are read in one transaction, so the ranking is of the stamped accounts.
  const ranking = await database.transaction('r', database.accounts, database.caches, async () => {
    const cached = await readCachedRanking(database, pareto);
    if (cached.ranking) return cached.ranking;
    const ranked = rankAccounts(
      keepValid(database, 'accounts', await database.accounts.toArray()),
      settings.pareto,
    );
    // Stored once the caller's transaction is done, in one of its own; failing to store only
    // means ranking again next time.
    Dexie.ignoreTransaction(() => storeRanking(database, cached.stamp, pareto, ranked)).catch(() => {});
    return ranked;
  });
  return { ranking, byId: tiersById(ranking), unvalued: ranking.unvaluedTier };
}

export function tierOfContact(tiers: AccountTiers, contact: Pick<Contact, 'accountId'>): AccountTier {
  return (contact.accountId !== null && tiers.byId.get(contact.accountId)) || tiers.unvalued;
}

/**
 * Account tiers kept between calls, for the background's badge lookups:
 * ranking every account on each lookup made a lookup's cost grow with the
 * number of accounts. Dropped whenever the accounts or the settings change,
 * here or in any other extension page (Dexie's storagemutated event, which
 * also crosses contexts; see lib/messaging/database-mutations.ts).
 * Not for live queries: they must read the accounts themselves to hear of changes.
 */
export function cachedAccountTiers(
  database: RapportDatabase = db,
): (settings: EngineSettings) => Promise<AccountTiers> {
  const watched = ['accounts', 'settings'].map((table) => `idb://${database.name}/${table}/`);
  // The tiers as ranked, not a promise of them. A lookup reads them inside its own transaction, and a
  // promise still running in another lookup's transaction, awaited there, lets that transaction
  // commit while it waits (Dexie's PrematureCommitError): each lookup that finds none ranks its own.
  let cached: { key: string; tiers: AccountTiers } | null = null;
  // Moves on with every change, so a ranking read before a change is not kept after it.
  let changes = 0;
  Dexie.on('storagemutated', (parts: ObservabilitySet) => {
    if (
      Object.keys(parts).some((part) => part === 'all' || watched.some((prefix) => part.startsWith(prefix)))
    ) {
      cached = null;
      changes += 1;
    }
  });
  return async (settings) => {
    const key = JSON.stringify(settings.pareto);
    if (cached?.key === key) return cached.tiers;
    const readAfter = changes;
    const tiers = await loadAccountTiers(settings, database);
    if (changes === readAfter) cached = { key, tiers };
    return tiers;
  };
}
