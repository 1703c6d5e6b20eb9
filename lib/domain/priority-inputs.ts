/**
 * Builds the priority queue's per-contact inputs in one pass over each kind
 * of record, so that the queue can rank every contact at once: from whole
 * tables (`buildPriorityInputs`), or, as the database provides them, from
 * each contact's last give already worked out (`buildPriorityInputsFromFacts`).
 * Contacts who have left their account are not on the queue: whoever
 * follows them to a new company moves them there first.
 */
import type { Account, AccountIssue, Contact, FollowUp, Gesture, Goal, Ladder } from '../db/schema';
import { isOpenIssue } from './account-issues';
import type { AccountTier } from './account-tier';
import { resolveCadence } from './cadence';
import type { EngineSettings } from './engine-settings';
import { isTouch } from './gestures';
import { goalContactId, nextStepDueAt } from './goals';
import { groupBy } from './group-by';
import { rankAccounts, type ParetoRow } from './pareto';
import type { PriorityInput } from './priority';
import { toInstant, type Now } from './time';

export interface PriorityRecords {
  contacts: readonly Contact[];
  accounts: readonly Account[];
  gestures: readonly Pick<Gesture, 'contactId' | 'type' | 'at'>[];
  /** Open follow-ups are enough; done ones are ignored. */
  followUps: readonly FollowUp[];
  goals: readonly Goal[];
  issues: readonly AccountIssue[];
}

/** The records with each contact's last touch worked out instead of their gestures. */
export interface PriorityFacts extends Omit<PriorityRecords, 'gestures'> {
  /** Each contact's latest value-adding gesture at or before now; none for a contact without one. */
  lastGives: ReadonlyMap<string, number>;
}

/** Shared by every contact without follow-ups (most of them), rather than one empty array each. */
const NO_FOLLOW_UPS: readonly FollowUp[] = [];

export function buildPriorityInputs(
  records: PriorityRecords,
  ladder: Ladder,
  settings: EngineSettings,
  now: Now,
): PriorityInput[] {
  const { gestures, ...rest } = records;
  const facts = { ...rest, lastGives: lastGivesByContact(gestures, toInstant(now)) };
  return buildPriorityInputsFromFacts(facts, ladder, settings, now);
}

export function buildPriorityInputsFromFacts(
  records: PriorityFacts,
  ladder: Ladder,
  settings: EngineSettings,
  now: Now,
): PriorityInput[] {
  const at = toInstant(now);
  const pareto = rankAccounts(records.accounts, settings.pareto);
  const accountRows = new Map<string, ParetoRow>(pareto.rows.map((row) => [row.accountId, row]));
  const { lastGives } = records;
  const followUps = groupBy(
    records.followUps.filter((followUp) => followUp.doneAt === null),
    (followUp) => followUp.contactId,
  );
  const goalSteps = goalStepsByContact(records.goals, records.contacts);
  const placeOf = accountPlaceLookup(accountRows, pareto.unvaluedTier, records.issues, at);
  const ownFacts = contactOwnFacts(ladder, settings);

  const inputs: PriorityInput[] = [];
  for (const contact of records.contacts) {
    if (contact.left) continue;
    inputs.push(
      contactInput(
        contact,
        placeOf(contact.accountId),
        {
          lastGiveAt: lastGives.get(contact.id) ?? null,
          followUps: followUps.get(contact.id) ?? NO_FOLLOW_UPS,
          goalStepDueAt: goalSteps.get(contact.id) ?? null,
        },
        ownFacts,
      ),
    );
  }
  return inputs;
}

/** What a contact's input takes from their account: its tier and share of all value, its open issues. */
export type AccountPlace = Pick<PriorityInput, 'tier' | 'valueShare' | 'openIssues'>;

/**
 * Each account's place, from the accounts' 80/20 rows (by account id) and
 * the account issues (those open at `at` are counted): the tier of an
 * account without a row, or of no account, is `unvaluedTier`.
 */
export function accountPlaceLookup(
  rows: ReadonlyMap<string, Pick<ParetoRow, 'tier' | 'share'>>,
  unvaluedTier: AccountTier,
  issues: readonly Pick<AccountIssue, 'accountId' | 'openedAt' | 'resolvedAt'>[],
  at: number,
): (accountId: string | null) => AccountPlace {
  const openIssues = new Map<string, number>();
  for (const issue of issues) {
    if (isOpenIssue(issue, at)) openIssues.set(issue.accountId, (openIssues.get(issue.accountId) ?? 0) + 1);
  }
  return (accountId) => {
    const row = accountId === null ? undefined : rows.get(accountId);
    return {
      tier: row?.tier ?? unvaluedTier,
      valueShare: row?.share ?? 0,
      openIssues: accountId === null ? 0 : (openIssues.get(accountId) ?? 0),
    };
  };
}

/** What a contact's input takes from their own records besides the contact. */
export interface ContactRecordsFacts {
  lastGiveAt: number | null;
  /** Their open follow-ups. */
  followUps: readonly FollowUp[];
  goalStepDueAt: number | null;
}

/**
 * One contact's input, from their account's place and their own records: the
 * build's per-contact step, also taken by a catch-up that adds a contact to
 * stored inputs (lib/db/queue-catch-up.ts), so both work it out alike.
 */
export function contactInput(
  contact: Contact,
  place: AccountPlace,
  facts: ContactRecordsFacts,
  ownFacts: ReturnType<typeof contactOwnFacts>,
): PriorityInput {
  const { cadenceDays, levelRank } = ownFacts(contact, place.tier);
  return {
    contactId: contact.id,
    clock: {
      lastGiveAt: facts.lastGiveAt,
      since: contact.createdAt,
      cadenceDays,
      followUps: facts.followUps.length > 0 ? facts.followUps : NO_FOLLOW_UPS,
    },
    tier: place.tier,
    valueShare: place.valueShare,
    levelRank,
    goalStepDueAt: facts.goalStepDueAt,
    openIssues: place.openIssues,
  };
}

/**
 * The parts of a contact's input that come from the contact's own level and
 * cadence, given their account's tier: what an edit of the contact alone can
 * change (lib/db/queue-catch-up.ts works them out again after one).
 */
export function contactOwnFacts(
  ladder: Ladder,
  settings: EngineSettings,
): (contact: Contact, tier: AccountTier) => Pick<PriorityInput, 'levelRank'> & { cadenceDays: number } {
  const levelIndex = new Map(ladder.levels.map((level, index) => [level.id, index]));
  const topIndex = ladder.levels.length - 1;
  return (contact, tier) => ({
    cadenceDays: resolveCadence(contact, tier, settings.cadence).days,
    // A level no longer on the ladder reads as the lowest (levels.ts, placeLevel).
    levelRank: (levelIndex.get(contact.levelId) ?? 0) / topIndex,
  });
}

/** Each contact's latest touch (isTouch) at or before `now`. */
export function lastGivesByContact(gestures: PriorityRecords['gestures'], now: number): Map<string, number> {
  const latest = new Map<string, number>();
  for (const gesture of gestures) {
    if (!isTouch(gesture, now)) continue;
    const current = latest.get(gesture.contactId);
    if (current === undefined || gesture.at > current) latest.set(gesture.contactId, gesture.at);
  }
  return latest;
}

/**
 * Earliest open step of each contact's open goals; an account goal's steps go
 * to its goal contact, picked among `contacts` at its account.
 */
export function goalStepsByContact(
  goals: readonly Goal[],
  contacts: readonly Contact[],
): Map<string, number> {
  const steps = new Map<string, number>();
  let byAccount: Map<string, Contact[]> | null = null;
  for (const goal of goals) {
    const dueAt = nextStepDueAt(goal);
    if (dueAt === null) continue;
    let accountContacts: Contact[] = [];
    if (goal.accountId !== null) {
      byAccount ??= groupBy(placed(contacts), (contact) => contact.accountId);
      accountContacts = byAccount.get(goal.accountId) ?? [];
    }
    const contactId = goalContactId(goal, accountContacts);
    if (contactId === null) continue;
    const current = steps.get(contactId);
    if (current === undefined || dueAt < current) steps.set(contactId, dueAt);
  }
  return steps;
}

function placed(contacts: readonly Contact[]): (Contact & { accountId: string })[] {
  return contacts.filter((contact): contact is Contact & { accountId: string } => contact.accountId !== null);
}
