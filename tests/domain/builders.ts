/**
 * Records for domain tests, valid by default and overridable field by field.
 * Times are at noon UTC so that calendar-day expectations hold in any time
 * zone within ±11 hours (the DST test sets its own zone).
 */
import { addDays } from 'date-fns';
import type {
  Account,
  AccountIssue,
  Contact,
  Deal,
  FollowUp,
  Gesture,
  GestureType,
  Goal,
} from '../../lib/db/schema';
import type { AccountSnapshot } from '../../lib/domain/account-snapshot';

/** Monday 16 June 2025, noon UTC. */
export const NOW = Date.UTC(2025, 5, 16, 12);

/** `n` calendar days from NOW (negative for the past). */
export function day(n: number): number {
  return addDays(NOW, n).getTime();
}

let sequence = 0;
function nextId(prefix: string): string {
  sequence += 1;
  return `${prefix}-${sequence}`;
}

const stamps = { createdAt: day(-400), updatedAt: day(-400) };

export function contact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: nextId('contact'),
    name: 'Alex Doe',
    linkedinSlugs: [],
    emails: [],
    accountId: 'acme',
    roles: [],
    seniority: 'unknown',
    levelId: 'prospect',
    interests: [],
    motivations: [],
    tags: [],
    cadenceDays: null,
    evidenceTicks: [],
    left: false,
    ...stamps,
    ...overrides,
  };
}

export function account(overrides: Partial<Account> = {}): Account {
  return {
    id: nextId('account'),
    name: 'Acme',
    domains: [],
    revenue: 0,
    potential: 0,
    ...stamps,
    ...overrides,
  };
}

export function deal(overrides: Partial<Deal> = {}): Deal {
  return {
    id: nextId('deal'),
    accountId: 'acme',
    contactId: null,
    amount: 1000,
    closedAt: day(-100),
    ...stamps,
    ...overrides,
  };
}

export function gesture(
  contactId: string,
  type: GestureType,
  at: number,
  overrides: Partial<Gesture> = {},
): Gesture {
  return { id: nextId('gesture'), contactId, type, at, ...stamps, ...overrides };
}

export function followUp(contactId: string, dueAt: number, overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id: nextId('follow-up'),
    contactId,
    dueAt,
    reason: 'Call back',
    source: 'manual',
    goalId: null,
    stepId: null,
    snoozedUntil: null,
    doneAt: null,
    ...stamps,
    ...overrides,
  };
}

export function issue(overrides: Partial<AccountIssue> = {}): AccountIssue {
  return {
    id: nextId('issue'),
    accountId: 'acme',
    kind: 'billing',
    description: 'Invoice disputed',
    openedAt: day(-10),
    resolvedAt: null,
    ...stamps,
    ...overrides,
  };
}

export function goal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: nextId('goal'),
    contactId: 'someone',
    accountId: null,
    title: 'Make them a Supporter',
    targetLevelId: null,
    targetRevenue: null,
    deadline: day(60),
    evidence: [],
    steps: [],
    status: 'open',
    ...stamps,
    ...overrides,
  };
}

/** An account snapshot holding exactly what is passed in. */
export function snapshot(parts: Partial<AccountSnapshot> = {}): AccountSnapshot {
  return {
    account: account({ id: 'acme' }),
    tier: 'middle',
    contacts: [],
    deals: [],
    gestures: [],
    followUps: [],
    issues: [],
    ...parts,
  };
}
