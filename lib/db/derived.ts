/**
 * Derived tables: facts computed from the records and stored beside them, so
 * that the priority queue can find them through an index instead of reading
 * whole tables. They are not records: no schema in schema.ts, not in a
 * backup, never written by hand. Each is kept in step with its source table
 * by one DBCore middleware (`derivedTablesMiddleware`, installed by
 * database.ts), and rebuilt from scratch by the upgrade that created them
 * (versions.ts) or by `rebuildDerivedTables`.
 *
 * - `latestGives` ({ contactId, at }): per contact, the time of their latest
 *   value-adding gesture (a give, lib/domain/gestures.ts), whatever its
 *   date, among the gestures that pass their schema (a damaged row never
 *   counts, as on every read). A contact without one has no row. It answers
 *   "last give at or before now" for every contact whose latest give is not
 *   in the future; the few with a future-dated give are looked up through
 *   the `[contactId+at]` index (`lastGivesAt`).
 * - `caches`: stamps ({ key, stamp }), each a new random value whenever one
 *   of its source tables is written: `accounts-stamp` for the accounts,
 *   `deals-stamp` for the deals, `book-stamp` for every table the priority
 *   queue reads. They tell a value stored beside them (the table's other
 *   rows, written by their readers, stamped-cache.ts) or kept in memory
 *   (book-records.ts, gesture-window.ts) whether it was made from the
 *   records as they are.
 *   The book stamp also lists the latest writes that touched nothing but
 *   gestures, follow-ups, contacts' own goals, contacts' own level or
 *   cadence, and contacts added, each with the stamp before it and the
 *   contacts whose rows it wrote (`changes`): a value made under one of
 *   those earlier stamps can be caught up by reading those contacts' rows
 *   alone.
 * - `openFollowUps`, `openGoals`, `openIssues` ({ id, until }): one row per
 *   follow-up that is not done, goal whose status is open, and account issue
 *   that is not resolved or is resolved only in the future, `until` being
 *   when it stops being open (Infinity, or an issue's resolvedAt). IndexedDB
 *   cannot index null (doneAt, resolvedAt) and an index on status would need
 *   a new stored field, which would change the record shapes and the backup
 *   format; these side tables keep both as they are.
 *
 * Why a DBCore middleware rather than code in each write path: every write
 * to a source table goes through it, whatever made it (records.ts,
 * deletion.ts, replace-all.ts, a `db.gestures.add` in a module written
 * tomorrow, `Collection.modify`, `Table.clear`), and inside the same
 * transaction, because the middleware adds the derived tables to every
 * read-write transaction that includes a source table. So a derived row can
 * never disagree with the records, even across an abort: both are rolled back
 * together. Dexie hooks could not write to a table outside the transaction's
 * scope, and a derived field on the records themselves would have changed
 * what a backup holds.
 *
 * The cost on writes is small: an add only reads the derived rows of the
 * contacts it touches; a put or delete first reads the rows it replaces
 * (unless the deleter read them and says so, deleteReadRows); only removing
 * (or moving, or backdating) a contact's latest give rescans that contact's
 * gestures, through `[contactId+at]`, and not when the contact's every
 * gesture goes. Clearing a source table
 * clears its derived tables without reading anything.
 */
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Dexie,
  Middleware,
  Table,
} from 'dexie';
import { isGive } from '../domain/gestures';
import type { CorruptRecord } from './corrupt-records';
import { newId } from './ids';
import type { GestureType } from './schema';
import { rowKey, type RecordTableName } from './tables';
import { checkRecord, isCanonicalRow } from './validation';

/** A contact's latest value-adding gesture, whatever its date. */
export interface LatestGive {
  contactId: string;
  at: number;
}

/** A record that is open until `until` (Infinity while nothing closes it). */
export interface OpenMark {
  id: string;
  until: number;
}

/** The derived tables' indexes, for versions.ts. */
export const derivedStores = {
  latestGives: 'contactId, at',
  openFollowUps: 'id, until',
  openGoals: 'id, until',
  openIssues: 'id, until',
} as const;

/** Added by a later version than the others (versions.ts), so kept apart from version 2's stores. */
export const cacheStores = { caches: 'key' } as const;

/** The stamps the middleware keeps in `caches`, and the tables whose writes renew each. */
export const stampSources = {
  'accounts-stamp': ['accounts'],
  'deals-stamp': ['deals'],
  'book-stamp': ['contacts', 'accounts', 'gestures', 'followUps', 'goals', 'accountIssues'],
} as const satisfies Record<string, readonly RecordTableName[]>;

export type StampKey = keyof typeof stampSources;

/**
 * One write that touched nothing but some contacts' gestures, follow-ups,
 * own goals, or the contacts themselves (up to the list's limit): the stamp
 * before it, and whose rows it wrote.
 */
export interface StampChange {
  after: string;
  contactIds: string[];
  /**
   * Of those, the contacts a write of contacts added, removed or put in
   * another place (samePlace), and the accounts they were and are at: who
   * else's entry may change there (an account's goal passing to someone
   * else) and who is on the queue at all.
   */
  placed?: { contactIds: string[]; accountIds: string[] };
}

export interface CacheStamp {
  key: StampKey;
  stamp: string;
  /** The book stamp's latest such writes (StampChange), oldest first; absent or empty after any other. */
  changes?: StampChange[];
}

/**
 * How many such writes, and how many distinct contacts, the book stamp lists;
 * past either, the oldest go. A write of more contacts than that (an import)
 * is not listed: reading every record again costs no more than reading
 * theirs. A bulk action of the dashboard's on hundreds of contacts is, and
 * the dashboard and the queue's inputs read those contacts' records alone
 * (book-records.ts, queue-catch-up.ts).
 */
export const MAX_STAMP_CHANGES = 32;
export const MAX_LISTED_CONTACTS = 1_000;

export type DerivedTableName = keyof typeof derivedStores | keyof typeof cacheStores;

type Row = Record<string, unknown>;

/** By field, values that no stored row of the table holds after a delete (deleteReadRows). */
export type WholeRemoval = ReadonlyMap<string, ReadonlySet<string>>;
const NOTHING_WHOLE: WholeRemoval = new Map();

/** Reads and writes a rebuild needs; the upgrade transaction and a normal one both provide them. */
type TableAccess = (name: string) => Table;

/** Where a damaged row met on the way is reported (corrupt-records.ts), as every read does. */
export type ReportDamaged = (record: CorruptRecord) => void;

interface Derivation {
  source: RecordTableName;
  table: DerivedTableName;
  /**
   * Whether `apply` needs the rows `request` removes and adds. One that does
   * not (a stamp) is applied before the write, with no rows; the rows a write
   * replaces are read only for those that do.
   */
  needsRows(request: DBCoreMutateRequest): boolean;
  /**
   * Brings the derived table up to date after `removed` rows of the source
   * were replaced by `added` ones. `whole` is what a deleter said of the rows
   * it removed (deleteReadRows): by field, values no stored row holds any
   * more.
   */
  apply(
    down: DBCore,
    trans: DBCoreTransaction,
    removed: Row[],
    added: Row[],
    report: ReportDamaged,
    whole: WholeRemoval,
  ): Promise<void>;
  /** Computes the derived table from the whole source table. */
  rebuild(table: TableAccess, report: ReportDamaged): Promise<void>;
  /** Brings the derived table up to date after the whole source was cleared; else the table is cleared too. */
  clear?(down: DBCore, trans: DBCoreTransaction): Promise<void>;
}

const asRow = (value: unknown): Row | null =>
  typeof value === 'object' && value !== null ? (value as Row) : null;

/** Fails the write (and so the transaction) when a derived write fails. */
async function write(table: DBCoreTable, request: DBCoreMutateRequest): Promise<void> {
  const response = await table.mutate(request);
  if (response.numFailures > 0) throw Object.values(response.failures)[0];
}

// ---------------------------------------------------------------------------
// latestGives

/**
 * A gesture that can reset a follow-up clock once its time has come: a give
 * that passes its schema (isTouch adds "at or before now" at read time). A
 * damaged give is reported, as reading it would have.
 */
function countsAsGive(value: unknown, report: ReportDamaged): value is { contactId: string; at: number } {
  const row = asRow(value);
  if (row === null || !isGive(row.type as GestureType)) return false;
  // The cheap check settles the usual row; Zod has the last word on the others.
  if (isCanonicalRow('gestures', row)) return true;
  const check = checkRecord('gestures', row);
  if (!check.ok)
    report({ table: 'gestures', id: rowKey('gestures', row), problem: check.problems.join('; ') });
  return check.ok;
}

/** Removes from `a` one occurrence of each value in `b` (multiset difference). */
function without(a: readonly number[], b: readonly number[]): number[] {
  const left = [...b];
  return a.filter((value) => {
    const i = left.indexOf(value);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

function collect(rows: readonly Row[], report: ReportDamaged): Map<string, number[]> {
  const byContact = new Map<string, number[]>();
  for (const row of rows) {
    if (!countsAsGive(row, report)) continue;
    const list = byContact.get(row.contactId);
    if (list) list.push(row.at);
    else byContact.set(row.contactId, [row.at]);
  }
  return byContact;
}

/** The latest valid give among one contact's stored gestures, read through `[contactId+at]`. */
async function rescan(
  down: DBCore,
  trans: DBCoreTransaction,
  contactId: string,
  report: ReportDamaged,
): Promise<number | null> {
  const gestures = down.table('gestures');
  const index = gestures.schema.getIndexByKeyPath(['contactId', 'at']);
  if (!index) throw new Error('gestures has no [contactId+at] index');
  const range: DBCoreKeyRange = {
    type: 2, // DBCoreRangeType.Range (a const enum, which isolated modules cannot import)
    lower: [contactId, down.MIN_KEY],
    upper: [contactId, down.MAX_KEY],
  };
  const { result } = await gestures.query({ trans, values: true, query: { index, range } });
  let latest: number | null = null;
  for (const row of result as unknown[]) {
    if (countsAsGive(row, report) && (latest === null || row.at > latest)) latest = row.at;
  }
  return latest;
}

const latestGives: Derivation = {
  source: 'gestures',
  table: 'latestGives',
  needsRows: () => true,

  async apply(down, trans, removed, added, report, whole) {
    const gone = collect(removed, () => {});
    // Contacts whose every gesture went with this write (a contact deleted): none is latest now.
    const noneLeft = whole.get('contactId');
    const come = collect(added, report);
    const contactIds = [...new Set([...gone.keys(), ...come.keys()])];
    if (contactIds.length === 0) return;
    const table = down.table('latestGives');
    const stored = (await table.getMany({ trans, keys: contactIds })) as (LatestGive | undefined)[];

    const next = new Map<string, number | null>();
    const rescans: string[] = [];
    contactIds.forEach((contactId, i) => {
      const current = stored[i]?.at;
      // A gesture rewritten with the same contact and time (a note edited) changes nothing.
      const removedAts = without(gone.get(contactId) ?? [], come.get(contactId) ?? []);
      const addedAts = without(come.get(contactId) ?? [], gone.get(contactId) ?? []);
      if (removedAts.some((at) => current === undefined || at >= current)) {
        // The latest give may be gone: only the contact's gestures can say what is latest now.
        if (noneLeft?.has(contactId)) next.set(contactId, null);
        else rescans.push(contactId);
        return;
      }
      const latest = Math.max(current ?? -Infinity, ...addedAts);
      if (latest !== current) next.set(contactId, latest);
    });
    const rescanned = await Promise.all(rescans.map((contactId) => rescan(down, trans, contactId, report)));
    rescans.forEach((contactId, i) => next.set(contactId, rescanned[i]!));

    const puts: LatestGive[] = [];
    const deletes: string[] = [];
    for (const [contactId, at] of next) {
      if (at === null) deletes.push(contactId);
      else puts.push({ contactId, at });
    }
    if (deletes.length > 0) await write(table, { type: 'delete', trans, keys: deletes });
    if (puts.length > 0) await write(table, { type: 'put', trans, values: puts });
  },

  async rebuild(table, report) {
    const latest = new Map<string, number>();
    await table('gestures').each((row: unknown) => {
      if (!countsAsGive(row, report)) return;
      const current = latest.get(row.contactId);
      if (current === undefined || row.at > current) latest.set(row.contactId, row.at);
    });
    await table('latestGives').clear();
    await table('latestGives').bulkPut([...latest].map(([contactId, at]): LatestGive => ({ contactId, at })));
  },
};

// ---------------------------------------------------------------------------
// open follow-ups, goals and issues

/** A side table with one row per record that is open, saying until when. */
function openMarks(
  source: RecordTableName,
  table: DerivedTableName,
  /** When the stored row stops being open; null when it is not open at all. */
  openUntil: (row: Row) => number | null,
): Derivation {
  const markOf = (row: Row): OpenMark | null => {
    const until = openUntil(row);
    return typeof row.id === 'string' && until !== null ? { id: row.id, until } : null;
  };
  return {
    source,
    table,
    needsRows: () => true,
    async apply(down, trans, removed, added) {
      // Damaged rows keep their marks; the read that follows a mark validates the record and reports it.
      const marks = new Map<string, OpenMark | null>();
      for (const row of removed) if (typeof row.id === 'string') marks.set(row.id, null);
      for (const row of added) if (typeof row.id === 'string') marks.set(row.id, markOf(row));
      const deletes = [...marks].filter(([, mark]) => mark === null).map(([id]) => id);
      const puts = [...marks.values()].filter((mark): mark is OpenMark => mark !== null);
      const side = down.table(table);
      if (deletes.length > 0) await write(side, { type: 'delete', trans, keys: deletes });
      if (puts.length > 0) await write(side, { type: 'put', trans, values: puts });
    },
    async rebuild(access) {
      const marks: OpenMark[] = [];
      await access(source).each((value: unknown) => {
        const row = asRow(value);
        const mark = row === null ? null : markOf(row);
        if (mark) marks.push(mark);
      });
      await access(table).clear();
      await access(table).bulkPut(marks);
    },
  };
}

// ---------------------------------------------------------------------------
// stamps

/**
 * Renews stamp `key` on every write to `source`, a clear included: a random
 * value, so that no later state of the records can ever carry an earlier
 * state's stamp. Rebuilding only renews it: a value stored under the old
 * stamp is then simply no longer current.
 */
function stamp(key: StampKey, source: RecordTableName): Derivation {
  return {
    source,
    table: 'caches',
    needsRows: () => false,
    apply: (down, trans) => renewStamp(down, trans, key),
    rebuild: rebuildStamp(key),
  };
}

const rebuildStamp = (key: StampKey) => async (table: TableAccess) => {
  await table('caches').put({ key, stamp: newId() } satisfies CacheStamp);
};

/** Puts a new stamp at `key`, listing `changes` (none: no earlier stamp can be caught up). */
const renewStamp = (down: DBCore, trans: DBCoreTransaction, key: StampKey, changes?: StampChange[]) =>
  write(down.table('caches'), {
    type: 'put',
    trans,
    values: [{ key, stamp: newId(), ...(changes ? { changes } : {}) } satisfies CacheStamp],
  });

/** How many contacts `changes` name, each once: one write lists the same contacts for each table it writes. */
const contactsListed = (changes: readonly StampChange[]): number =>
  new Set(changes.flatMap(({ contactIds }) => contactIds)).size;

/**
 * Renews the book stamp, listing the write on it (`change`, without its
 * `after`), or, when the write cannot be listed (null), with an empty list.
 * A list grown past its limits lets its oldest writes go (all of them when
 * this one alone names too many contacts).
 */
async function listOnBookStamp(
  down: DBCore,
  trans: DBCoreTransaction,
  change: Omit<StampChange, 'after'> | null,
): Promise<void> {
  const key = 'book-stamp';
  const [current] = (await down.table('caches').getMany({ trans, keys: [key] })) as Array<
    CacheStamp | undefined
  >;
  let changes: StampChange[] = [];
  if (change && current) {
    changes = [...(current.changes ?? []), { after: current.stamp, ...change }];
    // The oldest go first: a reader that kept up with the latest writes can still catch up.
    while (changes.length > MAX_STAMP_CHANGES || contactsListed(changes) > MAX_LISTED_CONTACTS) {
      changes.shift();
    }
  }
  await renewStamp(down, trans, key, changes);
}

/**
 * The book stamp renewed by a write of gestures, follow-ups or goals, each
 * row of which belongs to one contact (`contactId`): the write is listed with
 * the contacts of every row it removed or added. A row without a contact id
 * (an account's goal, whose steps go to whoever owns it) cannot be listed.
 */
function contactStamp(source: 'gestures' | 'followUps' | 'goals'): Derivation {
  return {
    source,
    table: 'caches',
    needsRows: () => true,
    async apply(down, trans, removed, added) {
      const contactIds = new Set<string>();
      let known = true;
      for (const row of [...removed, ...added]) {
        if (typeof row.contactId === 'string') contactIds.add(row.contactId);
        else known = false;
      }
      await listOnBookStamp(down, trans, known ? { contactIds: [...contactIds] } : null);
    },
    rebuild: rebuildStamp('book-stamp'),
    clear: (down, trans) => renewStamp(down, trans, 'book-stamp'),
  };
}

/** Whether two lists hold the same values in the same order. */
const sameList = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Whether an edit of a contact leaves them where the queue's inputs place
 * them (priority-inputs.ts): at the same account, still there or still gone,
 * added at the same time, with the same roles (which, with the rest, pick
 * who owns an account's goal). Then only their own level and cadence can
 * have changed in the inputs.
 */
const samePlace = (before: Row, after: Row): boolean =>
  before.accountId === after.accountId &&
  before.left === after.left &&
  before.createdAt === after.createdAt &&
  sameList(before.roles, after.roles);

/** How many rows a write names; a range, any number (Infinity). */
const rowsWritten = (request: DBCoreMutateRequest): number =>
  request.type === 'delete'
    ? request.keys.length
    : request.type === 'add' || request.type === 'put'
      ? request.values.length
      : Infinity;

/**
 * The book stamp renewed by a write of contacts, listed with them
 * like a write of gestures; those added, removed or put in another place
 * (samePlace), with the accounts they were and are at, are listed as placed
 * (StampChange), for a catch-up to work out their account's people again
 * (queue-catch-up.ts). A write of more contacts than the list keeps (an
 * import; its rows are then not read), or of all of them, cannot be listed.
 */
const contactEditStamp: Derivation = {
  source: 'contacts',
  table: 'caches',
  // More than the list keeps, and the rows are not read.
  needsRows: (request) => rowsWritten(request) <= MAX_LISTED_CONTACTS,
  async apply(down, trans, removed, added) {
    const before = new Map(removed.map((row) => [row.id, row]));
    const after = new Map(added.map((row) => [row.id, row]));
    const contactIds = [...new Set([...before.keys(), ...after.keys()])];
    if (contactIds.length === 0 || !contactIds.every((id) => typeof id === 'string')) {
      await listOnBookStamp(down, trans, null);
      return;
    }
    const placed = contactIds.filter((id) => {
      const old = before.get(id);
      const now = after.get(id);
      return old === undefined || now === undefined || !samePlace(old, now);
    });
    const accountIds = new Set<string>();
    for (const id of placed) {
      for (const row of [before.get(id), after.get(id)]) {
        if (typeof row?.accountId === 'string') accountIds.add(row.accountId);
      }
    }
    await listOnBookStamp(down, trans, {
      contactIds: contactIds as string[],
      ...(placed.length > 0
        ? { placed: { contactIds: placed as string[], accountIds: [...accountIds] } }
        : {}),
    });
  },
  rebuild: rebuildStamp('book-stamp'),
};

/** How a write to `source` renews the book stamp: listed when it can be (see above), else renewed alone. */
function bookStamp(source: RecordTableName): Derivation {
  switch (source) {
    case 'gestures':
    case 'followUps':
    case 'goals':
      return contactStamp(source);
    case 'contacts':
      return contactEditStamp;
    default:
      return stamp('book-stamp', source);
  }
}

/** The contacts whose rows alone were written since a stamp (listed writes), and which of them were placed. */
export interface ContactChanges {
  contactIds: string[];
  /** Those added, removed or put in another place, and the accounts they were and are at (StampChange). */
  placed: { contactIds: string[]; accountIds: string[] };
}

/** What listed writes changed since `stamp`; null when that is not known. */
export function contactsChangedSince(current: CacheStamp | undefined, stamp: string): ContactChanges | null {
  const changes = current?.changes ?? [];
  const from = changes.findIndex((change) => change.after === stamp);
  if (from === -1) return null;
  const since = changes.slice(from);
  const unique = (lists: string[][]) => [...new Set(lists.flat())];
  return {
    contactIds: unique(since.map((change) => change.contactIds)),
    placed: {
      contactIds: unique(since.map((change) => change.placed?.contactIds ?? [])),
      accountIds: unique(since.map((change) => change.placed?.accountIds ?? [])),
    },
  };
}

/**
 * The contacts whose rows alone were written since `stamp` (none when it is
 * still the current stamp); null when that is not known.
 */
export function contactIdsWrittenSince(current: CacheStamp | undefined, stamp: string): string[] | null {
  if (current === undefined) return null;
  if (current.stamp === stamp) return [];
  return contactsChangedSince(current, stamp)?.contactIds ?? null;
}

/** A number the row holds, else Infinity: a damaged value stays listed, and the read's validation drops it. */
const instantOr = (value: unknown): number => (typeof value === 'number' ? value : Infinity);

const derivations: readonly Derivation[] = [
  latestGives,
  // Done is done, whatever the date in doneAt (due.ts).
  openMarks('followUps', 'openFollowUps', (row) => (row.doneAt === null ? Infinity : null)),
  openMarks('goals', 'openGoals', (row) => (row.status === 'open' ? Infinity : null)),
  // Open until resolved; one resolved in the future is still open now (account-issues.ts).
  openMarks('accountIssues', 'openIssues', (row) =>
    row.resolvedAt === null ? Infinity : instantOr(row.resolvedAt),
  ),
  ...Object.entries(stampSources).flatMap(([key, sources]) =>
    sources.map((source) => (key === 'book-stamp' ? bookStamp(source) : stamp(key as StampKey, source))),
  ),
];

// ---------------------------------------------------------------------------
// the middleware

const isWholeTable = (range: DBCoreKeyRange) => range.type === 3; // DBCoreRangeType.Any

/**
 * Rows a deleter read itself, in the transaction that deletes them, keyed by
 * the array of keys it deletes them with: Table.bulkDelete hands that very
 * array down to this middleware as the request's keys. The middleware takes
 * them as the rows removed instead of reading them again.
 */
const toldRemovals = new WeakMap<readonly unknown[], { rows: readonly Row[]; whole: WholeRemoval }>();

/**
 * Deletes `rows` of `table`, which the caller read in its own read-write
 * transaction and has not written since, and tells the middleware what they
 * were, so that it does not read them again: for the 5,000 gestures of 500
 * contacts, the read took 0.4 to 0.9 s over a 50,000-contact database. With
 * `whole`, the caller also says, by field, values that no row of the table
 * will hold once these are gone (every row holding them is among `rows`): a
 * contact's latest give is then known to be gone without reading the
 * contact's gestures again. Rows that are not as stored, or a `whole` that
 * is not true, would leave the derived tables wrong: deletion.ts, which
 * reads every dependent of what it deletes, is the one caller.
 */
export function deleteReadRows<T extends { id: string }>(
  table: Table<T, string>,
  rows: readonly T[],
  whole: WholeRemoval = NOTHING_WHOLE,
): Promise<void> {
  const keys = rows.map((row) => row.id);
  toldRemovals.set(keys, { rows: rows as readonly object[] as readonly Row[], whole });
  return table.bulkDelete(keys);
}

/**
 * `rows` of `table` in the order that costs this middleware least when they
 * are written a chunk at a time (replace-all.ts): each contact's gestures
 * together, so that each contact's latest give is read and written once or
 * twice in all rather than once in every chunk. A backup is in id order,
 * which scatters a contact's gestures over the whole file: restoring the
 * benchmark's 10,000-contact backup took 29.4 and 29.8 s so, against 36.4
 * and 39.0 s in file order, and its 50,000-contact one 256 s against 336 s.
 * Other tables' rows come back as they are.
 */
export function inDerivingOrder<Rows extends readonly unknown[]>(table: string, rows: Rows): Rows {
  if (table !== latestGives.source) return rows;
  const byContact = new Map<unknown, unknown[]>();
  for (const row of rows) {
    const contactId = asRow(row)?.contactId;
    const group = byContact.get(contactId);
    if (group) group.push(row);
    else byContact.set(contactId, [row]);
  }
  return [...byContact.values()].flat() as unknown as Rows;
}

/** Keeps only the last row per primary key: a bulk write naming a key twice leaves the last one. */
function lastPerKey(rows: readonly Row[], keyOf: (row: Row) => unknown): Row[] {
  const byKey = new Map<unknown, Row>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return [...byKey.values()];
}

async function mutateAndDerive(
  down: DBCore,
  table: DBCoreTable,
  mine: readonly Derivation[],
  request: DBCoreMutateRequest,
  report: ReportDamaged,
): Promise<DBCoreMutateResponse> {
  // A write of no rows changes nothing, so it renews no stamp: putRecords writes every table, most
  // with nothing, and an undo of a give would otherwise leave no catching up with it.
  if (rowsWritten(request) === 0) return table.mutate(request);

  const { trans } = request;
  const { primaryKey } = table.schema;
  const keyOf = (row: Row) => primaryKey.extractKey?.(row);

  // Those that need nothing from the write (the stamps) are sent first, while nothing has been
  // awaited yet (Dexie's own middleware below needs the transaction's zone, which a long chain of
  // awaits loses), and not waited for before the write is sent: a writer that sends many writes at
  // once keeps them queued back to back in the database.
  const fromRows = mine.filter((derivation) => derivation.needsRows(request));
  const renewals = Promise.all(
    mine
      .filter((derivation) => !derivation.needsRows(request))
      .map((derivation) => derivation.apply(down, trans, [], [], report, NOTHING_WHOLE)),
  );
  // Waited for below; this only keeps a failure from going unheard should the write fail first.
  renewals.catch(() => {});

  if (request.type === 'deleteRange' && isWholeTable(request.range)) {
    const response = await table.mutate(request);
    await renewals;
    await Promise.all(
      fromRows.map((derivation) =>
        derivation.clear
          ? derivation.clear(down, trans)
          : write(down.table(derivation.table), { type: 'deleteRange', trans, range: request.range }),
      ),
    );
    return response;
  }

  // What the write replaces or removes: as the deleter told it, or read before it happens (when a
  // derivation needs it).
  let before: unknown[] = [];
  const deletedKeys = request.type === 'delete' ? request.keys : undefined;
  const told = deletedKeys && toldRemovals.get(deletedKeys);
  const readsRemoved = fromRows.length > 0;
  if (told) {
    toldRemovals.delete(deletedKeys);
    before = [...told.rows];
  } else if (readsRemoved && request.type === 'deleteRange') {
    before = (await table.query({ trans, values: true, query: { index: primaryKey, range: request.range } }))
      .result;
  } else if (readsRemoved && (request.type === 'put' || request.type === 'delete')) {
    const keys =
      request.type === 'delete'
        ? request.keys
        : (request.keys ?? request.values.map((value) => keyOf(value as Row)));
    const valid = keys.filter((key) => key !== undefined && key !== null);
    before = valid.length === 0 ? [] : await table.getMany({ trans, keys: valid });
  }

  const response = await table.mutate(request);
  await renewals;

  const failed = (i: number) => i in response.failures;
  const removed = lastPerKey(
    before.map(asRow).filter((row): row is Row => row !== null),
    keyOf,
  );
  const added =
    request.type === 'add' || request.type === 'put'
      ? lastPerKey(
          request.values
            .filter((_, i) => !failed(i))
            .map(asRow)
            .filter((row): row is Row => row !== null),
          keyOf,
        )
      : [];
  // Nothing removed and nothing added (deleting keys that are not there): nothing to derive, and
  // a stamp renewed with an empty list would make every value kept under it be made again.
  if (removed.length === 0 && added.length === 0) return response;
  // Started together, each writing a table of its own: one started after another had awaited its
  // writes would find the transaction's zone lost (see above).
  const whole = told?.whole ?? NOTHING_WHOLE;
  await Promise.all(
    fromRows.map((derivation) => derivation.apply(down, trans, removed, added, report, whole)),
  );
  return response;
}

/**
 * Keeps every derived table in step with its source, in the writer's own
 * transaction. Inactive on a database that has no derived tables yet (one
 * opened at version 1, or the stack Dexie builds before an upgrade creates
 * them). A damaged give met on the way is reported to `report`: the queue
 * no longer reads every gesture, so this is where it is met.
 */
export const derivedTablesMiddleware = (report: ReportDamaged): Middleware<DBCore> => ({
  stack: 'dbcore',
  name: 'RapportDerivedTables',
  create(down) {
    const present = new Set(down.schema.tables.map((table) => table.name));
    const active = derivations.filter(({ source, table }) => present.has(source) && present.has(table));
    if (active.length === 0) return {};
    return {
      transaction(stores, mode, options) {
        if (mode !== 'readwrite') return down.transaction(stores, mode, options);
        const extra = [
          ...new Set(
            active
              .filter(({ source, table }) => stores.includes(source) && !stores.includes(table))
              .map(({ table }) => table),
          ),
        ];
        return down.transaction(extra.length > 0 ? [...stores, ...extra] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        const mine = active.filter(({ source }) => source === name);
        if (mine.length === 0) return table;
        return { ...table, mutate: (request) => mutateAndDerive(down, table, mine, request, report) };
      },
    };
  },
});

/**
 * Recomputes the derived tables `only` (all of them when omitted) from their
 * sources, inside the caller's read-write transaction.
 */
export async function rebuildDerived(
  table: TableAccess,
  report: ReportDamaged,
  only?: readonly string[],
): Promise<void> {
  for (const derivation of derivations) {
    if (!only || only.includes(derivation.table)) await derivation.rebuild(table, report);
  }
}

/** Recomputes every derived table from the records (a repair; nothing needs it in normal use). */
export async function rebuildDerivedTables(database: Dexie, report: ReportDamaged = () => {}): Promise<void> {
  const names = [...new Set(derivations.flatMap(({ source, table }) => [source, table]))];
  await database.transaction('rw', names, () => rebuildDerived((name) => database.table(name), report));
}
