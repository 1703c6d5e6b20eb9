/**
 * Counting accounts' potential (the pareto setting's includePotential, set in
 * the dashboard's Settings) moves the 80/20 tiers everywhere they are kept
 * between reads: the stored ranking (tier-cache.ts), the background's tiers
 * for badges (cachedAccountTiers), the priority queue's stored inputs
 * (queue-cache.ts) and the Accounts view.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accountPortfolioLoader } from '../../lib/db/account-portfolio';
import { cachedAccountTiers, loadAccountTiers } from '../../lib/db/account-tiers';
import type { RapportDatabase } from '../../lib/db/database';
import { getEngineSettings, paretoSetting } from '../../lib/db/engine-settings';
import { loadPriorityQueue } from '../../lib/db/priority-source';
import { getSetting, setSetting } from '../../lib/db/settings';
import { readCachedRanking } from '../../lib/db/tier-cache';
import { account, contact, NOW } from '../domain/builders';
import { freshDatabase, seedDatabase } from './test-database';

let db: RapportDatabase;
beforeEach(async () => {
  db = freshDatabase();
  // By revenue, Steady is nearly everything; counting potential, Prospect is.
  await seedDatabase(db, {
    accounts: [
      account({ id: 'steady', name: 'Steady', revenue: 900, potential: 0 }),
      account({ id: 'prospect', name: 'Prospect', revenue: 100, potential: 10_000 }),
    ],
    // Never touched in the 400 days since she was added: on the queue whatever her tier.
    contacts: [contact({ id: 'pat', name: 'Pat', accountId: 'prospect' })],
  });
});
afterEach(async () => {
  await db.delete();
});

async function countPotential(): Promise<void> {
  await setSetting(paretoSetting, { ...(await getSetting(paretoSetting, db)), includePotential: true }, db);
}

describe('counting accounts’ potential', () => {
  it('moves the stored ranking’s tiers', async () => {
    const before = await loadAccountTiers(await getEngineSettings(db), db);
    expect(before.byId.get('prospect')).toBe('middle');
    await vi.waitFor(async () =>
      expect(
        (await readCachedRanking(db, JSON.stringify((await getEngineSettings(db)).pareto))).ranking,
      ).not.toBeNull(),
    );
    await countPotential();
    const after = await loadAccountTiers(await getEngineSettings(db), db);
    expect(after.byId.get('prospect')).toBe('top');
    expect(after.byId.get('steady')).toBe('middle');
  });

  it('moves the tiers the badges are looked up with', async () => {
    const tiers = cachedAccountTiers(db);
    expect((await tiers(await getEngineSettings(db))).byId.get('prospect')).toBe('middle');
    await countPotential();
    expect((await tiers(await getEngineSettings(db))).byId.get('prospect')).toBe('top');
  });

  it('moves a contact’s place on the priority queue', async () => {
    const reasonsOfPat = async () =>
      (await loadPriorityQueue(NOW, {}, db)).entries.find((entry) => entry.contactId === 'pat')!.reasons;
    expect(await reasonsOfPat()).not.toContain('top-tier account');
    // Stored for the next call (queue-cache.ts), which must not take them under the new setting.
    await vi.waitFor(async () => expect(await db.caches.get('queue-inputs')).toBeDefined());
    await countPotential();
    expect(await reasonsOfPat()).toContain('top-tier account');
  });

  it('moves the tiers of the Accounts view', async () => {
    const view = accountPortfolioLoader(db);
    const tierOf = async (id: string) =>
      (await view.load(NOW)).rows.find((row) => row.accountId === id)?.tier;
    expect(await tierOf('prospect')).toBe('middle');
    await countPotential();
    expect(await tierOf('prospect')).toBe('top');
  });
});
