/**
 * Each followed contact's follow-up clock (due.ts) as the priority queue
 * sets it (priority-inputs.ts): their last give, when they were added, the
 * cadence their level and their account's 80/20 tier give them (or their
 * own), and their open follow-ups. Followed: everyone who has not left
 * their account, as on the queue.
 */
import type { Account, Contact, FollowUp } from '../db/schema';
import { resolveCadence } from './cadence';
import type { ContactClock } from './due';
import type { EngineSettings } from './engine-settings';
import { groupBy } from './group-by';
import { rankAccounts } from './pareto';

export interface ClockRecords {
  contacts: readonly Contact[];
  accounts: readonly Account[];
  /** Those not done. */
  followUps: readonly FollowUp[];
  /** Each contact's latest value-adding gesture at or before now. */
  lastGives: ReadonlyMap<string, number>;
}

export function contactClocks(records: ClockRecords, settings: EngineSettings): Map<string, ContactClock> {
  const ranking = rankAccounts(records.accounts, settings.pareto);
  const tiers = new Map(ranking.rows.map((row) => [row.accountId, row.tier]));
  const followUps = groupBy(records.followUps, (followUp) => followUp.contactId);
  const clocks = new Map<string, ContactClock>();
  for (const contact of records.contacts) {
    if (contact.left) continue;
    const tier =
      (contact.accountId === null ? undefined : tiers.get(contact.accountId)) ?? ranking.unvaluedTier;
    clocks.set(contact.id, {
      lastGiveAt: records.lastGives.get(contact.id) ?? null,
      since: contact.createdAt,
      cadenceDays: resolveCadence(contact, tier, settings.cadence).days,
      followUps: followUps.get(contact.id) ?? [],
    });
  }
  return clocks;
}
