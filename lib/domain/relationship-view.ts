/**
 * Everything a screen shows about one relationship, in one call: the badge,
 * the sidebar and the popup all read this. Account-wide facts are gathered
 * once per snapshot, so viewing every contact of an account stays linear.
 */
import type { Contact, Ladder, Level } from '../db/schema';
import { accountFacts, contactFacts, type AccountFacts } from './account-facts';
import type { AccountSnapshot } from './account-snapshot';
import type { AccountTier } from './account-tier';
import { assumptionChecks, type AssumptionCheck } from './assumption-checks';
import { resolveCadence, type ResolvedCadence } from './cadence';
import { dueState, type DueState } from './due';
import type { EngineSettings } from './engine-settings';
import { giveAskBalance, type GiveAskBalance } from './give-ask-balance';
import { relationshipHealth, type Health } from './health';
import {
  levelAbove,
  missingEvidence,
  placeLevel,
  suggestLevel,
  type LevelSuggestion,
  type PlacedLevel,
} from './levels';
import type { Now } from './time';

export interface RelationshipView {
  contactId: string;
  /** The level the user set. */
  level: PlacedLevel;
  /** The level the evidence supports, with that evidence. */
  suggested: LevelSuggestion;
  /** The level above the one set and the evidence it still lacks; null at the top. */
  next: { level: Level; missing: string[] } | null;
  assumptions: AssumptionCheck[];
  tier: AccountTier;
  cadence: ResolvedCadence;
  due: DueState;
  health: Health;
  balance: GiveAskBalance;
}

/** The view of one contact, who should be one of `snapshot.contacts`. */
export function relationshipView(
  contact: Contact,
  snapshot: AccountSnapshot,
  ladder: Ladder,
  settings: EngineSettings,
  now: Now,
): RelationshipView {
  return viewFromFacts(
    contact,
    accountFacts(snapshot, settings.evidence, now),
    snapshot.tier,
    ladder,
    settings,
  );
}

/** The views of everyone in the snapshot, by contact id. */
export function relationshipViews(
  snapshot: AccountSnapshot,
  ladder: Ladder,
  settings: EngineSettings,
  now: Now,
): Map<string, RelationshipView> {
  const facts = accountFacts(snapshot, settings.evidence, now);
  return new Map(
    snapshot.contacts.map((contact) => [
      contact.id,
      viewFromFacts(contact, facts, snapshot.tier, ladder, settings),
    ]),
  );
}

function viewFromFacts(
  contact: Contact,
  facts: AccountFacts,
  tier: AccountTier,
  ladder: Ladder,
  settings: EngineSettings,
): RelationshipView {
  const own = contactFacts(facts, contact.id);
  const cadence = resolveCadence(contact, tier, settings.cadence);
  const due = dueState(
    {
      lastGiveAt: own.lastGiveAt,
      since: contact.createdAt,
      cadenceDays: cadence.days,
      followUps: own.followUps,
    },
    facts.now,
    settings.cadence.dueSoonDays,
  );
  const suggested = suggestLevel(contact, facts, ladder);
  const above = levelAbove(ladder, contact.levelId);
  return {
    contactId: contact.id,
    level: placeLevel(ladder, contact.levelId),
    suggested,
    next: above ? { level: above, missing: missingEvidence(above, contact, facts) } : null,
    assumptions: assumptionChecks({
      contact,
      facts,
      ladder,
      suggested,
      lastGiveAt: own.lastGiveAt,
      cadenceDays: cadence.days,
      due,
    }),
    tier,
    cadence,
    due,
    health: relationshipHealth(
      {
        gestures: own.gestures,
        lastGiveAt: own.lastGiveAt,
        cadenceDays: cadence.days,
        openIssues: facts.openIssues,
      },
      facts.now,
    ),
    balance: giveAskBalance(own.gestures, facts.now),
  };
}
