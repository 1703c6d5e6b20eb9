/**
 * Assumption checks: salespeople overrate their relationships, so the tool
 * never takes a level on trust (DOMAIN.md, avoid assumptions). It says so
 * when the level set is above what the evidence supports, and when the
 * relationship is stale (no value-adding touch within the cadence) whatever
 * its level. Someone who has left the account is not kept up with (no
 * follow-ups fall due for them), so their relationship is never called stale.
 */
import { differenceInCalendarDays } from 'date-fns';
import type { Contact, Ladder } from '../db/schema';
import type { AccountFacts } from './account-facts';
import type { NextDue } from './due';
import { missingEvidence, placeLevel, type LevelSuggestion } from './levels';
import { plural } from './plural';

export type AssumptionKind = 'level-unsupported' | 'stale';

export interface AssumptionCheck {
  kind: AssumptionKind;
  message: string;
}

export interface AssumptionInput {
  contact: Contact;
  facts: AccountFacts;
  ladder: Ladder;
  suggested: LevelSuggestion;
  lastGiveAt: number | null;
  cadenceDays: number;
  due: NextDue;
}

export function assumptionChecks(input: AssumptionInput): AssumptionCheck[] {
  return [levelCheck(input), staleCheck(input)].filter((check): check is AssumptionCheck => check !== null);
}

function levelCheck({ contact, facts, ladder, suggested }: AssumptionInput): AssumptionCheck | null {
  const set = placeLevel(ladder, contact.levelId);
  if (set.index <= suggested.index) return null;
  const missing = missingEvidence(set.level, contact, facts);
  return {
    kind: 'level-unsupported',
    message: `Set as ${set.level.name}, but the evidence supports ${suggested.level.name}: ${missing.join('; ')}`,
  };
}

/** Stale once the cadence has run out since the last touch; a snooze postpones the reminder, not the staleness. */
function staleCheck({
  contact,
  facts,
  lastGiveAt,
  cadenceDays,
  due,
}: AssumptionInput): AssumptionCheck | null {
  if (contact.left || facts.now <= due.cadenceDueAt) return null;
  const cadence = `the cadence is ${cadenceDays} days`;
  if (lastGiveAt === null)
    return { kind: 'stale', message: `Stale: no value-adding gesture logged yet, ${cadence}` };
  const days = differenceInCalendarDays(facts.now, lastGiveAt);
  return {
    kind: 'stale',
    message: `Stale: last value-adding gesture ${plural(days, 'day')} ago, ${cadence}`,
  };
}
