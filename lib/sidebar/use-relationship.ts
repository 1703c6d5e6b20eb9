import { useLiveQuery } from 'dexie-react-hooks';
import { db, type RapportDatabase } from '../db/database';
import { loadRelationship, type RelationshipData } from './load-relationship';

/**
 * The sidebar's data for a contact, live: any change to the database (this
 * page, another tab, the popup) reloads it. Undefined while loading, null for
 * a contact that does not exist (any more).
 */
export function useRelationship(
  contactId: string,
  database: RapportDatabase = db,
  clock: () => number = Date.now,
): RelationshipData | null | undefined {
  return useLiveQuery(() => loadRelationship(contactId, clock(), database), [contactId, database, clock]);
}
