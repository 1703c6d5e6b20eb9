/**
 * Importing contacts from a CSV (LinkedIn's Connections.csv or any mapped
 * CSV, lib/io): plan, write, undo.
 *
 * 1. `planContactImport` reads what the rows need in one read transaction,
 *    with bulk index reads (never one query per row), and says what will
 *    happen to every row before anything is written:
 *    - create: a new contact, validated with its schema; its company becomes
 *      an existing account (same name, any letter case) or one new account
 *      per distinct company;
 *    - merge: the row is someone already in Rapport (same LinkedIn profile or
 *      email); only what the contact lacks is filled in (new emails and
 *      profiles, a headline, an account, a seniority, a cadence; tags,
 *      interests, roles and motivations added to the lists), nothing the
 *      user set is overwritten, and whether they left the account is never
 *      changed;
 *    - skip, with the reason: unreadable row, no name, a duplicate of an
 *      earlier row, someone with nothing new to add, a row matching two
 *      different contacts, or a row without email or profile whose name is
 *      already taken (it cannot be told apart from that person).
 * 2. `runContactImport` writes the plan all-or-nothing: one read-write
 *    transaction, bulk writes in chunks (so progress moves), and a check
 *    first that nothing the plan relied on changed since it was made (else
 *    ImportConflictError and nothing is written). New contacts' follow-up
 *    clocks are staggered (lib/io/import-clock.ts).
 * 3. `undoContactImport` takes it back in one transaction: deletes the
 *    contacts and accounts it created and puts merged contacts back as they
 *    were, except what the user has changed or added to since, which is
 *    kept and counted.
 */
import { clockStart, shortestCadenceDays, spreadDays } from '../io/import-clock';
import type { ImportRow } from '../io/csv-mapping';
import { newContactDefaults } from './contacts';
import { db, type RapportDatabase } from './database';
import { getEngineSettings } from './engine-settings';
import { newId } from './ids';
import { keepValid } from './read';
import { references } from './references';
import { MAX_LIST, roles as allRoles, type Account, type Contact, type TableRecord } from './schema';
import { getSetting, ladderSetting } from './settings';
import { recordTableNames, tableOf } from './tables';
import { checkRecord, isCanonicalRow, type RecordCheck } from './validation';

/**
 * checkRecord for a record this module has just built: when it is already
 * what Zod would give (isCanonicalRow, the usual case), it is used as it is,
 * without running Zod on every row of a large file.
 */
function checkBuilt<T extends 'contacts' | 'accounts'>(table: T, value: TableRecord<T>): RecordCheck<T> {
  return isCanonicalRow(table, value) ? { ok: true, record: value } : checkRecord(table, value);
}

export interface PlannedCreate {
  row: number;
  /** Complete and validated; its level and clock start are set when the import runs. */
  contact: Contact;
  /** The ladder level the row named, or null for the level chosen when the import runs. */
  levelId: string | null;
  /** The account's name when the contact goes into one (new or existing). */
  company: string | null;
}

export interface PlannedMerge {
  row: number;
  before: Contact;
  after: Contact;
  /** What the row adds, as people say it: "email", "LinkedIn profile", "headline", "account", "tags"… */
  filled: string[];
}

export interface PlannedSkip {
  row: number;
  /** The name on the row ('' when it has none). */
  name: string;
  reason: string;
}

export interface ImportPlan {
  create: PlannedCreate[];
  merge: PlannedMerge[];
  skip: PlannedSkip[];
  /** Accounts made for companies not yet in Rapport. */
  newAccounts: Account[];
  /** Existing accounts the plan puts contacts into. */
  existingAccountIds: string[];
}

export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportUndo {
  createdContactIds: string[];
  createdAccountIds: string[];
  /** Merged contacts as they were, and the updatedAt the import gave them. */
  merged: Array<{ before: Contact; importedAt: number }>;
  importedAt: number;
}

export interface ImportReport {
  created: number;
  merged: PlannedMerge[];
  skipped: PlannedSkip[];
  accountsCreated: number;
  levelId: string;
  /** Over how many days the new contacts' first follow-ups are spread. */
  spreadDays: number;
  undo: ImportUndo;
}

export interface UndoReport {
  removed: number;
  restored: number;
  accountsRemoved: number;
  /** Imported contacts left in place because they were changed or given gestures, notes… since. */
  kept: number;
}

/** What changed under a plan: the contacts and accounts it writes to, or the ladder whose levels it names. */
export type ImportConflictSource = 'contacts' | 'ladder';

const changedSources: Record<ImportConflictSource, string> = {
  contacts: 'Your contacts',
  ladder: 'Your relationship ladder',
};

/** The plan no longer matches the database (it changed in between, e.g. in another tab); nothing was written. */
export class ImportConflictError extends Error {
  override readonly name = 'ImportConflictError';
  constructor(source: ImportConflictSource, detail: string) {
    super(
      `${changedSources[source]} changed since the preview (${detail}), so nothing was imported. Check the new preview and import again.`,
    );
  }
}

/** Records written per bulk call: progress moves between them, all inside the one transaction. */
const CHUNK = 2_000;

const key = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

function byId(contacts: readonly Contact[]): Map<string, Contact> {
  return new Map(contacts.map((contact) => [contact.id, contact]));
}

/** `list` and the `values` not yet in it (ignoring case), up to `max`. */
function union<T extends string>(list: readonly T[], values: readonly T[], max: number): T[] {
  const seen = new Set(list.map((v) => v.toLowerCase()));
  const out = [...list];
  for (const value of values) {
    if (out.length >= max) break;
    if (!seen.has(value.toLowerCase())) {
      seen.add(value.toLowerCase());
      out.push(value);
    }
  }
  return out;
}

interface Owners {
  /** slug/email → valid contact holding it. */
  slugs: Map<string, Contact[]>;
  emails: Map<string, Contact[]>;
  /** Identities held by a stored row that fails its schema. */
  damaged: Set<string>;
}

/**
 * Above this many keys, one read of the whole table beats an index lookup:
 * Dexie's anyOf walks the index with a cursor jump per key (one round trip
 * each in Chromium, and quadratic in fake-indexeddb), while toArray is a
 * single getAll.
 */
const MANY_KEYS = 1_000;

/** The stored contact rows (unvalidated) that hold any of these slugs or emails. */
async function contactsHolding(
  slugs: readonly string[],
  emails: readonly string[],
  database: RapportDatabase,
): Promise<unknown[]> {
  if (slugs.length + emails.length > MANY_KEYS) {
    const wantedSlugs = new Set(slugs);
    const wantedEmails = new Set(emails);
    const holds = (list: unknown, wanted: Set<string>) =>
      Array.isArray(list) && list.some((value) => wanted.has(value as string));
    return (await database.contacts.toArray()).filter((row) => {
      const record = row as Partial<Contact>;
      return holds(record.linkedinSlugs, wantedSlugs) || holds(record.emails, wantedEmails);
    });
  }
  const [bySlug, byEmail] = await Promise.all([
    slugs.length > 0
      ? database.contacts
          .where('linkedinSlugs')
          .anyOf([...slugs])
          .toArray()
      : [],
    emails.length > 0
      ? database.contacts
          .where('emails')
          .anyOf([...emails])
          .toArray()
      : [],
  ]);
  return [...bySlug, ...byEmail];
}

async function findOwners(rows: readonly ImportRow[], database: RapportDatabase): Promise<Owners> {
  const slugs = unique(rows.flatMap((row) => row.slugs));
  const emails = unique(rows.flatMap((row) => row.emails));
  const raw = await contactsHolding(slugs, emails, database);
  const owners: Owners = { slugs: new Map(), emails: new Map(), damaged: new Set() };
  const valid = byId(keepValid(database, 'contacts', raw));
  const wantedSlugs = new Set(slugs);
  const wantedEmails = new Set(emails);
  const seen = new Set<string>();
  for (const row of raw) {
    const record = row as Partial<Contact>;
    const id = typeof record.id === 'string' ? record.id : '';
    if (seen.has(id)) continue;
    seen.add(id);
    const contact = valid.get(id);
    const rowSlugs = Array.isArray(record.linkedinSlugs) ? record.linkedinSlugs : [];
    const rowEmails = Array.isArray(record.emails) ? record.emails : [];
    for (const slug of rowSlugs) {
      if (!wantedSlugs.has(slug)) continue;
      if (!contact) owners.damaged.add(`linkedin:${slug}`);
      else owners.slugs.set(slug, [...(owners.slugs.get(slug) ?? []), contact]);
    }
    for (const email of rowEmails) {
      if (!wantedEmails.has(email)) continue;
      if (!contact) owners.damaged.add(`email:${email}`);
      else owners.emails.set(email, [...(owners.emails.get(email) ?? []), contact]);
    }
  }
  return owners;
}

/** Existing accounts by name key (lower case, spaces collapsed); the first made wins a tie. */
async function findAccounts(
  companies: readonly string[],
  database: RapportDatabase,
): Promise<Map<string, Account>> {
  const found = new Map<string, Account>();
  if (companies.length === 0) return found;
  const wanted = new Set(companies.map(key));
  const rows =
    companies.length > MANY_KEYS
      ? (await database.accounts.toArray()).filter(
          (row) => typeof row.name === 'string' && wanted.has(key(row.name)),
        )
      : await database.accounts
          .where('name')
          .anyOfIgnoreCase([...companies])
          .toArray();
  const accounts = keepValid(database, 'accounts', rows).sort((a, b) => a.createdAt - b.createdAt);
  for (const account of accounts) {
    if (!found.has(key(account.name))) found.set(key(account.name), account);
  }
  return found;
}

/** Names (by key) of existing contacts among `names`, read from the name index only. */
async function takenNames(names: readonly string[], database: RapportDatabase): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const wanted = new Set(names.map(key));
  // Only the name index is read, never the contacts themselves.
  const stored =
    names.length > MANY_KEYS
      ? await database.contacts.orderBy('name').uniqueKeys()
      : await database.contacts
          .where('name')
          .anyOfIgnoreCase([...names])
          .keys();
  return new Set(stored.map((name) => key(String(name))).filter((name) => wanted.has(name)));
}

const describeIdentity = (identity: string) =>
  identity.startsWith('linkedin:') ? 'LinkedIn profile' : `email ${identity.slice('email:'.length)}`;

/**
 * What importing `rows` would do, read from the database without writing
 * anything. `now` stamps the records the plan makes.
 */
export async function planContactImport(
  rows: readonly ImportRow[],
  now: number,
  database: RapportDatabase = db,
): Promise<ImportPlan> {
  return database.transaction('r', [database.contacts, database.accounts, database.settings], async () => {
    const ladder = await getSetting(ladderSetting, database);
    const placeholderLevel = ladder.levels[0]!.id;
    const levelsByName = new Map(ladder.levels.map((level) => [key(level.name), level.id]));
    const readable = rows.filter((row) => row.problem === null && row.name !== '');
    const noIdentityNames = unique(
      readable.filter((row) => row.slugs.length === 0 && row.emails.length === 0).map((row) => row.name),
    );
    const companies = unique(readable.flatMap((row) => (row.company === null ? [] : [row.company])));
    const [owners, accounts, names] = await Promise.all([
      findOwners(readable, database),
      findAccounts(companies, database),
      takenNames(noIdentityNames, database),
    ]);

    const plan: ImportPlan = { create: [], merge: [], skip: [], newAccounts: [], existingAccountIds: [] };
    const existingAccountIds = new Set<string>();
    const newAccounts = new Map<string, Account>();
    /** Identity → the file row that claimed it first. */
    const claimed = new Map<string, number>();
    /** Name key → file row, for rows without identity. */
    const namesInFile = new Map<string, number>();
    const mergedContacts = new Map<string, number>();

    /**
     * The account a row's company names; a new one takes the first revenue and the first
     * potential the file gives its company (each from whichever row gives it first).
     */
    const accountFor = ({ company, accountRevenue, accountPotential }: ImportRow): Account | null => {
      if (company === null) return null;
      const k = key(company);
      const existing = accounts.get(k);
      if (existing) {
        existingAccountIds.add(existing.id);
        return existing;
      }
      let account = newAccounts.get(k);
      if (account) {
        const revenue = account.revenue || (accountRevenue ?? 0);
        const potential = account.potential || (accountPotential ?? 0);
        if (revenue !== account.revenue || potential !== account.potential) {
          account = { ...account, revenue, potential };
          newAccounts.set(k, account);
        }
      } else {
        const check = checkBuilt('accounts', {
          id: newId(),
          name: company,
          domains: [],
          revenue: accountRevenue ?? 0,
          potential: accountPotential ?? 0,
          createdAt: now,
          updatedAt: now,
        });
        if (!check.ok) return null;
        account = check.record;
        newAccounts.set(k, account);
      }
      return account;
    };
    const skip = (row: ImportRow, reason: string) => plan.skip.push({ row: row.row, name: row.name, reason });

    for (const row of rows) {
      if (row.problem !== null) {
        // The row's number is shown beside its reason.
        skip(row, `Could not be read: ${row.problem}.`);
        continue;
      }
      if (row.name === '') {
        skip(row, 'No name (LinkedIn leaves names out for members who hide them).');
        continue;
      }
      const identities = [
        ...row.slugs.map((slug) => `linkedin:${slug}`),
        ...row.emails.map((email) => `email:${email}`),
      ];
      const earlier = identities.find((identity) => claimed.has(identity));
      if (earlier !== undefined) {
        skip(row, `Duplicate of row ${claimed.get(earlier)} (same ${describeIdentity(earlier)}).`);
        continue;
      }
      const damaged = identities.find((identity) => owners.damaged.has(identity));
      if (damaged !== undefined) {
        skip(
          row,
          `Its ${describeIdentity(damaged)} belongs to a damaged record in Rapport; repair it first.`,
        );
        continue;
      }
      const matches = byId([
        ...row.slugs.flatMap((slug) => owners.slugs.get(slug) ?? []),
        ...row.emails.flatMap((email) => owners.emails.get(email) ?? []),
      ]);
      if (matches.size > 1) {
        const who = [...matches.values()].map((contact) => contact.name).join(' and ');
        skip(row, `Matches ${matches.size} different contacts in Rapport (${who}); merge them first.`);
        continue;
      }

      const existing = matches.values().next().value;
      if (existing !== undefined) {
        const earlierMerge = mergedContacts.get(existing.id);
        if (earlierMerge !== undefined) {
          skip(row, `Row ${earlierMerge} already updates ${existing.name}.`);
          continue;
        }
        const filled: string[] = [];
        const emails = union(existing.emails, row.emails, 50);
        if (emails.length > existing.emails.length)
          filled.push(plural(emails.length - existing.emails.length, 'email'));
        const slugs = union(existing.linkedinSlugs, row.slugs, 20);
        if (slugs.length > existing.linkedinSlugs.length) filled.push('LinkedIn profile');
        const headline = existing.headline === undefined || existing.headline === '' ? row.headline : null;
        if (headline !== null) filled.push('headline');
        const account = existing.accountId === null ? accountFor(row) : null;
        if (account !== null) filled.push(`account ${account.name}`);
        const tags = union(existing.tags, row.tags, MAX_LIST);
        if (tags.length > existing.tags.length) filled.push('tags');
        const interests = union(existing.interests, row.interests, MAX_LIST);
        if (interests.length > existing.interests.length) filled.push('interests');
        const roles = union(existing.roles, row.roles, allRoles.length);
        if (roles.length > existing.roles.length) filled.push('roles');
        const motivations = union(existing.motivations, row.motivations, MAX_LIST);
        if (motivations.length > existing.motivations.length) filled.push('motivations');
        const seniority = existing.seniority === 'unknown' ? row.seniority : existing.seniority;
        if (seniority !== existing.seniority) filled.push('seniority');
        const cadenceDays = existing.cadenceDays ?? row.cadenceDays;
        if (cadenceDays !== existing.cadenceDays) filled.push('cadence');
        // `left` is never changed: whether someone is still at the account is the user's to say
        // (an older export or a CRM lagging behind must not mark a live relationship as gone, or
        // bring back someone the user knows has left).
        if (filled.length === 0) {
          skip(row, `Already in Rapport as ${existing.name}, with nothing new to add.`);
          continue;
        }
        const check = checkBuilt('contacts', {
          ...existing,
          emails,
          linkedinSlugs: slugs,
          ...(headline === null ? {} : { headline }),
          accountId: account?.id ?? existing.accountId,
          tags,
          interests,
          roles,
          motivations,
          seniority,
          cadenceDays,
          updatedAt: Math.max(now, existing.updatedAt),
        });
        if (!check.ok) {
          skip(row, `Could not be merged into ${existing.name}: ${check.problems.join('; ')}.`);
          continue;
        }
        for (const identity of identities) claimed.set(identity, row.row);
        mergedContacts.set(existing.id, row.row);
        plan.merge.push({ row: row.row, before: existing, after: check.record, filled });
        continue;
      }

      if (identities.length === 0) {
        const name = key(row.name);
        const inFile = namesInFile.get(name);
        if (names.has(name) || inFile !== undefined) {
          skip(
            row,
            inFile !== undefined
              ? `No email or LinkedIn profile, and row ${inFile} has the same name: it cannot be told apart.`
              : `No email or LinkedIn profile, and ${row.name} is already in Rapport: it cannot be told apart.`,
          );
          continue;
        }
        namesInFile.set(name, row.row);
      }
      const levelId = row.level === null ? null : (levelsByName.get(key(row.level)) ?? undefined);
      if (levelId === undefined) {
        skip(
          row,
          `“${row.level}” is not a level on your ladder (${ladder.levels.map((level) => level.name).join(', ')}).`,
        );
        continue;
      }
      const account = accountFor(row);
      const check = checkBuilt('contacts', {
        ...newContactDefaults,
        id: newId(),
        name: row.name,
        ...(row.headline === null ? {} : { headline: row.headline }),
        linkedinSlugs: row.slugs,
        emails: row.emails,
        accountId: account?.id ?? null,
        tags: row.tags,
        interests: row.interests,
        roles: row.roles,
        seniority: row.seniority,
        motivations: row.motivations,
        cadenceDays: row.cadenceDays,
        left: row.left ?? false,
        levelId: placeholderLevel,
        createdAt: now,
        updatedAt: now,
      });
      if (!check.ok) {
        skip(row, `Row ${row.row} is not a valid contact: ${check.problems.join('; ')}.`);
        continue;
      }
      for (const identity of identities) claimed.set(identity, row.row);
      plan.create.push({ row: row.row, contact: check.record, levelId, company: account?.name ?? null });
    }

    // Only the accounts some planned contact goes into.
    const used = new Set([
      ...plan.create.map((entry) => entry.contact.accountId),
      ...plan.merge.map((entry) => entry.after.accountId),
    ]);
    plan.newAccounts = [...newAccounts.values()].filter((account) => used.has(account.id));
    plan.existingAccountIds = [...existingAccountIds].filter((id) => used.has(id));
    return plan;
  });
}

function plural(n: number, noun: string): string {
  return n === 1 ? noun : `${n} ${noun}s`;
}

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Refuses (ImportConflictError) when the database no longer is what the plan was made from. Inside the write transaction. */
async function checkUnchanged(plan: ImportPlan, database: RapportDatabase): Promise<void> {
  const current = await database.contacts.bulkGet(plan.merge.map((entry) => entry.before.id));
  const changed = plan.merge.find((entry, i) => current[i]?.updatedAt !== entry.before.updatedAt);
  if (changed) throw new ImportConflictError('contacts', `${changed.before.name} was changed or deleted`);

  const slugs = unique([
    ...plan.create.flatMap((entry) => entry.contact.linkedinSlugs),
    ...plan.merge.flatMap((entry) =>
      entry.after.linkedinSlugs.filter((slug) => !entry.before.linkedinSlugs.includes(slug)),
    ),
  ]);
  const emails = unique([
    ...plan.create.flatMap((entry) => entry.contact.emails),
    ...plan.merge.flatMap((entry) =>
      entry.after.emails.filter((email) => !entry.before.emails.includes(email)),
    ),
  ]);
  if ((await contactsHolding(slugs, emails, database)).length > 0) {
    throw new ImportConflictError('contacts', 'someone in the file was added in the meantime');
  }
  const accounts = await database.accounts.bulkGet(plan.existingAccountIds);
  if (accounts.some((account) => account === undefined))
    throw new ImportConflictError('contacts', 'an account was deleted');
}

export interface RunImportOptions {
  /** The ladder level new contacts start at. */
  levelId: string;
  now: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Records per bulk write (tests make it small to see several chunks). */
  chunkSize?: number;
}

/** Writes the plan, all or nothing; returns the report with what undo needs. */
export async function runContactImport(
  plan: ImportPlan,
  { levelId, now, onProgress, chunkSize = CHUNK }: RunImportOptions,
  database: RapportDatabase = db,
): Promise<ImportReport> {
  const total = plan.newAccounts.length + plan.create.length + plan.merge.length;
  let done = 0;
  const advance = (count: number) => {
    done += count;
    onProgress?.({ done, total });
  };
  const tables = [database.contacts, database.accounts, database.settings];
  const window = await database.transaction('rw', tables, async () => {
    const ladder = await getSetting(ladderSetting, database);
    if (!ladder.levels.some((level) => level.id === levelId)) {
      throw new Error(`There is no level ${JSON.stringify(levelId)} on the ladder; choose another.`);
    }
    const onLadder = new Set(ladder.levels.map((level) => level.id));
    if (plan.create.some((entry) => entry.levelId !== null && !onLadder.has(entry.levelId))) {
      throw new ImportConflictError('ladder', 'a level the file names was taken off it');
    }
    const { cadence } = await getEngineSettings(database);
    await checkUnchanged(plan, database);
    onProgress?.({ done, total });

    const days = spreadDays(plan.create.length, shortestCadenceDays(levelId, cadence));
    // Every chunk is sent at once rather than each after the last has landed:
    // the database then writes one chunk while the next is being sent, and
    // the progress still moves as each lands. A failure in any aborts all.
    const writes: Array<Promise<unknown>> = [];
    const send = (write: Promise<unknown>, count: number) => writes.push(write.then(() => advance(count)));
    for (const part of chunks(plan.newAccounts, chunkSize)) {
      send(database.accounts.bulkAdd(part), part.length);
    }
    let index = 0;
    for (const part of chunks(plan.create, chunkSize)) {
      const contacts = part.map((entry) => {
        const start = clockStart(index++, plan.create.length, days, now);
        return { ...entry.contact, levelId: entry.levelId ?? levelId, createdAt: start, updatedAt: now };
      });
      send(database.contacts.bulkAdd(contacts), part.length);
    }
    for (const part of chunks(plan.merge, chunkSize)) {
      send(database.contacts.bulkPut(part.map((entry) => ({ ...entry.after, updatedAt: now }))), part.length);
    }
    await Promise.all(writes);
    return days;
  });
  return {
    created: plan.create.length,
    merged: plan.merge,
    skipped: plan.skip,
    accountsCreated: plan.newAccounts.length,
    levelId,
    spreadDays: window,
    undo: {
      createdContactIds: plan.create.map((entry) => entry.contact.id),
      createdAccountIds: plan.newAccounts.map((account) => account.id),
      merged: plan.merge.map((entry) => ({ before: entry.before, importedAt: now })),
      importedAt: now,
    },
  };
}

/** Ids among `ids` that some record of another table refers to as `to`. */
async function referenced(
  to: 'contacts' | 'accounts',
  ids: readonly string[],
  database: RapportDatabase,
): Promise<Set<string>> {
  const found = new Set<string>();
  if (ids.length === 0) return found;
  // Contacts pointing at accounts are looked at by the caller (a kept imported contact keeps its account).
  for (const { from, field, to: target } of references) {
    if (target !== to || from === 'contacts') continue;
    const rows = await tableOf(database, from)
      .where(field)
      .anyOf([...ids])
      .toArray();
    for (const row of rows) found.add(String((row as unknown as Record<string, unknown>)[field]));
  }
  return found;
}

/**
 * Takes an import back in one transaction. Contacts it created are deleted
 * unless they were changed or given gestures, notes, follow-ups, goals or
 * deals since; merged contacts go back to how they were unless changed
 * since; new accounts go unless something still refers to them.
 */
export async function undoContactImport(
  undo: ImportUndo,
  database: RapportDatabase = db,
): Promise<UndoReport> {
  return database.transaction('rw', recordTableNames, async () => {
    const created = await database.contacts.bulkGet(undo.createdContactIds);
    const present = created.filter((contact) => contact !== undefined);
    const used = await referenced(
      'contacts',
      present.map((contact) => contact.id),
      database,
    );
    const removable = present
      .filter((contact) => contact.updatedAt === undo.importedAt && !used.has(contact.id))
      .map((contact) => contact.id);
    for (const part of chunks(removable)) await database.contacts.bulkDelete(part);

    const mergedNow = await database.contacts.bulkGet(undo.merged.map((entry) => entry.before.id));
    const restorable = undo.merged.filter((entry, i) => mergedNow[i]?.updatedAt === entry.importedAt);
    for (const part of chunks(restorable)) await database.contacts.bulkPut(part.map((entry) => entry.before));
    // Merged contacts gone since (deleted, or the data replaced by a backup) are neither restored nor kept.
    const mergedKept = mergedNow.filter((contact) => contact !== undefined).length - restorable.length;

    // Accounts gone since are not counted; those still referred to (by a kept contact, or something
    // added since) stay.
    const accountsNow = await database.accounts.bulkGet(undo.createdAccountIds);
    const presentAccounts = undo.createdAccountIds.filter((_, i) => accountsNow[i] !== undefined);
    const contactRefs = await database.contacts.where('accountId').anyOf(presentAccounts).toArray();
    const stillUsed = new Set([
      ...contactRefs.map((contact) => contact.accountId),
      ...(await referenced('accounts', presentAccounts, database)),
    ]);
    const accounts = presentAccounts.filter((id) => !stillUsed.has(id));
    for (const part of chunks(accounts)) await database.accounts.bulkDelete(part);

    return {
      removed: removable.length,
      restored: restorable.length,
      accountsRemoved: accounts.length,
      kept: present.length - removable.length + mergedKept,
    };
  });
}
