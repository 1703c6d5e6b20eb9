/**
 * Decision maker and influencer coverage of an account as numbers, set
 * against what each ladder level asks of them (the ladder's own rules, so a
 * ladder the user changed is read as changed): Supporter asks for all
 * decision makers and 70% of influencers, Advocate for all of both.
 */
import type { AccountFacts, Coverage } from '../domain/account-facts';

import type { EvidenceRule, Ladder } from '../db/schema';

export type KeyRole = 'decision-maker' | 'influencer';

export interface CoverageNeed {
  levelName: string;
  /** What the level asks, in words: "all", "70%". */
  needs: string;
  met: boolean;
}

export interface RoleCoverage {
  role: KeyRole;
  label: string;
  /** Still at the account. */
  known: number;
  /** Of those, how many we have a relationship with. */
  related: number;
  /** related / known in whole percent; null when none are known. */
  percent: number | null;
  needs: CoverageNeed[];
}

function need(rule: EvidenceRule, role: KeyRole): string | null {
  if (rule.kind === 'decision-makers-related') return role === 'decision-maker' ? 'all' : null;
  if (rule.kind === 'influencer-coverage') return role === 'influencer' ? `${rule.percent}%` : null;
  if (rule.kind === 'all-key-people-known') return 'all';
  return null;
}

function meets(needs: string, coverage: Coverage): boolean {
  if (coverage.known === 0) return false;
  if (needs === 'all') return coverage.related === coverage.known;
  return coverage.related * 100 >= Number.parseFloat(needs) * coverage.known;
}

export function accountCoverage(facts: AccountFacts, ladder: Ladder): RoleCoverage[] {
  const roles: Array<[KeyRole, string, Coverage]> = [
    ['decision-maker', 'Decision makers', facts.decisionMakers],
    ['influencer', 'Influencers', facts.influencers],
  ];
  return roles.map(([role, label, coverage]) => {
    const needs: CoverageNeed[] = [];
    for (const level of ladder.levels) {
      for (const rule of level.evidence) {
        const needed = need(rule, role);
        if (needed !== null)
          needs.push({ levelName: level.name, needs: needed, met: meets(needed, coverage) });
      }
    }
    return {
      role,
      label,
      known: coverage.known,
      related: coverage.related,
      percent: coverage.known === 0 ? null : Math.floor((coverage.related * 100) / coverage.known),
      needs,
    };
  });
}
