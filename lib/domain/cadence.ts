/** Which cadence applies to a contact. */
import type { AccountTier } from './account-tier';
import type { CadenceSettings } from './cadence-settings';

export type CadenceSource = 'contact' | 'level' | 'other-levels';
export interface ResolvedCadence {
  days: number;
  /** Where the number came from, so the UI can say "custom cadence". */
  source: CadenceSource;
}

/** The contact's own override first, then its level's default for the tier. */
export function resolveCadence(
  contact: { cadenceDays: number | null; levelId: string },
  tier: AccountTier,
  settings: CadenceSettings,
): ResolvedCadence {
  if (contact.cadenceDays !== null) return { days: contact.cadenceDays, source: 'contact' };
  const forLevel = settings.byLevel[contact.levelId];
  return forLevel
    ? { days: forLevel[tier], source: 'level' }
    : { days: settings.otherLevels[tier], source: 'other-levels' };
}
