/**
 * The dashboard's accounts view: the accounts table (components/portfolio)
 * fed live from the database (lib/db/account-portfolio.ts, through the
 * dashboard's loader, which reads only what changed when it can), so it
 * follows every change made here or in the sidebar.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { AccountsTable } from '../../../components/portfolio/accounts-table';
import type { AccountPortfolio } from '../../../lib/db/account-portfolio';
import type { BookView } from '../../../lib/db/book-records';

export interface AccountsViewProps {
  /** The dashboard's one loader: it keeps what it read between visits to this view. */
  portfolio: BookView<AccountPortfolio>;
  now: () => number;
  onOpenContact(contactId: string): void;
}

export function AccountsView({ portfolio: loader, now, onOpenContact }: AccountsViewProps) {
  const headingId = useId();
  const read = useLiveQuery(() => loader.load(now()), [loader, now]);
  // The rows of the last visit, if any, stand until the loader has caught up with what changed since.
  const portfolio = read ?? loader.latest() ?? undefined;

  let body;
  if (portfolio === undefined) {
    body = (
      <p className="muted" role="status">
        Loading the accounts…
      </p>
    );
  } else if (portfolio.rows.length === 0) {
    body = (
      <p>
        No accounts yet. An account is the company your contacts work at: place a contact at one with “Change
        account” on their card (in the sidebar or on their page), or import a list of contacts with their
        companies under Import &amp; export.
      </p>
    );
  } else {
    body = (
      <AccountsTable
        rows={portfolio.rows}
        fromLastVisit={read === undefined}
        now={portfolio.now}
        onOpenContact={onOpenContact}
      />
    );
  }

  return (
    <section className="accounts-view" aria-labelledby={headingId}>
      <h2 id={headingId}>Accounts</h2>
      {body}
    </section>
  );
}
