/**
 * How often to be in touch, by level and account tier (settings key
 * `cadence`). Stored settings are untrusted: the data layer validates them
 * with this schema and falls back to the defaults.
 */
import { z } from 'zod';
import { idSchema, settingNumber } from '../db/schema';

const days = settingNumber(1, 3650, 'a cadence is a whole number of days from 1 to 3650');

/** Days between value-adding touches for each account tier. */
export const tierCadenceSchema = z
  .strictObject({ top: days, middle: days, low: days })
  .refine((c) => c.top <= c.middle && c.middle <= c.low, {
    message: 'the top tier gets the tightest cadence and the low tier the longest',
  });
export type TierCadence = z.infer<typeof tierCadenceSchema>;

export const cadenceSettingsSchema = z.strictObject({
  /** Cadence per ladder level id. */
  byLevel: z.record(idSchema, tierCadenceSchema),
  /** For levels without an entry in byLevel, e.g. one the user just added. */
  otherLevels: tierCadenceSchema,
  /** How many days ahead a follow-up counts as "due soon". */
  dueSoonDays: settingNumber(0, 30, 'a whole number of days from 0 to 30'),
});
export type CadenceSettings = z.infer<typeof cadenceSettingsSchema>;

/**
 * A new customer may or may not be loyal, so Customer gets the tightest
 * rhythm; prospects and advocates can wait longer. Low tiers get longer
 * cadences, never none (DOMAIN.md, 80/20).
 */
export const defaultCadenceSettings: CadenceSettings = {
  byLevel: {
    prospect: { top: 30, middle: 60, low: 90 },
    customer: { top: 14, middle: 30, low: 60 },
    client: { top: 21, middle: 45, low: 90 },
    supporter: { top: 21, middle: 45, low: 90 },
    advocate: { top: 30, middle: 60, low: 120 },
  },
  otherLevels: { top: 30, middle: 60, low: 90 },
  dueSoonDays: 3,
};
