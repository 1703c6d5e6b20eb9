import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cachedAccountTiers } from '../../lib/db/account-tiers';
import type { RapportDatabase } from '../../lib/db/database';
import { getEngineSettings } from '../../lib/db/engine-settings';
import { account, contact } from '../domain/builders';
import { freshDatabase, seedDatabase } from './test-database';

let db: RapportDatabase;
beforeEach(async () => {
  db = freshDatabase();
  await seedDatabase(db, {
    accounts: [
      account({ id: 'big', revenue: 900 }),
      account({ id: 'small', revenue: 50 }),
      account({ id: 'tiny', revenue: 50 }),
    ],
  });
});
afterEach(async () => {
  await db.delete();
});

describe('cached account tiers for badge lookups', () => {
  it('rank the accounts once, not on every lookup', async () => {
    const reads = vi.spyOn(db.accounts, 'toArray');
    const tiers = cachedAccountTiers(db);
    const settings = await getEngineSettings(db);
    const first = await tiers(settings);
    const second = await tiers(settings);
    expect(second).toBe(first);
    expect(first.byId.get('big')).toBe('top');
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('rank again after an account changes, so a new top account shows at once', async () => {
    const tiers = cachedAccountTiers(db);
    const settings = await getEngineSettings(db);
    expect((await tiers(settings)).byId.get('tiny')).not.toBe('top');
    await db.transaction('rw', db.accounts, () => db.accounts.update('tiny', { revenue: 10_000 }));
    await vi.waitFor(async () => expect((await tiers(settings)).byId.get('tiny')).toBe('top'));
  });

  it('are not thrown away by changes elsewhere', async () => {
    const reads = vi.spyOn(db.accounts, 'toArray');
    const tiers = cachedAccountTiers(db);
    const settings = await getEngineSettings(db);
    await tiers(settings);
    await db.transaction('rw', db.contacts, () => db.contacts.add(contact({ id: 'new', accountId: 'big' })));
    await tiers(settings);
    expect(reads).toHaveBeenCalledTimes(1);
  });
});
