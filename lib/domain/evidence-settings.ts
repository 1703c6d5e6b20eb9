/** Tunables of the evidence rules (settings key `evidence`). */
import { z } from 'zod';

export const evidenceSettingsSchema = z.strictObject({
  /**
   * We "have a relationship" with a contact only if a value-adding gesture
   * with them happened within this many days: people and situations change,
   * and a level is never taken on trust (DOMAIN.md, avoid assumptions).
   */
  relationshipWindowDays: z.number().int().min(7).max(3650),
});
export type EvidenceSettings = z.infer<typeof evidenceSettingsSchema>;

/** Half a year: longer than every default cadence, so a tended relationship always counts. */
export const defaultEvidenceSettings: EvidenceSettings = { relationshipWindowDays: 180 };
