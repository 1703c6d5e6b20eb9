/**
 * What choosing a level would mean, shown before the change is saved: each
 * piece of evidence that level asks for, met or not, and whether the
 * evidence supports it (else saving it will raise an assumption check).
 */
import type { AccountFacts } from '../domain/account-facts';
import type { EvidenceCheck } from '../domain/evidence';
import { checkLevel, placeLevel, suggestLevel } from '../domain/levels';
import type { Contact, Ladder, Level } from '../db/schema';

export interface LevelPreview {
  level: Level;
  checks: EvidenceCheck[];
  /** The evidence supports this level (it is at or below the suggested one). */
  supported: boolean;
  /** The level the evidence supports. */
  suggested: Level;
}

export function previewLevel(
  levelId: string,
  contact: Contact,
  facts: AccountFacts,
  ladder: Ladder,
): LevelPreview {
  const placed = placeLevel(ladder, levelId);
  const suggested = suggestLevel(contact, facts, ladder);
  return {
    level: placed.level,
    checks: checkLevel(placed.level, contact, facts),
    supported: placed.index <= suggested.index,
    suggested: suggested.level,
  };
}
