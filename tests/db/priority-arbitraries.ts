/**
 * Small random books of business for the priority queue's database tests,
 * dense in what the queue's reading must get right: gives and asks around
 * now and in the future (so a contact's latest give is often ahead of now),
 * follow-ups open, done and snoozed, goals open and achieved, issues open,
 * resolved and resolved only later; plus the same queue worked out from
 * whole tables, the way it was read before the derived tables existed.
 */
import fc from 'fast-check';
import type { RapportDatabase } from '../../lib/db/database';
import { getEngineSettings } from '../../lib/db/engine-settings';
import { listRecords } from '../../lib/db/read';
import type { Account, AccountIssue, Contact, FollowUp, Gesture, Goal } from '../../lib/db/schema';
import { gestureTypes, seniorities } from '../../lib/db/schema';
import { getSetting, ladderSetting } from '../../lib/db/settings';
import { buildPriorityInputs } from '../../lib/domain/priority-inputs';
import type { PriorityInput } from '../../lib/domain/priority';

const DAY = 86_400_000;
export const NOW = Date.UTC(2026, 10, 23, 12);
const stamps = { createdAt: NOW - 120 * DAY, updatedAt: NOW - 120 * DAY };

/** A time within `days` days of now, on the hour (ties happen). */
const around = (days: number) =>
  fc.integer({ min: -days * 24, max: days * 24 }).map((h) => NOW + h * 3_600_000);

// A type, not an interface, so that it fits seedDatabase's table map.
export type Book = {
  accounts: Account[];
  contacts: Contact[];
  gestures: Gesture[];
  followUps: FollowUp[];
  goals: Goal[];
  accountIssues: AccountIssue[];
};

export const bookArbitrary: fc.Arbitrary<Book> = fc
  .record({
    revenues: fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 3 }),
    contacts: fc.array(
      fc.record({
        account: fc.option(fc.nat(2), { nil: null }),
        levelId: fc.constantFrom('prospect', 'customer', 'client', 'supporter', 'advocate'),
        cadenceDays: fc.option(fc.integer({ min: 3, max: 40 }), { nil: null }),
        left: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
        createdAt: around(90),
        roles: fc.subarray(['champion', 'decision-maker', 'influencer'] as const),
        seniority: fc.constantFrom(...seniorities),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    gestures: fc.array(
      fc.record({ contact: fc.nat(5), type: fc.constantFrom(...gestureTypes), at: around(60) }),
      { maxLength: 25 },
    ),
    followUps: fc.array(
      fc.record({
        contact: fc.nat(5),
        dueAt: around(20),
        source: fc.constantFrom('manual', 'goal', 'cadence') as fc.Arbitrary<FollowUp['source']>,
        snoozedUntil: fc.option(around(20), { nil: null }),
        doneAt: fc.option(around(20), { nil: null }),
        createdAt: around(60),
      }),
      { maxLength: 8 },
    ),
    goals: fc.array(
      fc.record({
        contact: fc.option(fc.nat(5), { nil: null }),
        account: fc.nat(2),
        status: fc.constantFrom('open', 'achieved', 'abandoned') as fc.Arbitrary<Goal['status']>,
        steps: fc.array(fc.record({ dueAt: around(20), done: fc.boolean() }), { maxLength: 3 }),
      }),
      { maxLength: 4 },
    ),
    issues: fc.array(
      fc.record({
        account: fc.nat(2),
        openedAt: around(30),
        resolvedAt: fc.option(around(30), { nil: null }),
      }),
      { maxLength: 4 },
    ),
  })
  .map((draft) => {
    const accounts: Account[] = draft.revenues.map((revenue, i) => ({
      id: `acc-${i}`,
      name: `Account ${i}`,
      domains: [],
      revenue,
      potential: 0,
      ...stamps,
    }));
    const accountId = (n: number) => accounts[n % accounts.length]!.id;
    const contacts: Contact[] = draft.contacts.map((c, i) => ({
      id: `con-${i}`,
      name: `Contact ${i}`,
      linkedinSlugs: [],
      emails: [],
      accountId: c.account === null ? null : accountId(c.account),
      roles: [...c.roles],
      seniority: c.seniority,
      levelId: c.levelId,
      interests: [],
      motivations: [],
      tags: [],
      cadenceDays: c.cadenceDays,
      evidenceTicks: [],
      left: c.left,
      createdAt: c.createdAt,
      updatedAt: c.createdAt,
    }));
    const contactId = (n: number) => contacts[n % contacts.length]!.id;
    const gestures: Gesture[] = draft.gestures.map((g, i) => ({
      id: `ges-${i}`,
      contactId: contactId(g.contact),
      type: g.type,
      at: g.at,
      ...stamps,
    }));
    const followUps: FollowUp[] = draft.followUps.map((f, i) => ({
      id: `fu-${i}`,
      contactId: contactId(f.contact),
      dueAt: f.dueAt,
      reason: 'Follow up',
      source: f.source,
      goalId: null,
      stepId: null,
      snoozedUntil: f.snoozedUntil,
      doneAt: f.doneAt,
      createdAt: f.createdAt,
      updatedAt: f.createdAt,
    }));
    const goals: Goal[] = draft.goals.map((g, i) => ({
      id: `goal-${i}`,
      contactId: g.contact === null ? null : contactId(g.contact),
      accountId: g.contact === null ? accountId(g.account) : null,
      title: 'Goal',
      targetLevelId: null,
      targetRevenue: null,
      deadline: NOW + 60 * DAY,
      evidence: [],
      steps: g.steps.map((s, j) => ({
        id: `step-${j}`,
        text: 'Step',
        dueAt: s.dueAt,
        doneAt: s.done ? NOW : null,
      })),
      status: g.status,
      ...stamps,
    }));
    const accountIssues: AccountIssue[] = draft.issues.map((issue, i) => ({
      id: `iss-${i}`,
      accountId: accountId(issue.account),
      kind: 'delivery',
      description: 'Late delivery',
      openedAt: issue.openedAt,
      resolvedAt: issue.resolvedAt,
      ...stamps,
    }));
    return { accounts, contacts, gestures, followUps, goals, accountIssues };
  });

/** Every contact's priority input worked out from whole tables, as the queue did before version 2. */
export async function inputsFromWholeTables(
  database: RapportDatabase,
  now: number,
): Promise<{ inputs: PriorityInput[]; dueSoonDays: number }> {
  const settings = await getEngineSettings(database);
  const records = {
    contacts: await listRecords('contacts', database),
    accounts: await listRecords('accounts', database),
    gestures: await listRecords('gestures', database),
    followUps: await listRecords('followUps', database),
    goals: await listRecords('goals', database),
    issues: await listRecords('accountIssues', database),
  };
  const ladder = await getSetting(ladderSetting, database);
  return {
    inputs: buildPriorityInputs(records, ladder, settings, now),
    dueSoonDays: settings.cadence.dueSoonDays,
  };
}
