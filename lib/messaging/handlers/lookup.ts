import type { RapportDatabase } from '../../db/database';
import { cachedAccountTiers } from '../../db/account-tiers';
import { lookupContactSummaries } from '../../db/lookup';
import { identityKey, type Identity } from '../../domain/identity';
import type { Handler } from '../router';

/** Answers each identity in the order asked; identities that did not normalise are unknown. */
export function createLookupHandler(db: RapportDatabase): Handler<'lookup'> {
  const tiers = cachedAccountTiers(db);
  return async ({ identities }, { now }) => {
    const valid = identities.filter((identity): identity is Identity => identity !== null);
    const summaries = await lookupContactSummaries(valid, now, db, tiers);
    return {
      results: identities.map((identity) => {
        const contact = identity === null ? undefined : summaries.get(identityKey(identity));
        return contact ? { status: 'known', contact } : { status: 'unknown' };
      }),
    };
  };
}
