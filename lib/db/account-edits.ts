/**
 * Account work from the sidebar: set its value, add a deal, open and resolve
 * account issues, each with its undo (a rename, account-name.ts, shares the
 * value's). Form input is parsed here with the record schemas, so
 * the form shows a message per field and nothing is saved half-way.
 */
import { parse as parseDate, isValid } from 'date-fns';
import { parseAmount } from '../domain/amount';
import { createAccountIssue } from './account-issues';
import { checkNameFree } from './accounts';
import { db, type RapportDatabase } from './database';
import { createDeal } from './deals';
import { deleteRecord, restoreDeleted, type DeletionSnapshot } from './deletion';
import { putRecords, updateRecord } from './records';
import type { accountIssueKinds } from './schema';
import { accountIssueSchema, dealSchema, type Account, type AccountIssue, type Deal } from './schema';
import { RecordNotFoundError } from './validation';

export interface DealForm {
  /** As typed: "12000", "12,000.50". */
  amount: string;
  /** yyyy-mm-dd, as a date input gives it. */
  date: string;
  description: string;
}

export interface DealInput {
  amount: number;
  closedAt: number;
  description?: string;
}

export type DealFormErrors = Partial<Record<keyof DealForm, string>>;

/**
 * The deal the form describes, or a message for each field that is wrong.
 * Dates are local midnight; a deal closed is not in the future of `now`.
 */
export function parseDealForm(
  form: DealForm,
  now: number = Date.now(),
): { ok: true; value: DealInput } | { ok: false; errors: DealFormErrors } {
  const errors: DealFormErrors = {};
  const parsedAmount = parseAmount(form.amount);
  const amount = parsedAmount.ok ? parsedAmount.value : Number.NaN;
  if (!parsedAmount.ok) errors.amount = parsedAmount.error;

  const date = parseDate(form.date, 'yyyy-MM-dd', new Date(0));
  const closedAt = date.getTime();
  if (form.date === '' || !isValid(date)) errors.date = 'Pick the date the deal closed.';
  else if (!dealSchema.shape.closedAt.safeParse(closedAt).success) errors.date = 'That date is out of range.';
  else if (closedAt > now) errors.date = 'A deal closed on a day that has come: pick today or earlier.';

  const description = form.description.trim();
  if (!dealSchema.shape.description.safeParse(description).success)
    errors.description = 'A description is at most 400 characters.';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { amount, closedAt, ...(description === '' ? {} : { description }) } };
}

export function addDeal(
  deal: DealInput & { accountId: string; contactId: string | null },
  now: number,
  database: RapportDatabase = db,
): Promise<Deal> {
  return createDeal(deal, now, database);
}

/** Removes a deal just added (undo), returning what removing it took. */
export function removeDeal(dealId: string, database: RapportDatabase = db): Promise<DeletionSnapshot | null> {
  return deleteRecord('deals', dealId, database);
}

export { restoreDeleted };

/** An account's value as the user types it: revenue to date and potential, either may be left empty (0). */
export interface AccountValueForm {
  revenue: string;
  potential: string;
}

export type AccountValueErrors = Partial<Record<keyof AccountValueForm, string>>;

export function parseAccountValueForm(
  form: AccountValueForm,
): { ok: true; value: Pick<Account, 'revenue' | 'potential'> } | { ok: false; errors: AccountValueErrors } {
  const errors: AccountValueErrors = {};
  const read = (field: keyof AccountValueForm) => {
    if (form[field].trim() === '') return 0;
    const parsed = parseAmount(form[field]);
    if (parsed.ok) return parsed.value;
    errors[field] = parsed.error;
    return 0;
  };
  const value = { revenue: read('revenue'), potential: read('potential') };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** An account as it was before a change of its value or name, and as the change left it. */
export interface AccountChange {
  before: Account;
  after: Account;
}

/**
 * Sets the account's revenue to date and potential: its value, which ranks
 * it in the 80/20 tiers (DOMAIN.md). Deals are kept apart: revenue to date
 * is what the user says it is.
 */
export async function setAccountValue(
  accountId: string,
  value: Pick<Account, 'revenue' | 'potential'>,
  now: number,
  database: RapportDatabase = db,
): Promise<AccountChange> {
  return database.transaction('rw', database.tables, async () => {
    const before = await database.accounts.get(accountId);
    if (before === undefined) throw new RecordNotFoundError('accounts', accountId);
    const after = await updateRecord('accounts', accountId, value, now, database);
    return { before, after };
  });
}

/** The fields in which two versions of an account differ; their fields are text, numbers and lists of text (domains). */
function fieldsApart(a: Account, b: Account): Array<keyof Account> {
  const same = (x: unknown, y: unknown) =>
    Array.isArray(x) && Array.isArray(y)
      ? x.length === y.length && x.every((item, i) => item === y[i])
      : x === y;
  const fields = new Set([...Object.keys(a), ...Object.keys(b)] as Array<keyof Account>);
  return [...fields].filter((field) => !same(a[field], b[field]));
}

/**
 * Takes the change back (its value set, or its rename): each field it
 * changed goes back to what it was where the account still holds what the
 * change gave it, so a later change (a rename after the value was set, the
 * value set again) stays. An account untouched since is put back exactly as
 * it was. A name taken back is refused, nothing written, once another
 * account has come to be called so.
 */
export async function undoAccountChange(
  change: AccountChange,
  database: RapportDatabase = db,
): Promise<void> {
  const { before, after } = change;
  await database.transaction('rw', database.tables, async () => {
    const current = await database.accounts.get(after.id);
    // Removed since: nothing is left to take the change back on.
    if (current === undefined) return;
    const changedSince = fieldsApart(current, after);
    const takenBack = fieldsApart(before, after).filter(
      (field) => field !== 'updatedAt' && !changedSince.includes(field),
    );
    if (takenBack.includes('name')) await checkNameFree(after.id, before.name, database);
    if (changedSince.length === 0) await putRecords({ accounts: [before] }, database);
    else if (takenBack.length > 0) {
      const restored = Object.fromEntries(takenBack.map((field) => [field, before[field]]));
      await putRecords({ accounts: [{ ...current, ...restored }] }, database);
    }
  });
}

export type IssueKind = (typeof accountIssueKinds)[number];

/** A description as typed, or why it cannot be one. */
export function parseIssueDescription(
  text: string,
): { ok: true; text: string } | { ok: false; message: string } {
  const check = accountIssueSchema.shape.description.safeParse(text);
  if (check.success) return { ok: true, text: check.data };
  return {
    ok: false,
    message: text.trim() === '' ? 'Say what the problem is.' : 'At most 10,000 characters.',
  };
}

export function openAccountIssue(
  issue: { accountId: string; kind: IssueKind; description: string },
  now: number,
  database: RapportDatabase = db,
): Promise<AccountIssue> {
  return createAccountIssue({ ...issue, openedAt: now }, now, database);
}

export interface IssueChange {
  before: AccountIssue;
  after: AccountIssue;
}

/** Marks the issue resolved at `now`. */
export async function resolveAccountIssue(
  issueId: string,
  now: number,
  database: RapportDatabase = db,
): Promise<IssueChange> {
  return setResolved(issueId, now, now, database);
}

/** Opens a resolved issue again. */
export async function reopenAccountIssue(
  issueId: string,
  now: number,
  database: RapportDatabase = db,
): Promise<IssueChange> {
  return setResolved(issueId, null, now, database);
}

async function setResolved(
  issueId: string,
  resolvedAt: number | null,
  now: number,
  database: RapportDatabase,
): Promise<IssueChange> {
  return database.transaction('rw', database.tables, async () => {
    const before = await database.accountIssues.get(issueId);
    if (before === undefined) throw new RecordNotFoundError('accountIssues', issueId);
    const after = await updateRecord('accountIssues', issueId, { resolvedAt }, now, database);
    return { before, after };
  });
}

/** Puts the issue back as it was before the change. */
export function undoIssueChange(change: IssueChange, database: RapportDatabase = db): Promise<void> {
  return putRecords({ accountIssues: [change.before] }, database);
}

/** Removes an issue just opened (undo of opening it). */
export function removeAccountIssue(
  issueId: string,
  database: RapportDatabase = db,
): Promise<DeletionSnapshot | null> {
  return deleteRecord('accountIssues', issueId, database);
}
