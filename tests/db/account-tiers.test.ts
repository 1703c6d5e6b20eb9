import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cachedAccountTiers, loadAccountTiers } from '../../lib/db/account-tiers';
import { lookupContactSummaries } from '../../lib/db/lookup';
import type { Identity } from '../../lib/domain/identity';
import type { RapportDatabase } from '../../lib/db/database';
import { getEngineSettings } from '../../lib/db/engine-settings';
import { readCachedRanking, storeRanking } from '../../lib/db/tier-cache';
import { rankAccounts } from '../../lib/domain/pareto';
import { account, contact, NOW } from '../domain/builders';
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

  it('serve lookups running at once, each in its own transaction, after a change', async () => {
    await seedDatabase(db, {
      contacts: [contact({ id: 'pat', emails: ['pat@big.example'], accountId: 'big' })],
    });
    const tiers = cachedAccountTiers(db);
    const pat: Identity = { kind: 'email', value: 'pat@big.example' };
    const lookups = () => Promise.all([1, 2, 3, 4].map(() => lookupContactSummaries([pat], NOW, db, tiers)));
    await lookups();
    // A gesture logged on one page sends every page with Pat on it to look again, at once.
    await db.accounts.update('small', { revenue: 60 });
    const again = await lookups();
    expect(again.map((found) => found.get('email:pat@big.example')?.contactId)).toEqual([
      'pat',
      'pat',
      'pat',
      'pat',
    ]);
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

describe('the stored ranking, kept between service-worker starts', () => {
  const stored = async () =>
    (await readCachedRanking(db, JSON.stringify((await getEngineSettings(db)).pareto))).ranking;

  it('is stored by the first reader and serves the next one without reading the accounts', async () => {
    const settings = await getEngineSettings(db);
    const first = await loadAccountTiers(settings, db);
    await vi.waitFor(async () => expect(await stored()).toEqual(first.ranking));
    const reads = vi.spyOn(db.accounts, 'toArray');
    const second = await loadAccountTiers(settings, db);
    expect(reads).not.toHaveBeenCalled();
    expect(second.ranking).toEqual(first.ranking);
    expect([...second.byId]).toEqual([...first.byId]);
    expect(second.byId.get('big')).toBe('top');
  });

  it.each<[string, () => Promise<unknown>]>([
    ['an account changes', () => db.accounts.update('tiny', { revenue: 10_000 })],
    ['an account is added', () => db.accounts.add(account({ id: 'new', revenue: 10_000 }))],
    ['an account is deleted', () => db.accounts.delete('big')],
    ['the accounts are cleared (a restore)', () => db.accounts.clear()],
  ])('is not used once %s', async (_, write) => {
    const settings = await getEngineSettings(db);
    await loadAccountTiers(settings, db);
    await vi.waitFor(async () => expect(await stored()).not.toBeNull());
    await db.transaction('rw', db.accounts, () => write());
    expect(await stored()).toBeNull();
    const accounts = await db.accounts.toArray();
    expect((await loadAccountTiers(settings, db)).ranking).toEqual(rankAccounts(accounts, settings.pareto));
  });

  it('never sees an earlier stamp again, a clear included (else a ranking of old accounts could pass as current)', async () => {
    const stampNow = async () => (await readCachedRanking(db, '')).stamp;
    const seen = [await stampNow()];
    await db.transaction('rw', db.accounts, () => db.accounts.clear());
    seen.push(await stampNow());
    await db.transaction('rw', db.accounts, () => db.accounts.add(account({ id: 'again', revenue: 1 })));
    seen.push(await stampNow());
    expect(seen.every((stamp) => typeof stamp === 'string')).toBe(true);
    expect(new Set(seen).size).toBe(3);
  });

  it('is not used under other 80/20 settings', async () => {
    const settings = await getEngineSettings(db);
    await loadAccountTiers(settings, db);
    await vi.waitFor(async () => expect(await stored()).not.toBeNull());
    const wider = { ...settings, pareto: { ...settings.pareto, topShare: 0.99 } };
    const tiers = await loadAccountTiers(wider, db);
    expect(tiers.ranking).toEqual(rankAccounts(await db.accounts.toArray(), wider.pareto));
    expect(tiers.byId.get('small')).toBe('top');
  });

  it('is not stored when an account was written after the accounts were read for it', async () => {
    const settings = await getEngineSettings(db);
    const pareto = JSON.stringify(settings.pareto);
    await db.transaction('rw', db.accounts, () => db.accounts.update('small', { revenue: 60 }));
    const { stamp } = await readCachedRanking(db, pareto);
    const outdated = rankAccounts(await db.accounts.toArray(), settings.pareto);
    await db.transaction('rw', db.accounts, () => db.accounts.update('tiny', { revenue: 10_000 }));
    expect(await storeRanking(db, stamp, pareto, outdated)).toBe(false);
    expect(await stored()).toBeNull();
  });

  it('is stamped by its reader while no account has been written yet, and dropped at the first write', async () => {
    const settings = await getEngineSettings(db);
    const pareto = JSON.stringify(settings.pareto);
    const ranking = rankAccounts(await db.accounts.toArray(), settings.pareto);
    // Seeded before any stamp existed? The seed wrote accounts, so a stamp is there: start from none.
    await db.caches.clear();
    expect(await readCachedRanking(db, pareto)).toEqual({ stamp: null, ranking: null });
    expect(await storeRanking(db, null, pareto, ranking)).toBe(true);
    expect((await readCachedRanking(db, pareto)).ranking).toEqual(ranking);
    await db.transaction('rw', db.accounts, () => db.accounts.delete('tiny'));
    expect(await stored()).toBeNull();
  });
});
