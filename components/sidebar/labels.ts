/** Words for the values the sidebar shows. */
import type { AccountTier } from '../../lib/domain/account-tier';
import type { DueStatus } from '../../lib/domain/due';
import type { Role, Seniority } from '../../lib/db/schema';
import type { IssueKind } from '../../lib/db/account-edits';

export const roleLabels: Record<Role, string> = {
  'decision-maker': 'Decision maker',
  influencer: 'Influencer',
  champion: 'Champion',
  user: 'User',
  gatekeeper: 'Gatekeeper',
};

export const seniorityLabels: Record<Seniority, string> = {
  senior: 'Senior management',
  middle: 'Middle management',
  staff: 'Staff',
  unknown: 'Seniority not known',
};

export const tierLabels: Record<AccountTier, string> = {
  top: 'Top tier (the few accounts that bring 80% of the value)',
  middle: 'Middle tier',
  low: 'Low tier',
};

export const dueStatusLabels: Record<DueStatus, string> = {
  upcoming: 'upcoming',
  'due-soon': 'due soon',
  'due-today': 'due today',
  overdue: 'overdue',
  'badly-overdue': 'badly overdue',
  snoozed: 'snoozed',
};

export const issueKindLabels: Record<IssueKind, string> = {
  delivery: 'Delivery',
  quality: 'Quality',
  billing: 'Billing',
  payment: 'Late payment',
  other: 'Other',
};

export function formatMoney(value: number): string {
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(value);
}

/** A thrown error as a sentence for the user. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong; nothing was saved.';
}
