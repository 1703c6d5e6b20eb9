/**
 * Judges one evidence rule of a ladder level against the facts, and says
 * what it found as a short human sentence with numbers, so the UI can show
 * both the evidence behind a level and what is still missing.
 *
 * Per person: deals count the account's deals (the deals naming the contact
 * when they are at no account), a reference, shared strategy and manual
 * ticks are the contact's own. Across the account: decision makers,
 * influencers and management levels, counting only people still there.
 * "Known" key people are those we have a relationship with (account-facts.ts).
 * A rule about key people fails while none of them is recorded: an account
 * whose decision makers we cannot name is not one we know.
 */
import type { Contact, EvidenceRule } from '../db/schema';
import { contactFacts, type AccountFacts, type Coverage } from './account-facts';
import { plural } from './plural';

export interface EvidenceCheck {
  rule: EvidenceRule;
  met: boolean;
  /** What was found, e.g. "2 of 3 decision makers known" or "no reference given yet". */
  text: string;
}

export function checkEvidence(rule: EvidenceRule, contact: Contact, facts: AccountFacts): EvidenceCheck {
  const own = contactFacts(facts, contact.id);
  switch (rule.kind) {
    case 'min-deals':
      return { rule, ...dealsCheck(facts.dealCount, rule.count) };
    case 'reference-given':
      return {
        rule,
        met: own.referenceGiven,
        text: own.referenceGiven
          ? 'has given a reference'
          : own.referencePending
            ? 'reference asked, no answer yet'
            : 'no reference given yet',
      };
    case 'decision-makers-related':
      return { rule, ...decisionMakersCheck(facts.decisionMakers) };
    case 'influencer-coverage':
      return { rule, ...influencerCoverageCheck(facts.influencers, rule.percent) };
    case 'all-key-people-known':
      return { rule, ...keyPeopleCheck(facts.decisionMakers, facts.influencers) };
    case 'senior-and-middle-management':
      return { rule, ...managementCheck(facts.seniorRelated, facts.middleRelated) };
    case 'shares-strategy':
      return {
        rule,
        met: own.sharesStrategy,
        text: own.sharesStrategy
          ? 'shares strategic plans or ideas with us'
          : 'no strategic plans or ideas shared yet',
      };
    case 'manual': {
      const met = contact.evidenceTicks.includes(rule.id);
      return { rule, met, text: met ? rule.label : `not yet: ${rule.label}` };
    }
  }
}

type Finding = Omit<EvidenceCheck, 'rule'>;

function dealsCheck(deals: number, needed: number): Finding {
  if (deals >= needed) return { met: true, text: plural(deals, 'deal') };
  if (deals === 0)
    return { met: false, text: needed === 1 ? 'no deal yet' : `no deals yet, needs ${needed}` };
  return { met: false, text: `${deals} of ${needed} deals` };
}

function decisionMakersCheck({ known, related }: Coverage): Finding {
  if (known === 0) return { met: false, text: 'no decision makers known yet' };
  if (related === known) return { met: true, text: `relationship with ${allOf(known, 'decision maker')}` };
  return { met: false, text: `relationship with ${related} of ${known} decision makers` };
}

function influencerCoverageCheck({ known, related }: Coverage, percent: number): Finding {
  if (known === 0) return { met: false, text: 'no influencers known yet' };
  // Compared in whole numbers so that 7 of 10 meets 70% despite floating point.
  const met = related * 100 >= percent * known;
  const coverage = Math.floor((related * 100) / known);
  return {
    met,
    text: met ? `influencer coverage ${coverage}%` : `influencer coverage ${coverage}%, needs ${percent}%`,
  };
}

function keyPeopleCheck(decisionMakers: Coverage, influencers: Coverage): Finding {
  if (decisionMakers.known === 0 && influencers.known === 0) {
    return { met: false, text: 'no decision makers or influencers known yet' };
  }
  const gaps = [roleGap(decisionMakers, 'decision makers'), roleGap(influencers, 'influencers')].filter(
    (gap): gap is string => gap !== null,
  );
  if (gaps.length === 0) {
    return {
      met: true,
      text: `knows ${allOf(decisionMakers.known, 'decision maker')} and ${allOf(influencers.known, 'influencer')}`,
    };
  }
  return { met: false, text: gaps.join(', ') };
}

function roleGap({ known, related }: Coverage, people: string): string | null {
  if (known === 0) return `no ${people} known yet`;
  return related < known ? `${related} of ${known} ${people} known` : null;
}

function managementCheck(senior: boolean, middle: boolean): Finding {
  if (senior && middle) return { met: true, text: 'relationships at senior and middle management' };
  const missing = !senior && !middle ? 'senior or middle' : senior ? 'middle' : 'senior';
  return { met: false, text: `no relationship at ${missing} management yet` };
}

/** "the decision maker" for one, "all 3 decision makers" for more. */
function allOf(n: number, noun: string): string {
  return n === 1 ? `the ${noun}` : `all ${n} ${noun}s`;
}
