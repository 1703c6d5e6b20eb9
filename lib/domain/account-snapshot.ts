/**
 * Everything the rules need to know about one account, assembled by the
 * caller from the database (each part is one indexed query by accountId or
 * contactId) so that the rules themselves stay pure.
 */
import type { Account, AccountIssue, Contact, Deal, FollowUp, Gesture } from '../db/schema';
import type { AccountTier } from './account-tier';

export interface AccountSnapshot {
  /**
   * Null for a contact not placed at any account: then `contacts` is just
   * that contact, `deals` the deals naming them and `issues` empty.
   */
  account: Account | null;
  /** From rankAccounts over all accounts; ParetoResult.unvaluedTier when there is no account. */
  tier: AccountTier;
  /** Everyone recorded at the account, including people who have left. */
  contacts: readonly Contact[];
  deals: readonly Deal[];
  /** Gestures with any of those contacts. */
  gestures: readonly Gesture[];
  /** Follow-ups of any of those contacts. */
  followUps: readonly FollowUp[];
  /** The account's issues, open and resolved. */
  issues: readonly AccountIssue[];
}
