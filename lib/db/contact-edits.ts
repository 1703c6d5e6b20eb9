/**
 * Editing a contact from the sidebar: each edit is one validated write
 * (updateRecord), and each returns what its undo needs. Free-text lists
 * (interests, motivations, tags) are parsed and checked here, before
 * anything is written, so the form can show the problem inline and nothing is
 * saved half-way.
 */
import { checkNameFree, createAccount } from './accounts';
import { db, type RapportDatabase } from './database';
import { putRecords, updateRecord } from './records';
import { accountSchema, contactSchema, MAX_LIST, MAX_NAME, type Contact } from './schema';
import { getSetting, ladderSetting } from './settings';
import { describeIssues, InvalidRecordError, RecordNotFoundError } from './validation';

/** The fields the sidebar edits. */
export type ContactEdit = Partial<
  Pick<
    Contact,
    'levelId' | 'interests' | 'motivations' | 'tags' | 'roles' | 'seniority' | 'accountId' | 'headline'
  >
>;

export interface ContactEditResult {
  /** The contact as it was, for undo. */
  before: Contact;
  after: Contact;
  /** An account made by this edit (moving the contact to a new account), removed again by undo. */
  createdAccountId: string | null;
}

export type ListField = 'interests' | 'motivations' | 'tags';

export type ParsedList = { ok: true; items: string[] } | { ok: false; message: string };

/**
 * A list typed as text, one item per comma or line: trimmed, empty items
 * dropped, repeats (ignoring case) kept once. A message says what is wrong
 * when the list breaks the contact schema (too long an item, too many items).
 */
export function parseListInput(field: ListField, text: string): ParsedList {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const raw of text.split(/[,\n]/)) {
    const item = raw.trim();
    const key = item.toLowerCase();
    if (item === '' || seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  const check = contactSchema.shape[field].safeParse(items);
  if (check.success) return { ok: true, items: check.data };
  const issue = check.error.issues[0]!;
  const index = typeof issue.path[0] === 'number' ? issue.path[0] : null;
  if (issue.code === 'too_big' && index === null) return { ok: false, message: `At most ${MAX_LIST} items.` };
  if (index !== null && issue.code === 'too_big')
    return {
      ok: false,
      message: `"${items[index]!.slice(0, 40)}…" is too long (at most ${MAX_NAME} characters).`,
    };
  return { ok: false, message: describeIssues(check.error).join('; ') };
}

/** An account name as typed, or a message saying why it cannot be one. */
export function parseAccountName(text: string): { ok: true; name: string } | { ok: false; message: string } {
  const check = accountSchema.shape.name.safeParse(text);
  if (check.success) return { ok: true, name: check.data };
  return {
    ok: false,
    message:
      text.trim() === '' ? 'Type the account’s name.' : `An account name is at most ${MAX_NAME} characters.`,
  };
}

/** Applies `edit` in one validated write; throws InvalidRecordError (nothing written) when it breaks a rule. */
export async function editContact(
  contactId: string,
  edit: ContactEdit,
  now: number,
  database: RapportDatabase = db,
): Promise<ContactEditResult> {
  return database.transaction('rw', database.tables, async () => {
    const before = await database.contacts.get(contactId);
    if (before === undefined) throw new RecordNotFoundError('contacts', contactId);
    if (edit.levelId !== undefined) {
      const ladder = await getSetting(ladderSetting, database);
      if (!ladder.levels.some((level) => level.id === edit.levelId)) {
        throw new InvalidRecordError('contacts', [
          `levelId: there is no level ${JSON.stringify(edit.levelId)}`,
        ]);
      }
    }
    const after = await updateRecord('contacts', contactId, edit, now, database);
    return { before, after, createdAccountId: null };
  });
}

/** Moves the contact to a new account of that name, made in the same transaction. */
export async function moveContactToNewAccount(
  contactId: string,
  accountName: string,
  now: number,
  database: RapportDatabase = db,
): Promise<ContactEditResult> {
  const parsed = parseAccountName(accountName);
  if (!parsed.ok) throw new InvalidRecordError('accounts', [`name: ${parsed.message}`]);
  return database.transaction('rw', database.tables, async () => {
    const before = await database.contacts.get(contactId);
    if (before === undefined) throw new RecordNotFoundError('contacts', contactId);
    // A second account of the same name would never be found by it (accountsNamed).
    await checkNameFree(null, parsed.name, database);
    const account = await createAccount({ name: parsed.name }, now, database);
    const after = await updateRecord('contacts', contactId, { accountId: account.id }, now, database);
    return { before, after, createdAccountId: account.id };
  });
}

/**
 * Puts the contact back as it was before the edit; an account the edit made
 * is removed again unless something has come to refer to it since.
 */
export async function undoContactEdit(
  result: ContactEditResult,
  database: RapportDatabase = db,
): Promise<void> {
  await database.transaction('rw', database.tables, async () => {
    await putRecords({ contacts: [result.before] }, database);
    const created = result.createdAccountId;
    if (created === null) return;
    const [people, deals, issues, notes, goals] = await Promise.all([
      database.contacts.where('accountId').equals(created).count(),
      database.deals.where('accountId').equals(created).count(),
      database.accountIssues.where('accountId').equals(created).count(),
      database.notes.where('[accountId+at]').between([created, -Infinity], [created, Infinity]).count(),
      database.goals.where('accountId').equals(created).count(),
    ]);
    if (people + deals + issues + notes + goals === 0) await database.accounts.delete(created);
  });
}
