import { describe, expect, it } from 'vitest';
import { accountCoverage } from '../../lib/sidebar/coverage';
import { previewLevel } from '../../lib/sidebar/level-preview';
import { loadRelationship } from '../../lib/sidebar/load-relationship';
import { defaultLadder } from '../../lib/domain/default-ladder';
import { account, contact, day, deal, gesture, NOW } from '../domain/builders';
import { freshDatabase, seedDatabase } from '../db/test-database';

async function seeded() {
  const database = freshDatabase();
  await seedDatabase(database, {
    accounts: [
      account({ id: 'acme', name: 'Acme', revenue: 900_000 }),
      account({ id: 'small', name: 'Small', revenue: 10_000 }),
      account({ id: 'tiny', name: 'Tiny', revenue: 5_000 }),
    ],
    contacts: [
      contact({
        id: 'dm1',
        name: 'Dana',
        accountId: 'acme',
        roles: ['decision-maker'],
        levelId: 'supporter',
      }),
      contact({ id: 'dm2', name: 'Dirk', accountId: 'acme', roles: ['decision-maker'] }),
      contact({ id: 'in1', name: 'Ines', accountId: 'acme', roles: ['influencer'] }),
      contact({ id: 'lone', name: 'Lone', accountId: null }),
    ],
    deals: [
      deal({ accountId: 'acme', closedAt: day(-200) }),
      deal({ accountId: 'acme', closedAt: day(-20) }),
    ],
    gestures: [gesture('dm1', 'article', day(-3)), gesture('in1', 'check-in', day(-10))],
  });
  return database;
}

describe('the sidebar data for a contact', () => {
  it('gives the contact, their account and everyone there, with the 80/20 tier and value', async () => {
    const data = (await loadRelationship('dm1', NOW, await seeded()))!;
    expect(data.contact.name).toBe('Dana');
    expect(data.account?.name).toBe('Acme');
    expect([...data.views.keys()].sort()).toEqual(['dm1', 'dm2', 'in1']);
    expect(data.tier).toBe('top');
    expect(data.value).toBe(900_000);
    expect(data.share).toBeCloseTo(900 / 915);
    expect(data.view.level.level.name).toBe('Supporter');
    // Two deals, but no reference and one decision maker not related: the evidence supports Client.
    expect(data.view.suggested.level.name).toBe('Client');
    expect(data.view.assumptions.map((check) => check.kind)).toContain('level-unsupported');
  });

  it('is null for a contact that does not exist; a contact with no account stands alone', async () => {
    const database = await seeded();
    expect(await loadRelationship('ghost', NOW, database)).toBeNull();
    const lone = (await loadRelationship('lone', NOW, database))!;
    expect(lone.account).toBeNull();
    expect(lone.tier).toBe('low');
    expect([...lone.views.keys()]).toEqual(['lone']);
  });

  it('counts key-people coverage against what each level asks', async () => {
    const data = (await loadRelationship('dm1', NOW, await seeded()))!;
    expect(accountCoverage(data.facts, defaultLadder)).toEqual([
      {
        role: 'decision-maker',
        label: 'Decision makers',
        known: 2,
        related: 1,
        percent: 50,
        needs: [
          { levelName: 'Supporter', needs: 'all', met: false },
          { levelName: 'Advocate', needs: 'all', met: false },
        ],
      },
      {
        role: 'influencer',
        label: 'Influencers',
        known: 1,
        related: 1,
        percent: 100,
        needs: [
          { levelName: 'Supporter', needs: '70%', met: true },
          { levelName: 'Advocate', needs: 'all', met: true },
        ],
      },
    ]);
  });

  it('previews a level with the evidence it asks for before it is set', async () => {
    const data = (await loadRelationship('dm2', NOW, await seeded()))!;
    const preview = previewLevel('supporter', data.contact, data.facts, data.ladder);
    expect(preview.supported).toBe(false);
    expect(preview.suggested.name).toBe('Client');
    expect(preview.checks.map((check) => [check.text, check.met])).toEqual([
      ['2 deals', true],
      ['no reference given yet', false],
      ['relationship with 1 of 2 decision makers', false],
      ['influencer coverage 100%', true],
    ]);
    expect(previewLevel('client', data.contact, data.facts, data.ladder).supported).toBe(true);
  });
});
