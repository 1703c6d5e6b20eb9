/**
 * The 80/20 value tiers an account can fall in (lib/domain/pareto.ts decides
 * which). Listed from the most valuable down.
 */
export const accountTiers = ['top', 'middle', 'low'] as const;
export type AccountTier = (typeof accountTiers)[number];
