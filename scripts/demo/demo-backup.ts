/**
 * A small, believable book of business for the demo and the end-to-end
 * tests, written as a Rapport backup file (docs/backup-format.md) so it goes
 * in through the dashboard's "Import backup" control like a user's own file.
 * The people and companies are invented, except the LinkedIn profile the
 * demo page shows (the real saved page in tests/fixtures/sites/), whose slug
 * the first contact carries.
 */
import { newContactDefaults } from '../../lib/db/contacts';
import type { Account, Contact, FollowUp, Gesture, Deal } from '../../lib/db/schema';

export const DEMO_PROFILE_SLUG = 'eduardo-alvarez-nowak';
const DAY = 86_400_000;

interface DemoTables {
  contacts: Contact[];
  accounts: Account[];
  deals: Deal[];
  gestures: Gesture[];
  followUps: FollowUp[];
}

export function demoBackup(now: number) {
  const ago = (days: number) => now - days * DAY;
  const stamp = { createdAt: ago(400), updatedAt: ago(1) };
  const account = (id: string, name: string, domain: string, revenue: number, industry: string): Account => ({
    id,
    name,
    domains: [domain],
    industry,
    revenue,
    potential: revenue / 2,
    ...stamp,
  });
  const contact = (
    id: string,
    name: string,
    accountId: string,
    levelId: string,
    extra: Partial<Contact> = {},
  ): Contact => ({
    id,
    name,
    ...newContactDefaults,
    accountId,
    levelId,
    ...stamp,
    ...extra,
  });
  const tables: DemoTables = {
    accounts: [
      account('acc-northwind', 'Northwind Traders', 'northwind.example', 420_000, 'Logistics'),
      account('acc-fabrikam', 'Fabrikam', 'fabrikam.example', 95_000, 'Manufacturing'),
      account('acc-tailspin', 'Tailspin Toys', 'tailspin.example', 12_000, 'Retail'),
    ],
    contacts: [
      contact('c-eduardo', 'Eduardo Alvarez Nowak', 'acc-northwind', 'client', {
        headline: 'Full-stack developer',
        linkedinSlugs: [DEMO_PROFILE_SLUG],
        roles: ['decision-maker'],
        seniority: 'middle',
        interests: ['web development', 'design systems'],
      }),
      contact('c-amelie', 'Amélie Dubois', 'acc-northwind', 'supporter', {
        emails: ['amelie.dubois@northwind.example'],
        roles: ['influencer', 'champion'],
        seniority: 'senior',
        interests: ['supply chain', 'sustainability'],
      }),
      contact('c-kenji', '佐藤 健二 (Kenji Sato)', 'acc-fabrikam', 'customer', {
        emails: ['kenji.sato@fabrikam.example'],
        roles: ['decision-maker'],
        seniority: 'senior',
        interests: ['robotics', 'lean manufacturing'],
      }),
      contact('c-priya', 'Priya Raman', 'acc-tailspin', 'prospect', {
        emails: ['priya@tailspin.example'],
        roles: ['influencer'],
        interests: ['e-commerce'],
      }),
    ],
    deals: [
      {
        id: 'd-1',
        accountId: 'acc-northwind',
        contactId: 'c-eduardo',
        amount: 180_000,
        closedAt: ago(380),
        ...stamp,
      },
      {
        id: 'd-2',
        accountId: 'acc-northwind',
        contactId: 'c-eduardo',
        amount: 240_000,
        closedAt: ago(90),
        ...stamp,
      },
      {
        id: 'd-3',
        accountId: 'acc-fabrikam',
        contactId: 'c-kenji',
        amount: 95_000,
        closedAt: ago(200),
        ...stamp,
      },
    ],
    gestures: [
      {
        id: 'g-1',
        contactId: 'c-eduardo',
        type: 'check-in',
        at: ago(47),
        note: 'Rollout going well',
        ...stamp,
      },
      { id: 'g-2', contactId: 'c-amelie', type: 'introduction', at: ago(9), ...stamp },
      { id: 'g-3', contactId: 'c-amelie', type: 'reference-ask', outcome: 'yes', at: ago(30), ...stamp },
      {
        id: 'g-4',
        contactId: 'c-kenji',
        type: 'article',
        at: ago(70),
        title: 'Cobots on the line',
        url: 'https://example.com/cobots',
        ...stamp,
      },
    ],
    followUps: [
      {
        id: 'f-1',
        contactId: 'c-kenji',
        dueAt: ago(3),
        reason: 'Ask how the spring rollout went',
        source: 'manual',
        goalId: null,
        stepId: null,
        snoozedUntil: null,
        doneAt: null,
        ...stamp,
      },
    ],
  };
  return {
    format: 'rapport-backup',
    schemaVersion: 1,
    exportedAt: new Date(now).toISOString(),
    tables: { ...tables, notes: [], goals: [], accountIssues: [], settings: [] },
  };
}
