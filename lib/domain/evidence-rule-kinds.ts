/**
 * The evidence building blocks a ladder level can be made of (DOMAIN.md), as
 * the ladder editor offers them: what each is called, and the rule a new
 * block starts as. `newId` makes the id of a custom (manual) criterion.
 */
import type { EvidenceRule } from '../db/schema';

export type EvidenceKind = EvidenceRule['kind'];

export const evidenceKinds: readonly { kind: EvidenceKind; label: string }[] = [
  { kind: 'min-deals', label: 'At least this many deals' },
  { kind: 'reference-given', label: 'Has acted as a reference' },
  { kind: 'decision-makers-related', label: 'Every known decision maker has a relationship with us' },
  { kind: 'influencer-coverage', label: 'This share of the influencers has a relationship with us' },
  { kind: 'all-key-people-known', label: 'Every decision maker and influencer is known' },
  { kind: 'senior-and-middle-management', label: 'Relationships at senior and middle management' },
  { kind: 'shares-strategy', label: 'Shares strategic plans or product ideas' },
  { kind: 'manual', label: 'A criterion of your own, ticked per contact' },
];

export function evidenceKindLabel(kind: EvidenceKind): string {
  return evidenceKinds.find((entry) => entry.kind === kind)!.label;
}

export function newEvidenceRule(kind: EvidenceKind, newId: () => string): EvidenceRule {
  switch (kind) {
    case 'min-deals':
      return { kind, count: 1 };
    case 'influencer-coverage':
      return { kind, percent: 70 };
    case 'manual':
      return { kind, id: newId(), label: 'Describe what you will see' };
    default:
      return { kind };
  }
}
