import type { RapportDatabase } from '../../db/database';
import { findContactsByIdentities } from '../../db/lookup';
import { getRecord } from '../../db/read';
import { MessageError } from '../message-error';
import type { Handler } from '../router';
import { writeSidebarSubject, type SidebarPerson } from '../sidebar-subject';

/** Opens the sidebar for a tab (see open-sidebar.ts); must be called before any await. */
export type OpenSidebar = (tabId: number) => Promise<boolean>;

export function createOpenSidebarHandler(
  db: RapportDatabase,
  openSidebar: OpenSidebar,
): Handler<'open-sidebar'> {
  return async ({ person, focus }, { tabId, now }) => {
    if (tabId === null) throw new MessageError('forbidden', 'the sidebar opens for a tab');
    // First, synchronously: the user's click only counts inside this call chain.
    const opened = openSidebar(tabId);
    let shown: SidebarPerson;
    if (person.kind === 'contact') {
      const contact = await getRecord('contacts', person.contactId, db);
      if (!contact) throw new MessageError('not-found', 'no such contact');
      shown = person;
    } else {
      const known = (await findContactsByIdentities([person.identity], db)).values().next().value;
      shown = known ? { kind: 'contact', contactId: known.id } : person;
    }
    await writeSidebarSubject(tabId, { person: shown, focus: focus ?? 'card', at: now });
    return { opened: await opened };
  };
}
