/** Records, senders and routers for the messaging tests. */
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RapportDatabase } from '../../lib/db/database';
import {
  accountSchema,
  contactSchema,
  followUpSchema,
  gestureSchema,
  goalSchema,
  type Account,
  type Contact,
  type FollowUp,
  type Gesture,
  type Goal,
} from '../../lib/db/schema';
import { createHandlers } from '../../lib/messaging/handlers';
import type { OpenSidebar } from '../../lib/messaging/handlers/open-sidebar';
import { createRouter, type Route } from '../../lib/messaging/router';
import type { SenderEnvironment } from '../../lib/messaging/sender';
import { hostPermissions } from '../../lib/sites/hosts';

export const T0 = Date.UTC(2025, 0, 15, 9, 0, 0);
export const DAY = 86_400_000;

export function makeContact(overrides: Partial<Contact> & Pick<Contact, 'id'>): Contact {
  return contactSchema.parse({
    name: `Person ${overrides.id}`,
    linkedinSlugs: [],
    emails: [],
    accountId: null,
    roles: [],
    seniority: 'unknown',
    levelId: 'customer',
    interests: [],
    motivations: [],
    tags: [],
    cadenceDays: null,
    evidenceTicks: [],
    left: false,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  });
}

export function makeAccount(overrides: Partial<Account> & Pick<Account, 'id' | 'name'>): Account {
  return accountSchema.parse({
    domains: [],
    revenue: 0,
    potential: 0,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  });
}

export function makeGesture(
  overrides: Partial<Gesture> & Pick<Gesture, 'id' | 'contactId' | 'type' | 'at'>,
): Gesture {
  return gestureSchema.parse({ createdAt: T0, updatedAt: T0, ...overrides });
}

export function makeFollowUp(
  overrides: Partial<FollowUp> & Pick<FollowUp, 'id' | 'contactId' | 'dueAt'>,
): FollowUp {
  return followUpSchema.parse({
    reason: 'check in',
    source: 'manual',
    goalId: null,
    stepId: null,
    snoozedUntil: null,
    doneAt: null,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  });
}

export function makeGoal(overrides: Partial<Goal> & Pick<Goal, 'id'>): Goal {
  return goalSchema.parse({
    contactId: null,
    accountId: null,
    title: 'Make them a reference',
    targetLevelId: null,
    targetRevenue: null,
    deadline: T0 + 90 * DAY,
    evidence: [],
    steps: [],
    status: 'open',
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  });
}

export const environment: SenderEnvironment = {
  extensionId: fakeBrowser.runtime.id,
  extensionBaseUrl: fakeBrowser.runtime.getURL('/'),
  contentUrlPatterns: hostPermissions,
};

/** A content script in a tab on a supported site. */
export function contentSender(
  url = 'https://www.linkedin.com/in/someone/',
  tabId = 7,
): Browser.runtime.MessageSender {
  return {
    id: fakeBrowser.runtime.id,
    url,
    origin: new URL(url).origin,
    frameId: 0,
    tab: { id: tabId } as Browser.tabs.Tab,
  };
}

/** One of the extension's own pages, outside any tab (popup, side panel). */
export function pageSender(path = '/sidepanel.html'): Browser.runtime.MessageSender {
  const url = fakeBrowser.runtime.getURL(path as '/');
  return { id: fakeBrowser.runtime.id, url, origin: new URL(url).origin };
}

export function routerFor(
  db: RapportDatabase,
  options: { openSidebar?: OpenSidebar; now?: () => number; changeSubscribers?: () => number } = {},
): Route {
  return createRouter({
    handlers: createHandlers({
      db,
      openSidebar: options.openSidebar ?? (() => Promise.resolve(true)),
      changeSubscribers: options.changeSubscribers ?? (() => 0),
    }),
    environment,
    now: options.now ?? (() => T0),
  });
}
