/**
 * The contacts view's body: filter bar, count, bulk actions on the selected
 * contacts with undo, and the virtualised table. It holds only the page's
 * own state (filters, sort, selection, the last change to undo); the rows
 * come from the caller, who re-reads them when the database changes.
 *
 * The selection is a set of contact ids; what a bulk action changes is the
 * selected contacts that match the filters now, the ones the user can see
 * counted, never one hidden by a filter. Those hidden stay selected through
 * it, for when the filters change back; a deletion unselects only whom it
 * deleted, and its Undo selects them again.
 */
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import {
  defaultContactSort,
  filterChoices,
  filterContactRows,
  firstDirection,
  isFiltered,
  noFilters,
  sortContactRows,
  type ContactFilters,
  type ContactRow,
  type ContactSort,
  type ContactSortKey,
} from '../../lib/portfolio/contact-rows';
import { ActionStatus } from '../common/action-status';
import { useFocusRescue } from '../common/use-focus-rescue';
import { useRememberedState } from '../common/view-memory';
import { undoFailedMessage, undoneMessage } from '../../lib/undo-words';
import { errorMessage } from '../sidebar/labels';
import { BulkActionsBar, bulkActionFailed, bulkActionUnderWay, type BulkAction } from './bulk-actions';
import { ContactFiltersBar } from './contact-filters';
import { ContactsTable } from './contacts-table';
import { contactsCount, formatCount } from './labels';
import './contacts.css';

export interface BulkOutcome {
  /** What the undo bar says, e.g. "Level set to Client for 3 contacts." */
  message: string;
  /** Null when the action changed nothing: the message is then said without an Undo. */
  undo: (() => Promise<void>) | null;
}

export interface ContactsPortfolioProps {
  /** Null while the first read is under way. */
  rows: readonly ContactRow[] | null;
  /** The rows are the last visit's, shown until this visit's read answers. */
  fromLastVisit?: boolean;
  levels: readonly { id: string; name: string }[];
  now: number;
  onOpenContact(contactId: string): void;
  /**
   * Applies the action to these contacts (or exports them); rejects with the
   * reason when it failed, having saved nothing.
   */
  onBulkAction(action: BulkAction, contactIds: string[]): Promise<BulkOutcome>;
}

interface Status {
  undo: BulkOutcome | null;
  /** Whom the change to undo unselected (those it deleted): its Undo selects them again. */
  unselected?: readonly string[];
  notice: string | null;
  error: string | null;
}

const quiet: Status = { undo: null, notice: null, error: null };

function withSelection(current: ReadonlySet<string>, ids: readonly string[], selected: boolean) {
  const next = new Set(current);
  for (const id of ids) {
    if (selected) next.add(id);
    else next.delete(id);
  }
  return next;
}
const noneSelected: ReadonlySet<string> = new Set();
/** How long the rows from before a change are held, in case the new ones never come (a write nothing here reads). */
const OUTDATED_AT_MOST_MS = 30_000;

export function ContactsPortfolio({
  rows,
  fromLastVisit,
  levels,
  now,
  onOpenContact,
  onBulkAction,
}: ContactsPortfolioProps) {
  // Kept while the dashboard is open: a contact opened from a filtered list comes back to that list.
  const [filters, setFilters] = useRememberedState<ContactFilters>('contacts.filters', noFilters);
  const [sort, setSort] = useRememberedState<ContactSort>('contacts.sort', defaultContactSort);
  const [selected, setSelected] = useRememberedState<ReadonlySet<string>>('contacts.selected', noneSelected);
  const [status, setStatus] = useState<Status>(quiet);
  const [busy, setBusy] = useState(false);
  // How many contacts the bulk action under way was given. Its bar stays (disabled) until it is done:
  // a deletion takes the rows, and so the selection, away while it runs, and a bar gone then would
  // drop the keyboard to the top of the page before its Undo is there to take it.
  const [actingOn, setActingOn] = useState<number | null>(null);
  // The rows from before a change, until the rows after it arrive: over tens of thousands of contacts
  // the table follows a write a few seconds after the write is done, and says so meanwhile.
  const [outdated, setOutdated] = useState<readonly ContactRow[] | null>(null);
  const updating = outdated !== null && rows === outdated;
  useEffect(() => {
    if (outdated === null) return;
    const forget = setTimeout(() => setOutdated(null), OUTDATED_AT_MOST_MS);
    return () => clearTimeout(forget);
  }, [outdated]);
  // Typing in the search box stays responsive while 50,000 rows are filtered behind it.
  const deferredFilters = useDeferredValue(filters);

  const all = useMemo(() => rows ?? [], [rows]);
  const sorted = useMemo(() => sortContactRows(all, sort), [all, sort]);
  const matching = useMemo(() => filterContactRows(sorted, deferredFilters), [sorted, deferredFilters]);
  const choices = useMemo(() => filterChoices(all), [all]);
  const chosen = useMemo(() => matching.filter((row) => selected.has(row.id)), [matching, selected]);
  // A bulk action disables its button, and a deletion takes the whole bar away: once it is done, the
  // focus goes to its Undo, else back to the bar.
  const portfolio = useRef<HTMLDivElement>(null);
  useFocusRescue(
    portfolio,
    busy,
    busy ? [] : ['.undo-bar .undo-button', '.bulk-actions button:not(:disabled)', '.contacts-table input'],
  );

  if (rows === null) return <p className="contacts-loading">Loading contacts…</p>;
  if (rows.length === 0) {
    return (
      <div className="contacts-empty">
        <p>
          No contacts yet: import your LinkedIn connections in <a href="#/data">Import &amp; export</a>.
        </p>
        <ActionStatus
          undoMessage={status.undo?.message ?? null}
          notice={status.notice}
          error={status.error}
          onUndo={() => void undo()}
          onDismiss={() => setStatus(quiet)}
        />
      </div>
    );
  }

  const onSort = (key: ContactSortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: firstDirection(key) },
    );

  const toggle = (contactId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(contactId)) next.delete(contactId);
      else next.add(contactId);
      return next;
    });

  const toggleAll = () =>
    setSelected((current) => {
      const everyone = matching.length > 0 && matching.every((row) => current.has(row.id));
      return withSelection(
        current,
        matching.map((row) => row.id),
        !everyone,
      );
    });

  async function run(action: BulkAction) {
    const ids = chosen.map((row) => row.id);
    if (ids.length === 0) return;
    setBusy(true);
    setActingOn(ids.length);
    setStatus({ undo: null, notice: bulkActionUnderWay(action, ids.length), error: null });
    try {
      const outcome = await onBulkAction(action, ids);
      if (outcome.undo && rows) setOutdated(rows);
      const deleted = action.kind === 'delete' ? ids : [];
      setStatus(
        outcome.undo
          ? { undo: outcome, unselected: deleted, notice: null, error: null }
          : { undo: null, notice: outcome.message, error: null },
      );
      if (deleted.length > 0) setSelected((current) => withSelection(current, deleted, false));
    } catch (error) {
      setStatus({ undo: null, notice: null, error: bulkActionFailed(action, errorMessage(error)) });
    } finally {
      setBusy(false);
      setActingOn(null);
    }
  }

  async function undo() {
    const offer = status.undo;
    if (!offer?.undo) return;
    setBusy(true);
    setStatus({ undo: null, notice: 'Undoing…', error: null });
    const before = rows;
    try {
      await offer.undo();
      if (before) setOutdated(before);
      const { unselected } = status;
      if (unselected) setSelected((current) => withSelection(current, unselected, true));
      setStatus({ undo: null, notice: undoneMessage(offer.message), error: null });
    } catch (error) {
      setStatus({ undo: null, notice: null, error: undoFailedMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="contacts-portfolio" ref={portfolio}>
      <ContactFiltersBar filters={filters} levels={levels} choices={choices} onChange={setFilters} />
      <p className="contacts-count" role="status" aria-live="polite">
        {isFiltered(deferredFilters)
          ? `${formatCount(matching.length)} of ${contactsCount(all.length)}`
          : contactsCount(all.length)}
        {updating && ' · updating the list…'}
      </p>
      <ActionStatus
        undoMessage={status.undo?.message ?? null}
        notice={status.notice}
        error={status.error}
        onUndo={() => void undo()}
        onDismiss={() => setStatus(quiet)}
      />
      {(chosen.length > 0 || actingOn !== null) && (
        <BulkActionsBar
          count={actingOn ?? chosen.length}
          levels={levels}
          busy={busy}
          onAction={(action) => void run(action)}
          onClearSelection={() => {
            setSelected(new Set());
            // The bar goes with the selection: the keyboard goes on at the table's "Select all".
            portfolio.current?.querySelector<HTMLElement>('.contacts-table input')?.focus();
          }}
        />
      )}
      {matching.length === 0 ? (
        <div className="contacts-empty">
          <p>No contact matches these filters.</p>
          <button type="button" onClick={() => setFilters(noFilters)}>
            Clear filters
          </button>
        </div>
      ) : (
        <ContactsTable
          rows={matching}
          fromLastVisit={fromLastVisit}
          now={now}
          sort={sort}
          onSort={onSort}
          selected={selected}
          onToggle={toggle}
          onToggleAll={toggleAll}
          onOpenContact={onOpenContact}
        />
      )}
    </div>
  );
}
