/**
 * A contact's timeline: their gestures and notes, and the deals of their
 * account, newest first. Deals belong to the account (revenue outlives the
 * person who signed), so each says whom it is attributed to: this contact,
 * the account as a whole, or a colleague at the account.
 */
import { db, type RapportDatabase } from './database';
import { listGesturesOfContact } from './gestures';
import { listNotesOfContact } from './notes';
import { getRecord, keepValid } from './read';
import type { Contact, Deal, Gesture, Note } from './schema';

export type DealAttribution = 'contact' | 'account' | 'colleague';

export type TimelineEntry =
  | { kind: 'gesture'; id: string; at: number; gesture: Gesture }
  | { kind: 'note'; id: string; at: number; note: Note }
  | { kind: 'deal'; id: string; at: number; deal: Deal; attribution: DealAttribution };

export interface Timeline {
  contact: Contact;
  /** The account's name, null when the contact has none (or it is gone). */
  accountName: string | null;
  entries: TimelineEntry[];
  /** The gestures alone, for the give/ask balance. */
  gestures: Gesture[];
}

export function dealAttribution(deal: Pick<Deal, 'contactId'>, contactId: string): DealAttribution {
  if (deal.contactId === contactId) return 'contact';
  return deal.contactId === null ? 'account' : 'colleague';
}

/** Newest first; at the same instant gestures, then notes, then deals, then by id, so the order is stable. */
export function mergeTimeline(
  contactId: string,
  parts: { gestures: readonly Gesture[]; notes: readonly Note[]; deals: readonly Deal[] },
): TimelineEntry[] {
  const order = { gesture: 0, note: 1, deal: 2 } as const;
  const entries: TimelineEntry[] = [
    ...parts.gestures.map((gesture) => ({
      kind: 'gesture' as const,
      id: gesture.id,
      at: gesture.at,
      gesture,
    })),
    ...parts.notes.map((note) => ({ kind: 'note' as const, id: note.id, at: note.at, note })),
    ...parts.deals.map((deal) => ({
      kind: 'deal' as const,
      id: deal.id,
      at: deal.closedAt,
      deal,
      attribution: dealAttribution(deal, contactId),
    })),
  ];
  return entries.sort(
    (a, b) => b.at - a.at || order[a.kind] - order[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The timeline of one contact, read in one transaction; null when there is no such contact. */
export async function loadTimeline(
  contactId: string,
  database: RapportDatabase = db,
): Promise<Timeline | null> {
  return database.transaction(
    'r',
    [database.contacts, database.accounts, database.gestures, database.notes, database.deals],
    async () => {
      const contact = await getRecord('contacts', contactId, database);
      if (contact === undefined) return null;
      const accountId = contact.accountId;
      const [gestures, notes, dealRows, account] = await Promise.all([
        listGesturesOfContact(contactId, database),
        listNotesOfContact(contactId, database),
        accountId === null
          ? database.deals.where('contactId').equals(contactId).toArray()
          : database.deals.where('accountId').equals(accountId).toArray(),
        accountId === null ? undefined : getRecord('accounts', accountId, database),
      ]);
      const deals = keepValid(database, 'deals', dealRows);
      return {
        contact,
        accountName: account?.name ?? null,
        entries: mergeTimeline(contactId, { gestures, notes, deals }),
        gestures,
      };
    },
  );
}
