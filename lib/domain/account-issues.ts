/** Open account problems (delivery, quality, billing, payment) that every relationship there feels. */
import type { AccountIssue } from '../db/schema';

/** Opened by now and not resolved by now. */
export function isOpenIssue(issue: Pick<AccountIssue, 'openedAt' | 'resolvedAt'>, now: number): boolean {
  return issue.openedAt <= now && (issue.resolvedAt === null || issue.resolvedAt > now);
}
