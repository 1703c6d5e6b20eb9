/**
 * The assumption checks a contact's card shows. A check that clears while
 * the card shows the same contact (a gesture logged ends "stale") keeps its
 * line, marked cleared: taking the line away would move the gesture buttons
 * below it up under the pointer, and a quick second click would log the
 * wrong gesture. Another contact starts afresh.
 */
import { useState } from 'react';
import type { AssumptionCheck } from '../../lib/domain/assumption-checks';

export interface ShownCheck extends AssumptionCheck {
  /** Shown earlier for this contact, no longer found. */
  cleared: boolean;
}

/** `checks` after `shown`: lines already shown keep their place, cleared or not; new ones follow. */
export function settleChecks(shown: readonly ShownCheck[], checks: readonly AssumptionCheck[]): ShownCheck[] {
  const current = new Map(checks.map((check) => [check.kind, check]));
  const settled: ShownCheck[] = shown.map((earlier) => {
    const now = current.get(earlier.kind);
    current.delete(earlier.kind);
    return now ? { ...now, cleared: false } : { ...earlier, cleared: true };
  });
  for (const check of current.values()) settled.push({ ...check, cleared: false });
  return settled;
}

/** What the card is told, as one value: the contact and its checks' kinds and wording. */
const signature = (contactId: string, checks: readonly AssumptionCheck[]) =>
  JSON.stringify([contactId, checks.map((check) => [check.kind, check.message])]);

export function useSettledChecks(contactId: string, checks: readonly AssumptionCheck[]): ShownCheck[] {
  // What was shown is kept from render to render, and brought up to date during the render that
  // brings new checks (React's pattern for information from earlier renders), not in an effect a
  // frame later, when the line would already have gone.
  const told = signature(contactId, checks);
  const [shown, setShown] = useState(() => ({ told, contactId, checks: settleChecks([], checks) }));
  if (shown.told === told) return shown.checks;
  const next = {
    told,
    contactId,
    checks: settleChecks(shown.contactId === contactId ? shown.checks : [], checks),
  };
  setShown(next);
  return next.checks;
}
