/**
 * The accounts table of the dashboard: every account with its value, 80/20
 * tier, people, levels, key-people coverage, open issues, deals still to
 * close and the next due date among its people. Sort by any column (the
 * header buttons; aria-sort says which), filter by tier, search by name,
 * domain or industry. An account's name opens the list of its people, each
 * a button that opens that contact.
 *
 * Past VIRTUALIZE_AFTER rows only the rows in view (and a few around) are
 * in the page, so 5,000 accounts scroll as smoothly as 50. Back from a
 * contact's page finds the table scrolled where it was, and the focus on the
 * person the contact was opened with.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useEffect, useId, useMemo, useRef, type ReactNode, type Ref } from 'react';
import { accountTiers, type AccountTier } from '../../lib/domain/account-tier';
import { duePhrase } from '../../lib/domain/day-phrases';
import { plural } from '../../lib/domain/plural';
import {
  defaultDirection,
  filterAccountRows,
  sortAccountRows,
  type AccountRow,
  type AccountSort,
  type AccountSortKey,
} from '../../lib/portfolio/account-rows';
import './accounts-table.css';
import { useReturnFocus } from '../common/return-focus';
import { useRememberedState } from '../common/view-memory';
import { useRememberedScroll, useScrollRestored } from './use-remembered-scroll';

const noneExpanded: ReadonlySet<string> = new Set();

/** Above this many rows, only those in view are rendered. */
export const VIRTUALIZE_AFTER = 200;
/** Rows are sized by estimate, not measured: no layout reads while scrolling 5,000 rows. */
const ROW_HEIGHT = 64;
const PERSON_LINE_HEIGHT = 26;
const PEOPLE_PER_LINE = 3;

function estimateHeight(row: AccountRow | undefined, open: boolean): number {
  if (row === undefined || !open) return ROW_HEIGHT;
  return ROW_HEIGHT + 24 + Math.ceil(Math.max(1, row.contacts.length) / PEOPLE_PER_LINE) * PERSON_LINE_HEIGHT;
}

export interface AccountsTableProps {
  rows: readonly AccountRow[];
  /** The rows are the last visit's, shown until this visit's read answers. */
  fromLastVisit?: boolean;
  now: number;
  onOpenContact(contactId: string): void;
  /** Where the table starts sorted; by value, most valuable first, when omitted. */
  initialSort?: AccountSort;
}

const tierNames: Record<AccountTier, string> = { top: 'Top', middle: 'Middle', low: 'Low' };
const columns: Array<{ key: AccountSortKey; label: string; numeric?: boolean }> = [
  { key: 'name', label: 'Account' },
  { key: 'value', label: 'Value', numeric: true },
  { key: 'tier', label: 'Tier' },
  { key: 'contacts', label: 'People', numeric: true },
  { key: 'levels', label: 'Levels' },
  { key: 'coverage', label: 'Key people' },
  { key: 'issues', label: 'Open issues', numeric: true },
  { key: 'deals', label: 'Open deals', numeric: true },
  { key: 'nextDue', label: 'Next due' },
];

const money = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

export function AccountsTable({
  rows,
  fromLastVisit = false,
  now,
  onOpenContact,
  initialSort = { key: 'value', direction: 'descending' },
}: AccountsTableProps) {
  const [sort, setSort] = useRememberedState<AccountSort>('accounts.sort', initialSort);
  const [tier, setTier] = useRememberedState<AccountTier | 'all'>('accounts.tier', 'all');
  const [query, setQuery] = useRememberedState('accounts.query', '');
  const [expanded, setExpanded] = useRememberedState<ReadonlySet<string>>('accounts.expanded', noneExpanded);
  const deferredQuery = useDeferredValue(query);
  const searchId = useId();
  const tierId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);

  const shown = useMemo(
    () => sortAccountRows(filterAccountRows(rows, { tier, query: deferredQuery }), sort),
    [rows, tier, deferredQuery, sort],
  );
  const virtual = shown.length > VIRTUALIZE_AFTER;

  const rememberedScroll = useRememberedScroll('accounts.scrollOffset');
  // Rapport does not use the React Compiler; this component renders with the virtualizer's fresh state each time.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? shown.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => {
      const row = shown[index];
      return estimateHeight(row, row !== undefined && expanded.has(row.accountId));
    },
    getItemKey: (index) => shown[index]?.accountId ?? index,
    overscan: 10,
    ...rememberedScroll.options,
  });
  useScrollRestored(scrollRef, rememberedScroll);
  // A person is listed under their account once it is open.
  const returnFocus = useReturnFocus('accounts', {
    ready: !fromLastVisit,
    indexOf: (contactId) =>
      shown.findIndex(
        (row) => expanded.has(row.accountId) && row.contacts.some((person) => person.id === contactId),
      ),
    scrollTo: virtual ? (index) => virtualizer.scrollToIndex(index) : undefined,
  });
  const openContact = (contactId: string) => {
    returnFocus.leave(contactId);
    onOpenContact(contactId);
  };

  // An opened or closed account changes the estimated heights.
  useEffect(() => {
    if (virtual) virtualizer.measure();
  }, [expanded, virtual, virtualizer]);

  const sortBy = (key: AccountSortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: defaultDirection(key) },
    );

  const toggle = (accountId: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(accountId)) next.delete(accountId);
      else next.add(accountId);
      return next;
    });

  const renderAccount = (row: AccountRow, index: number) => (
    <AccountBody
      key={row.accountId}
      row={row}
      index={index}
      now={now}
      open={expanded.has(row.accountId)}
      onToggle={() => toggle(row.accountId)}
      onOpenContact={openContact}
      personRef={returnFocus.anchor}
    />
  );

  let bodies: ReactNode;
  if (!virtual) bodies = shown.map((row, index) => renderAccount(row, index));
  else {
    const items = virtualizer.getVirtualItems();
    const before = items[0]?.start ?? 0;
    const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
    bodies = (
      <>
        {before > 0 ? <Spacer height={before} /> : null}
        {items.map((item) => renderAccount(shown[item.index]!, item.index))}
        {after > 0 ? <Spacer height={after} /> : null}
      </>
    );
  }

  const filtered = tier !== 'all' || deferredQuery.trim() !== '';

  return (
    <div className="accounts-table">
      <div className="accounts-controls">
        <div>
          <label htmlFor={searchId}>Search accounts</label>
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder="Name, domain or industry"
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div>
          <label htmlFor={tierId}>Tier</label>
          <select
            id={tierId}
            value={tier}
            onChange={(event) => setTier(event.target.value as AccountTier | 'all')}
          >
            <option value="all">All tiers</option>
            {accountTiers.map((value) => (
              <option key={value} value={value}>
                {tierNames[value]} tier
              </option>
            ))}
          </select>
        </div>
        <p className="accounts-count" role="status" aria-live="polite">
          {filtered
            ? `${plural(shown.length, 'account')} of ${money.format(rows.length)} shown`
            : plural(rows.length, 'account')}
        </p>
      </div>
      {shown.length === 0 ? (
        <p className="accounts-empty">No account matches. Try another word, or choose “All tiers”.</p>
      ) : null}
      <div
        className="accounts-scroll"
        ref={scrollRef}
        data-virtual={virtual ? 'true' : 'false'}
        // Rows come and go as the list scrolls: a row's focus leaving with it is scrolling, not an action.
        data-focus-keeper="off"
      >
        <table aria-rowcount={shown.length + 1}>
          <caption className="visually-hidden">
            Accounts, sorted by {columns.find((c) => c.key === sort.key)!.label.toLowerCase()},{' '}
            {sort.direction}
          </caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sort.key === column.key ? sort.direction : 'none'}
                  className={column.numeric ? 'numeric' : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
                    {column.label}
                    <span aria-hidden="true" className="sort-mark">
                      {sort.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          {bodies}
        </table>
      </div>
    </div>
  );
}

function Spacer({ height }: { height: number }) {
  return (
    <tbody aria-hidden="true">
      <tr style={{ height }} />
    </tbody>
  );
}

interface AccountBodyProps {
  row: AccountRow;
  index: number;
  now: number;
  open: boolean;
  onToggle(): void;
  onOpenContact(contactId: string): void;
  /** The ref for a person's button, by their contact id. */
  personRef(contactId: string): Ref<HTMLButtonElement> | undefined;
}

function AccountBody({ row, index, now, open, onToggle, onOpenContact, personRef }: AccountBodyProps) {
  const peopleId = `account-people-${row.accountId}`;
  const levels = [...row.levels].reverse().filter((level) => level.count > 0);
  return (
    <tbody className={open ? 'open' : undefined}>
      <tr aria-rowindex={index + 2}>
        <th scope="row">
          <button
            type="button"
            className="account-name"
            aria-expanded={open}
            aria-controls={open ? peopleId : undefined}
            onClick={onToggle}
          >
            {row.name}
          </button>
          {row.industry !== null || row.domains.length > 0 ? (
            <span className="account-sub">{[row.industry, ...row.domains].filter(Boolean).join(' · ')}</span>
          ) : null}
        </th>
        <td className="numeric">{money.format(row.value)}</td>
        <td>
          <span className={`tier tier-${row.tier}`}>{tierNames[row.tier]}</span>
        </td>
        <td className="numeric">{row.contactCount}</td>
        <td>
          {levels.length === 0 ? (
            <span className="muted">—</span>
          ) : (
            <ul className="level-counts">
              {levels.map((level) => (
                <li key={level.levelId} style={{ borderColor: level.color }}>
                  {level.count} {level.name}
                </li>
              ))}
            </ul>
          )}
        </td>
        <td>
          <Coverage row={row} />
        </td>
        <td className={row.openIssues > 0 ? 'numeric attention' : 'numeric'}>{row.openIssues}</td>
        <td className="numeric">
          {row.openDeals.count === 0 ? (
            <span className="muted">—</span>
          ) : (
            `${row.openDeals.count} · ${money.format(row.openDeals.value)}`
          )}
        </td>
        <td>
          {row.nextDue === null ? (
            <span className="muted">—</span>
          ) : (
            <>
              <span className={row.nextDue.at < now ? 'attention' : undefined}>
                {duePhrase(row.nextDue.at, now)}
              </span>
              <span className="account-sub">{row.nextDue.contactName}</span>
            </>
          )}
        </td>
      </tr>
      {open ? (
        <tr className="account-people-row">
          <td colSpan={columns.length} id={peopleId}>
            {row.contacts.length === 0 ? (
              <p className="muted">
                Nobody recorded at {row.name} yet. Add people from the Contacts view or the sidebar.
              </p>
            ) : (
              <ul className="account-people" aria-label={`People at ${row.name}`}>
                {row.contacts.map((person) => (
                  <li key={person.id}>
                    <button
                      ref={personRef(person.id)}
                      type="button"
                      className="link-button"
                      onClick={() => onOpenContact(person.id)}
                    >
                      {person.name}
                    </button>{' '}
                    <span className="muted">
                      {person.levelName}
                      {person.left ? ', has left' : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}

/** Key people related / known per role, and which levels' asks are met. */
function Coverage({ row }: { row: AccountRow }) {
  const byLevel = new Map<string, boolean>();
  for (const role of row.coverage)
    for (const need of role.needs)
      byLevel.set(need.levelName, (byLevel.get(need.levelName) ?? true) && need.met);
  return (
    <div className="coverage-cell">
      <span>
        {row.coverage
          .map((role) => `${role.label}: ${role.known === 0 ? 'none' : `${role.related} of ${role.known}`}`)
          .join('; ')}
      </span>
      {byLevel.size > 0 ? (
        <span className="coverage-levels">
          {[...byLevel].map(([levelName, met]) => (
            <span key={levelName} className={met ? 'met' : 'unmet'}>
              {levelName}: {met ? 'met' : 'not yet'}
            </span>
          ))}
        </span>
      ) : null}
    </div>
  );
}
