/**
 * The contacts table of the dashboard: one row per contact with what the
 * table shows and filters on, then filters, sorting and search over those
 * rows. Pure: the records and `now` come from the caller (lib/db/contact-rows.ts).
 *
 * Every judgement comes from the rules the sidebar's card uses:
 * - the cadence from cadence.ts (resolveCadence), the next due date from
 *   due.ts (nextDue), the 80/20 tier from pareto.ts;
 * - the assumption checks of assumption-checks.ts on the facts of
 *   account-facts.ts, as relationship-view.ts builds them for the card: the
 *   level set above the level suggestLevel finds, and stale once the
 *   cadence has run out since the last touch. Their two conditions are
 *   applied here without building their sentences: at 50,000 contacts the
 *   sentences and per-contact calendar arithmetic (dueState) cost seconds.
 *   tests/portfolio/contact-rows.test.ts checks the rows agree with
 *   relationshipViews.
 *
 * Those facts normally need every gesture of every person at the account.
 * Reading 500,000 gestures for a table is what this module avoids:
 * - "related" (and so key-people coverage and management levels) needs only
 *   each contact's last value-adding gesture, which the database keeps per
 *   contact (latestGives): it is given to the rules as one gesture at that time;
 * - a contact's own reference and shared strategy need their asks and
 *   signals. The level check is judged twice without them: once as if the
 *   contact had given a reference and shared their plans (the most the
 *   evidence could hold) and once as if not (the least). When both agree,
 *   that is the answer. Only when they disagree do that contact's gestures
 *   matter: `ContactRowsResult.undecided` lists them, and the caller passes
 *   their gestures in `ContactRowRecords.gestures` for a second build.
 *
 * Definitions that are the table's own:
 * - due buckets, in calendar days as due.ts counts them: overdue (due.ts's
 *   overdue and badly overdue: due before today), due today, due within the
 *   coming week (1 to 6 days ahead), later; "none" for people who have left their account, who are not on the
 *   reminders (priority-inputs.ts);
 * - "stale at a high level": the assumption check "stale" on someone whose
 *   level is in the upper half of the ladder (on the default ladder: Client,
 *   Supporter, Advocate), DOMAIN.md's "flags stale relationships even at
 *   high levels";
 * - "assumption check failed": the level-unsupported check (the level set is
 *   above what the evidence supports).
 */
import { addDays, startOfDay } from 'date-fns';
import { accountFacts, type AccountFacts } from '../domain/account-facts';
import type { AccountSnapshot } from '../domain/account-snapshot';
import { accountTiers, type AccountTier } from '../domain/account-tier';
import { resolveCadence } from '../domain/cadence';
import { compareText } from '../domain/compare-text';
import { nextDue } from '../domain/due';
import { searchKey } from '../domain/search-key';
import type { EngineSettings } from '../domain/engine-settings';
import { standInGesture } from '../domain/gestures';
import { groupBy } from '../domain/group-by';
import { placeLevel, suggestLevel } from '../domain/levels';
import { rankAccounts } from '../domain/pareto';
import type { Account, Contact, Deal, FollowUp, Gesture, Ladder, Role } from '../db/schema';

export const dueBuckets = ['overdue', 'today', 'week', 'later', 'none'] as const;
export type DueBucket = (typeof dueBuckets)[number];

export const dueBucketLabels: Record<DueBucket, string> = {
  overdue: 'Overdue',
  today: 'Due today',
  week: 'Due this week',
  later: 'Due later',
  none: 'Not due (left the account)',
};

export interface ContactRow {
  id: string;
  name: string;
  /** The name folded (searchKey), for sorting. */
  sortName: string;
  headline: string | null;
  emails: readonly string[];
  accountId: string | null;
  /** Null when the contact is at no account (or their account is gone). */
  accountName: string | null;
  tier: AccountTier;
  /** The level as the ladder places it: a level no longer on the ladder reads as the lowest. */
  level: { id: string; name: string; color: string; index: number };
  roles: readonly Role[];
  tags: readonly string[];
  interests: readonly string[];
  left: boolean;
  cadenceDays: number;
  /** The contact has a cadence of their own rather than the level/tier default. */
  customCadence: boolean;
  dueBucket: DueBucket;
  /** When they are next due (due.ts, nextDue); null for someone who has left (bucket "none"). */
  dueAt: number | null;
  /** A snooze put the due date off. */
  snoozed: boolean;
  /** Latest value-adding gesture at or before now. */
  lastGiveAt: number | null;
  stale: boolean;
  staleAtHighLevel: boolean;
  levelUnsupported: boolean;
  /** Name, emails, account name and interests, each folded (searchKey), joined by newlines. */
  searchText: string;
}

export interface ContactRowRecords {
  contacts: readonly Contact[];
  accounts: readonly Account[];
  deals: readonly Deal[];
  /** Follow-ups that are not done are enough; done ones change nothing. */
  followUps: readonly FollowUp[];
  /** Each contact's latest value-adding gesture at or before now; none for a contact without one. */
  lastGives: ReadonlyMap<string, number>;
  /** Every gesture up to now of the contacts whose level check needs them (see above); others may be absent. */
  gestures?: ReadonlyMap<string, readonly Gesture[]>;
}

export interface ContactRowsResult {
  rows: ContactRow[];
  /**
   * Contacts whose level check their last give alone cannot settle and whose
   * gestures were not given: their `levelUnsupported` is provisional (true).
   */
  undecided: string[];
}

const NO_FOLLOW_UPS: readonly FollowUp[] = [];

/**
 * A contact's own searched fields folded (searchKey): the name, and the
 * emails and interests each after a newline. Kept per record (records are
 * never changed in place: a write makes a new one), as the dashboard builds
 * rows again from the same records after every write
 * (lib/db/book-records.ts), and folding 50,000 contacts' fields took about
 * 200 ms of each build in a profile.
 */
const folded = new WeakMap<Contact, { name: string; emails: string; interests: string }>();
function foldedFields(contact: Contact) {
  let fields = folded.get(contact);
  if (fields === undefined) {
    const after = (texts: readonly string[]) => texts.map((text) => `\n${searchKey(text)}`).join('');
    fields = {
      name: searchKey(contact.name),
      emails: after(contact.emails),
      interests: after(contact.interests),
    };
    folded.set(contact, fields);
  }
  return fields;
}

/** The lowest ladder index that counts as a high level: the upper half, the middle level included. */
export function highLevelIndex(ladder: Ladder): number {
  return Math.ceil((ladder.levels.length - 1) / 2);
}

export function buildContactRows(
  records: ContactRowRecords,
  ladder: Ladder,
  settings: EngineSettings,
  now: number,
): ContactRowsResult {
  const pareto = rankAccounts(records.accounts, settings.pareto);
  const tierOf = new Map<string, AccountTier>(pareto.rows.map((row) => [row.accountId, row.tier]));
  const accountNames = new Map(records.accounts.map((account) => [account.id, account.name]));
  const accountKeys = new Map(records.accounts.map((account) => [account.id, searchKey(account.name)]));
  const followUps = groupBy(
    records.followUps.filter((followUp) => followUp.doneAt === null),
    (followUp) => followUp.contactId,
  );
  const high = highLevelIndex(ladder);

  // The people of each account judged together, as account-facts.ts does; someone at no account alone.
  const groups = new Map<string, Contact[]>();
  const alone: Contact[] = [];
  for (const contact of records.contacts) {
    if (contact.accountId === null) alone.push(contact);
    else {
      const group = groups.get(contact.accountId);
      if (group) group.push(contact);
      else groups.set(contact.accountId, [contact]);
    }
  }
  const dealsByAccount = groupBy(records.deals, (deal) => deal.accountId);
  const dealsByContact = groupBy(
    records.deals.filter((deal) => deal.contactId !== null),
    (deal) => deal.contactId!,
  );

  // Calendar-day boundaries worked out once: per contact, date arithmetic is what costs (due.ts, attentionHorizon).
  const today = startOfDay(now).getTime();
  const tomorrow = addDays(today, 1).getTime();
  const weekOut = addDays(today, 7).getTime();

  const rows: ContactRow[] = [];
  const undecided: string[] = [];
  const judge = (people: readonly Contact[], deals: readonly Deal[], tier: AccountTier) => {
    const least = accountFacts(snapshotOf(people, deals, tier, records, now, false), settings.evidence, now);
    let most: AccountFacts | null = null;
    for (const contact of people) {
      const lastGiveAt = records.lastGives.get(contact.id) ?? null;
      const cadence = resolveCadence(contact, tier, settings.cadence);
      const next = nextDue({
        lastGiveAt,
        since: contact.createdAt,
        cadenceDays: cadence.days,
        followUps: followUps.get(contact.id) ?? NO_FOLLOW_UPS,
      });
      const placed = placeLevel(ladder, contact.levelId);
      // assumption-checks.ts, levelCheck: the level set is above the one the evidence supports.
      // Nobody is below the lowest level, so the floor needs no judging.
      const unsupported = (facts: AccountFacts) =>
        placed.index > 0 && placed.index > suggestLevel(contact, facts, ladder).index;
      const levelUnsupported = unsupported(least);
      // Given gestures make `least` exact; otherwise the most the evidence could hold may clear the check.
      if (levelUnsupported && !records.gestures?.has(contact.id)) {
        most ??= accountFacts(snapshotOf(people, deals, tier, records, now, true), settings.evidence, now);
        if (!unsupported(most)) undecided.push(contact.id);
      }
      // assumption-checks.ts, staleCheck: the cadence has run out since the last touch, snoozes aside,
      // for someone still at the account.
      const stale = !contact.left && now > next.cadenceDueAt;
      const accountName = contact.accountId === null ? null : (accountNames.get(contact.accountId) ?? null);
      // due.ts counts calendar days: before today is late, and a snooze never ends in the past.
      const dueBucket: DueBucket = contact.left
        ? 'none'
        : next.dueAt < today
          ? 'overdue'
          : next.dueAt < tomorrow
            ? 'today'
            : next.dueAt < weekOut
              ? 'week'
              : 'later';
      const own = foldedFields(contact);
      const sortName = own.name;
      let searchText = sortName + own.emails;
      if (accountName !== null) searchText += `\n${accountKeys.get(contact.accountId!)!}`;
      searchText += own.interests;
      rows.push({
        id: contact.id,
        name: contact.name,
        sortName,
        headline: contact.headline ?? null,
        emails: contact.emails,
        accountId: contact.accountId,
        accountName,
        tier,
        level: {
          id: placed.level.id,
          name: placed.level.name,
          color: placed.level.color,
          index: placed.index,
        },
        roles: contact.roles,
        tags: contact.tags,
        interests: contact.interests,
        left: contact.left,
        cadenceDays: cadence.days,
        customCadence: cadence.source === 'contact',
        dueBucket,
        dueAt: contact.left ? null : next.dueAt,
        snoozed: !contact.left && next.snoozedUntil !== null && next.snoozedUntil > now,
        lastGiveAt,
        stale,
        staleAtHighLevel: stale && placed.index >= high,
        levelUnsupported,
        searchText,
      });
    }
  };

  for (const [accountId, people] of groups) {
    judge(people, dealsByAccount.get(accountId) ?? [], tierOf.get(accountId) ?? pareto.unvaluedTier);
  }
  for (const contact of alone) {
    judge([contact], dealsByContact.get(contact.id) ?? [], pareto.unvaluedTier);
  }
  return { rows, undecided };
}

/**
 * What account-facts.ts needs of the account: each contact's given gestures,
 * or else one value-adding gesture at their last give; and, for the upper
 * bound (`most`), a reference given and a strategy shared by everyone.
 */
function snapshotOf(
  people: readonly Contact[],
  deals: readonly Deal[],
  tier: AccountTier,
  records: ContactRowRecords,
  now: number,
  most: boolean,
): AccountSnapshot {
  const gestures: Gesture[] = [];
  for (const contact of people) {
    const own = records.gestures?.get(contact.id);
    if (own) {
      gestures.push(...own);
      continue;
    }
    const lastGiveAt = records.lastGives.get(contact.id);
    if (lastGiveAt !== undefined) gestures.push(standInGesture(contact.id, 'check-in', lastGiveAt));
    if (most) {
      const reference = standInGesture(contact.id, 'reference-ask', now);
      reference.outcome = 'yes';
      gestures.push(reference, standInGesture(contact.id, 'shared-strategy', now));
    }
  }
  return { account: null, tier, contacts: people, deals, gestures, followUps: [], issues: [] };
}

// ---------------------------------------------------------------------------
// filters and search

/** The account filter's value for "no account". Account ids are never empty. */
export const NO_ACCOUNT = '';

export interface ContactFilters {
  /** Null: any. */
  levelId: string | null;
  tier: AccountTier | null;
  due: DueBucket | null;
  role: Role | null;
  /** An account id, NO_ACCOUNT, or null for any. */
  accountId: string | null;
  /** A tag, compared ignoring case and accents; null for any. */
  tag: string | null;
  staleAtHighLevel: boolean;
  levelUnsupported: boolean;
  /** Words that must all appear in the name, an email, the account's name or an interest. */
  query: string;
}

export const noFilters: ContactFilters = {
  levelId: null,
  tier: null,
  due: null,
  role: null,
  accountId: null,
  tag: null,
  staleAtHighLevel: false,
  levelUnsupported: false,
  query: '',
};

export function isFiltered(filters: ContactFilters): boolean {
  return (
    filters.levelId !== null ||
    filters.tier !== null ||
    filters.due !== null ||
    filters.role !== null ||
    filters.accountId !== null ||
    filters.tag !== null ||
    filters.staleAtHighLevel ||
    filters.levelUnsupported ||
    filters.query.trim() !== ''
  );
}

/** Whether the row holds every word of the query (case and accents ignored); an empty query matches all. */
export function matchesQuery(row: ContactRow, query: string): boolean {
  return queryTerms(query).every((term) => row.searchText.includes(term));
}

function queryTerms(query: string): string[] {
  return searchKey(query)
    .split(/\s+/)
    .filter((term) => term !== '');
}

export function filterContactRows(rows: readonly ContactRow[], filters: ContactFilters): ContactRow[] {
  const terms = queryTerms(filters.query);
  const tag = filters.tag === null ? null : searchKey(filters.tag);
  return rows.filter(
    (row) =>
      (filters.levelId === null || row.level.id === filters.levelId) &&
      (filters.tier === null || row.tier === filters.tier) &&
      (filters.due === null || row.dueBucket === filters.due) &&
      (filters.role === null || row.roles.includes(filters.role)) &&
      (filters.accountId === null ||
        (filters.accountId === NO_ACCOUNT
          ? row.accountName === null
          : row.accountId === filters.accountId)) &&
      (tag === null || row.tags.some((t) => searchKey(t) === tag)) &&
      (!filters.staleAtHighLevel || row.staleAtHighLevel) &&
      (!filters.levelUnsupported || row.levelUnsupported) &&
      terms.every((term) => row.searchText.includes(term)),
  );
}

export interface FilterChoices {
  /** The accounts people are at, by name. */
  accounts: { id: string; name: string }[];
  /** Whether anyone is at no account. */
  someWithoutAccount: boolean;
  /** Every tag in use, first spelling met, by name. */
  tags: string[];
}

export function filterChoices(rows: readonly ContactRow[]): FilterChoices {
  // Each distinct text folded once: 50,000 rows share a few thousand account names and a few tags.
  const keys = new Map<string, string>();
  const keyOf = (text: string) => {
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = searchKey(text)));
    return key;
  };
  const accounts = new Map<string, string>();
  const tags = new Map<string, string>();
  let someWithoutAccount = false;
  for (const row of rows) {
    if (row.accountId !== null && row.accountName !== null) accounts.set(row.accountId, row.accountName);
    else someWithoutAccount = true;
    for (const tag of row.tags) {
      const key = keyOf(tag);
      if (!tags.has(key)) tags.set(key, tag);
    }
  }
  const byName = (a: string, b: string) => compareText(keyOf(a), keyOf(b)) || compareText(a, b);
  return {
    accounts: [...accounts]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => byName(a.name, b.name) || compareText(a.id, b.id)),
    someWithoutAccount,
    tags: [...tags.values()].sort(byName),
  };
}

// ---------------------------------------------------------------------------
// sorting

export const contactSortKeys = ['name', 'account', 'level', 'tier', 'due', 'lastGive'] as const;
export type ContactSortKey = (typeof contactSortKeys)[number];
export type SortDirection = 'ascending' | 'descending';

export interface ContactSort {
  key: ContactSortKey;
  direction: SortDirection;
}

export const defaultContactSort: ContactSort = { key: 'name', direction: 'ascending' };

/** The direction a column sorts in when first chosen: the highest level, the most valuable tier, the soonest due first. */
export function firstDirection(key: ContactSortKey): SortDirection {
  return key === 'level' ? 'descending' : 'ascending';
}

const tierOrder = new Map<AccountTier, number>(accountTiers.map((tier, i) => [tier, i]));

/**
 * Rows in the order asked; rows without a value for the key (no account, not
 * due, no give yet) come last in both directions; ties by name, then id.
 */
export function sortContactRows(rows: readonly ContactRow[], sort: ContactSort): readonly ContactRow[] {
  // The same rows come back when the contacts view is opened again (the dashboard's loader shows
  // the last visit's rows first): sorting 50,000 of them again took about 130 ms in a profile.
  const key = `${sort.key} ${sort.direction}`;
  let sorted = sortedRows.get(rows);
  if (sorted === undefined) sortedRows.set(rows, (sorted = new Map()));
  let order = sorted.get(key);
  if (order === undefined) sorted.set(key, (order = sortedCopy(rows, sort)));
  return order;
}

/** Each rows array's sorted copies, by sort: rows are never changed in place. */
const sortedRows = new WeakMap<readonly ContactRow[], Map<string, ContactRow[]>>();

function sortedCopy(rows: readonly ContactRow[], sort: ContactSort): ContactRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, name: row.sortName, value: sortValue(row, sort.key) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value !== b.value) return a.value === null ? 1 : -1;
    } else if (a.value !== b.value) {
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : compareText(String(a.value), String(b.value));
      if (order !== 0) return sign * order;
    }
    const byName = compareText(a.name, b.name) || compareText(a.row.name, b.row.name);
    return (sort.key === 'name' ? sign : 1) * byName || compareText(a.row.id, b.row.id);
  });
  return keyed.map(({ row }) => row);
}

function sortValue(row: ContactRow, key: ContactSortKey): string | number | null {
  switch (key) {
    case 'name':
      return 0;
    case 'account':
      return row.accountName === null ? null : searchKey(row.accountName);
    case 'level':
      return row.level.index;
    case 'tier':
      return tierOrder.get(row.tier)!;
    case 'due':
      return row.dueAt;
    case 'lastGive':
      return row.lastGiveAt;
  }
}
