/**
 * The dashboard's accounts view: the accounts table (components/portfolio)
 * fed live from the database (lib/db/account-portfolio.ts), so it follows
 * every change made here or in the sidebar.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { AccountsTable } from '../../../components/portfolio/accounts-table';
import { loadAccountPortfolio } from '../../../lib/db/account-portfolio';
import type { RapportDatabase } from '../../../lib/db/database';

export interface AccountsViewProps {
  database: RapportDatabase;
  now: () => number;
  onOpenContact(contactId: string): void;
}

export function AccountsView({ database, now, onOpenContact }: AccountsViewProps) {
  const headingId = useId();
  const portfolio = useLiveQuery(() => loadAccountPortfolio(now(), database), [database, now]);

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
    body = <AccountsTable rows={portfolio.rows} now={portfolio.now} onOpenContact={onOpenContact} />;
  }

  return (
    <section className="accounts-view" aria-labelledby={headingId}>
      <h2 id={headingId}>Accounts</h2>
      {body}
    </section>
  );
}
