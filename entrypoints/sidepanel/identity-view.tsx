/**
 * A person known by an identity (a badge click on someone, a page person):
 * their card when Rapport knows them, else the offer to add them. Live, so
 * adding them here or from the page badge turns this into their card.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { UnknownPerson } from '../../components/sidebar/unknown-person';
import { captureProspect, undoCapture } from '../../lib/db/capture';
import { db, type RapportDatabase } from '../../lib/db/database';
import { findContactsByIdentities } from '../../lib/db/lookup';
import { getSetting, ladderSetting } from '../../lib/db/settings';
import { identityKey, type Identity } from '../../lib/domain/identity';
import type { UndoEntry } from '../../lib/sidebar/use-undo';

export interface IdentityViewProps {
  identity: Identity;
  name: string | null;
  notify(entry: UndoEntry): void;
  /** Renders the card of the contact behind the identity. */
  renderContact(contactId: string): React.ReactNode;
  database?: RapportDatabase;
  clock?: () => number;
}

/** A name to store for someone the page gave no name for: the email's local part or the profile slug. */
function fallbackName(identity: Identity): string {
  return identity.kind === 'email' ? identity.value.slice(0, identity.value.indexOf('@')) : identity.value;
}

export function IdentityView({
  identity,
  name,
  notify,
  renderContact,
  database = db,
  clock = Date.now,
}: IdentityViewProps) {
  const [undone, setUndone] = useState(false);
  const found = useLiveQuery(async () => {
    const [contacts, ladder] = await Promise.all([
      findContactsByIdentities([identity], database),
      getSetting(ladderSetting, database),
    ]);
    return { contactId: contacts.get(identityKey(identity))?.id ?? null, startLevel: ladder.levels[0]!.name };
  }, [identity.kind, identity.value, database]);

  if (found === undefined)
    return (
      <p className="muted" role="status">
        Loading…
      </p>
    );
  if (found.contactId !== null) return <>{renderContact(found.contactId)}</>;
  // After an undone add, the offer to add them comes back with the keyboard on it.
  return (
    <UnknownPerson
      identity={identity}
      name={name}
      startLevelName={found.startLevel}
      autoFocus={undone}
      onAdd={async () => {
        const result = await captureProspect(
          { identity, name: name?.trim() || fallbackName(identity) },
          clock(),
          database,
        );
        notify(
          result.created
            ? {
                message: `${name ?? 'They'} added to Rapport.`,
                // Marked before the undo runs: the offer may come back (through the live query)
                // before the undo's own promise settles, and it takes the focus only as it appears.
                undo: async () => {
                  setUndone(true);
                  try {
                    await undoCapture(result, database);
                  } catch (error) {
                    setUndone(false);
                    throw error;
                  }
                },
              }
            : { message: 'Already in Rapport.' },
        );
      }}
    />
  );
}
