/**
 * Placing a contact on the ladder from evidence.
 *
 * Each level lists all the evidence it needs; nothing is inherited from the
 * levels below, so a level's requirements read in one place (the default
 * ladder repeats "2 deals" on the upper levels for that reason). The lowest
 * level is the floor: every contact is at least there.
 */
import type { Contact, Ladder, Level } from '../db/schema';
import type { AccountFacts } from './account-facts';
import { checkEvidence, type EvidenceCheck } from './evidence';

export interface PlacedLevel {
  level: Level;
  /** Position on the ladder, 0 = lowest. */
  index: number;
}

export interface LevelSuggestion extends PlacedLevel {
  /** The evidence that places the contact there (all met). */
  evidence: EvidenceCheck[];
}

/**
 * The contact's level as set by the user. A level id no longer on the ladder
 * (the user removed that level) reads as the lowest level until reassigned.
 */
export function placeLevel(ladder: Ladder, levelId: string): PlacedLevel {
  const index = ladder.levels.findIndex((level) => level.id === levelId);
  return index === -1 ? { level: ladder.levels[0]!, index: 0 } : { level: ladder.levels[index]!, index };
}

/** Every evidence rule of a level, judged for this contact. */
export function checkLevel(level: Level, contact: Contact, facts: AccountFacts): EvidenceCheck[] {
  return level.evidence.map((rule) => checkEvidence(rule, contact, facts));
}

/** The highest level whose evidence all holds, with that evidence. */
export function suggestLevel(contact: Contact, facts: AccountFacts, ladder: Ladder): LevelSuggestion {
  for (let index = ladder.levels.length - 1; index > 0; index--) {
    const level = ladder.levels[index]!;
    const evidence = checkLevel(level, contact, facts);
    if (evidence.every((check) => check.met)) return { level, index, evidence };
  }
  const floor = ladder.levels[0]!;
  return { level: floor, index: 0, evidence: checkLevel(floor, contact, facts).filter((check) => check.met) };
}

/** The level above the one the user set, or null at the top of the ladder. */
export function levelAbove(ladder: Ladder, levelId: string): Level | null {
  return ladder.levels[placeLevel(ladder, levelId).index + 1] ?? null;
}

/**
 * What would move the contact up: each piece of evidence the level above
 * their current one still lacks, as a sentence ("no reference given yet").
 * Empty at the top of the ladder or when nothing is missing.
 */
export function nextLevelGap(contact: Contact, facts: AccountFacts, ladder: Ladder): string[] {
  const next = levelAbove(ladder, contact.levelId);
  return next ? missingEvidence(next, contact, facts) : [];
}

export function missingEvidence(level: Level, contact: Contact, facts: AccountFacts): string[] {
  return checkLevel(level, contact, facts)
    .filter((check) => !check.met)
    .map((check) => check.text);
}
