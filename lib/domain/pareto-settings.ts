/** Where the 80/20 tier lines fall and what counts as an account's value (settings key `pareto`). */
import { z } from 'zod';

export const paretoSettingsSchema = z
  .strictObject({
    /** Cumulative share of total value the top tier reaches (0.8 = the 80 of 80/20). */
    topShare: z.number().gt(0).lt(1),
    /** Cumulative share reached once the middle tier is added; the rest is the low tier. */
    middleShare: z.number().gt(0).max(1),
    /** Count potential further revenue as well as revenue to date. */
    includePotential: z.boolean(),
  })
  .refine((s) => s.middleShare >= s.topShare, {
    message: 'the middle tier line cannot come before the top tier line',
  });
export type ParetoSettings = z.infer<typeof paretoSettingsSchema>;

/** The classic ABC split: 80% of value, the next 15%, the last 5%. */
export const defaultParetoSettings: ParetoSettings = {
  topShare: 0.8,
  middleShare: 0.95,
  includePotential: false,
};
