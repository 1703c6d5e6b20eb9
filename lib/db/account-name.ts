/**
 * Renaming an account. Accounts are found by name, letter case aside (a
 * capture places a person at the account called as their company, capture.ts),
 * so no two accounts may come to share a name this way: the second would
 * never be found by it.
 */
import type { AccountChange } from './account-edits';
import { AccountNameError, checkNameFree } from './accounts';
import { parseAccountName } from './contact-edits';
import { db, type RapportDatabase } from './database';
import { updateRecord } from './records';
import { RecordNotFoundError } from './validation';

/**
 * Gives the account `name` (trimmed), returning the change for its undo
 * (undoAccountChange), or null when the name is the one it has: nothing to
 * take back. A change of letter case alone is a rename. Throws
 * AccountNameError, nothing written, when the name is empty, too long, or
 * another account's.
 */
export async function renameAccount(
  accountId: string,
  name: string,
  now: number,
  database: RapportDatabase = db,
): Promise<AccountChange | null> {
  const parsed = parseAccountName(name);
  if (!parsed.ok) throw new AccountNameError(parsed.message);
  return database.transaction('rw', database.tables, async () => {
    const before = await database.accounts.get(accountId);
    if (before === undefined) throw new RecordNotFoundError('accounts', accountId);
    if (before.name === parsed.name) return null;
    await checkNameFree(accountId, parsed.name, database);
    const after = await updateRecord('accounts', accountId, { name: parsed.name }, now, database);
    return { before, after };
  });
}
