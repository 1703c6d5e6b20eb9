/** Gestures: the value-adding touches, asks and signals logged against a contact. */
import { db, type RapportDatabase } from './database';
import { listNewestFirst } from './read';
import { createRecord, type NewRecord } from './records';
import type { Gesture } from './schema';

export function createGesture(
  fields: NewRecord<'gestures'>,
  now: number,
  database: RapportDatabase = db,
): Promise<Gesture> {
  return createRecord('gestures', fields, now, database);
}

export function listGesturesOfContact(contactId: string, database: RapportDatabase = db): Promise<Gesture[]> {
  return listNewestFirst('gestures', 'contactId', contactId, database);
}
