import type { RapportDatabase } from '../../db/database';
import type { Handler } from '../router';

export function createGetStatusHandler(
  db: RapportDatabase,
  changeSubscribers: () => number,
): Handler<'get-status'> {
  return async () => ({ contacts: await db.contacts.count(), changeSubscribers: changeSubscribers() });
}
