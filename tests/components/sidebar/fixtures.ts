/** A small account to render the sidebar's views from, through the real loader. */
import { loadRelationship, type RelationshipData } from '../../../lib/sidebar/load-relationship';
import type { RapportDatabase } from '../../../lib/db/database';
import { account, contact, day, deal, gesture, issue, NOW } from '../../domain/builders';
import { freshDatabase, seedDatabase } from '../../db/test-database';

export async function seedAcme(database: RapportDatabase = freshDatabase()): Promise<RapportDatabase> {
  await seedDatabase(database, {
    accounts: [account({ id: 'acme', name: 'Acme', revenue: 900_000, potential: 100_000 })],
    contacts: [
      contact({
        id: 'dana',
        name: 'Dana Diaz',
        headline: 'VP Operations at Acme',
        accountId: 'acme',
        roles: ['decision-maker'],
        seniority: 'senior',
        levelId: 'supporter',
        interests: ['sailing', 'jazz'],
        motivations: ['wants a promotion'],
        linkedinSlugs: ['dana-diaz'],
      }),
      contact({
        id: 'dirk',
        name: 'Dirk Meyer',
        accountId: 'acme',
        roles: ['decision-maker'],
        seniority: 'middle',
      }),
      contact({ id: 'ines', name: 'Ines Ito', accountId: 'acme', roles: ['influencer'] }),
    ],
    deals: [
      deal({ accountId: 'acme', closedAt: day(-200) }),
      deal({ accountId: 'acme', closedAt: day(-20) }),
    ],
    gestures: [gesture('dana', 'article', day(-3)), gesture('ines', 'check-in', day(-10))],
    accountIssues: [issue({ id: 'late', accountId: 'acme', kind: 'delivery', description: 'Shipment late' })],
  });
  return database;
}

export async function acmeData(contactId = 'dana'): Promise<RelationshipData> {
  return (await loadRelationship(contactId, NOW, await seedAcme()))!;
}
