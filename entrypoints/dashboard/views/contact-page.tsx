/**
 * A contact on a page of their own (`#/contacts/<id>`): the sidebar's view of
 * them (entrypoints/sidepanel/contact-details.tsx: the card with the gesture
 * buttons, follow-ups, goals, timeline, notes, the account and removal), laid
 * out in two columns on a wide screen, card and account on the left, the
 * panels on the right. A contact that is gone (removed here, or elsewhere)
 * shows as such, with the way back; the undo of a removal stays offered.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { UndoBar } from '../../../components/common/undo-bar';
import { routeHash } from '../../../lib/dashboard/routes';
import type { RapportDatabase } from '../../../lib/db/database';
import { useUndo } from '../../../lib/sidebar/use-undo';
import { ContactDetails } from '../../sidepanel/contact-details';
import '../../../components/contact/sidebar-look.css';
import '../../../components/contact/contact-page.css';

export interface ContactPageProps {
  database: RapportDatabase;
  now: () => number;
  contactId: string;
  /** The view Back returns to, as the navigation names it. */
  backTo: string;
  onBack(): void;
  /** Opens another contact (a colleague named in the account view); by default through the URL's hash. */
  onOpenContact?(contactId: string): void;
}

const openByHash = (contactId: string) => {
  window.location.hash = routeHash({ view: 'contact', contactId });
};

export function ContactPage({
  database,
  now,
  contactId,
  backTo,
  onBack,
  onOpenContact = openByHash,
}: ContactPageProps) {
  const undo = useUndo();
  // null once the contact is known to be missing; undefined while loading.
  const exists = useLiveQuery(
    async () => (await database.contacts.get(contactId)) !== undefined,
    [contactId, database],
  );

  const back = (
    <button type="button" className="contact-page-back" onClick={onBack}>
      Back to {backTo.toLowerCase()}
    </button>
  );

  let body: ReactNode;
  if (exists === undefined) {
    body = (
      <>
        <h2>Contact</h2>
        <p className="muted" role="status">
          Loading…
        </p>
      </>
    );
  } else if (!exists) {
    body = (
      <>
        <h2>Contact not found</h2>
        <p>This contact no longer exists. They may have been removed from Rapport.</p>
      </>
    );
  } else {
    body = (
      <div className="contact-page-grid">
        <ContactDetails
          key={contactId}
          contactId={contactId}
          notify={undo.notify}
          onShowContact={onOpenContact}
          database={database}
          clock={now}
          panelsLayout={(panels) => (
            <div
              className="contact-page-panels"
              role="group"
              aria-label="Follow-ups, goals, timeline and notes"
            >
              {panels}
            </div>
          )}
        />
      </div>
    );
  }

  return (
    <section className="contact-page sidebar-look" aria-label="Contact">
      <nav className="contact-page-nav" aria-label="Contact page">
        {back}
      </nav>
      <UndoBar message={undo.message} onUndo={undo.undo} onDismiss={undo.dismiss} />
      {body}
    </section>
  );
}
