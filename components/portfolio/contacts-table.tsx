/**
 * The contacts table, virtualised: a real <table> whose body holds only the
 * rows in view (plus a few either side) between two spacer rows, so 50,000
 * contacts cost what a screenful does. aria-rowcount on the table and
 * aria-rowindex on each row give assistive technology the true size and
 * position. Column widths are fixed (table-layout: fixed) so they do not
 * jump as different rows scroll in.
 *
 * Keyboard: the scroll area is a tab stop (arrow keys and Page Up / Down
 * scroll it); sort headers, checkboxes and names are native buttons and
 * inputs. Back from a contact's page finds the table scrolled where it was,
 * and the focus on the name the contact was opened with.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type Ref } from 'react';
import { agoPhrase, duePhrase } from '../../lib/domain/day-phrases';
import type { ContactRow, ContactSort, ContactSortKey } from '../../lib/portfolio/contact-rows';
import { useReturnFocus } from '../common/return-focus';
import { LevelChip } from '../popup/level-chip';
import { contactSortLabels, formatCount, shortTierLabels } from './labels';
import { useRememberedScroll, useScrollRestored } from './use-remembered-scroll';

export const ROW_HEIGHT = 44;
/** The table scrolls inside its own area beyond this height. */
export const TABLE_MAX_HEIGHT = 560;

export interface ContactsTableProps {
  rows: readonly ContactRow[];
  /** The rows are the last visit's, shown until this visit's read answers. */
  fromLastVisit?: boolean;
  now: number;
  sort: ContactSort;
  onSort(key: ContactSortKey): void;
  selected: ReadonlySet<string>;
  onToggle(contactId: string): void;
  /** Selects every matching row, or clears the selection when all are selected. */
  onToggleAll(): void;
  onOpenContact(contactId: string): void;
}

const columns: { key: ContactSortKey | null; label: string; className: string }[] = [
  { key: 'name', label: contactSortLabels.name, className: 'col-name' },
  { key: 'account', label: contactSortLabels.account, className: 'col-account' },
  { key: 'level', label: contactSortLabels.level, className: 'col-level' },
  { key: 'tier', label: contactSortLabels.tier, className: 'col-tier' },
  { key: 'due', label: contactSortLabels.due, className: 'col-due' },
  { key: 'lastGive', label: contactSortLabels.lastGive, className: 'col-give' },
  { key: null, label: 'Checks', className: 'col-checks' },
  { key: null, label: 'Tags', className: 'col-tags' },
];

export function ContactsTable({
  rows,
  fromLastVisit = false,
  now,
  sort,
  onSort,
  selected,
  onToggle,
  onToggleAll,
  onOpenContact,
}: ContactsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const allRef = useRef<HTMLInputElement>(null);
  const rememberedScroll = useRememberedScroll('contacts.scrollOffset');
  // Rapport does not use the React Compiler; this component renders with the virtualizer's fresh state each time.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]!.id,
    overscan: 8,
    ...rememberedScroll.options,
  });
  useScrollRestored(scrollRef, rememberedScroll);
  const returnFocus = useReturnFocus('contacts', {
    ready: !fromLastVisit,
    indexOf: (contactId) => rows.findIndex((row) => row.id === contactId),
    scrollTo: (index) => virtualizer.scrollToIndex(index),
  });
  const open = (contactId: string) => {
    returnFocus.leave(contactId);
    onOpenContact(contactId);
  };
  const items = virtualizer.getVirtualItems();
  const totalSize = virtualizer.getTotalSize();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length === 0 ? 0 : totalSize - items[items.length - 1]!.end;

  const selectedCount = rows.reduce((count, row) => count + (selected.has(row.id) ? 1 : 0), 0);
  const allSelected = rows.length > 0 && selectedCount === rows.length;
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = selectedCount > 0 && !allSelected;
  }, [selectedCount, allSelected]);

  return (
    <div
      ref={scrollRef}
      className="contacts-scroll"
      // Rows come and go as the list scrolls: a row's focus leaving with it is scrolling, not an action.
      data-focus-keeper="off"
      tabIndex={0}
      role="region"
      aria-label="Contacts table"
      style={{ maxHeight: TABLE_MAX_HEIGHT }}
    >
      <table className="contacts-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">
          Contacts, sorted by {contactSortLabels[sort.key]} {sort.direction}
        </caption>
        <colgroup>
          <col className="col-select" />
          {columns.map((column) => (
            <col key={column.label} className={column.className} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="cell-select">
              <input
                ref={allRef}
                type="checkbox"
                checked={allSelected}
                onChange={onToggleAll}
                aria-label={`Select all ${formatCount(rows.length)} matching contacts`}
              />
            </th>
            {columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                aria-sort={column.key === sort.key ? sort.direction : undefined}
              >
                {column.key === null ? (
                  column.label
                ) : (
                  <button type="button" className="sort-button" onClick={() => onSort(column.key!)}>
                    {column.label}
                    <span className="sort-arrow" aria-hidden="true">
                      {column.key === sort.key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columns.length + 1} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <ContactTableRow
                key={item.key}
                row={row}
                rowIndex={item.index + 2}
                now={now}
                selected={selected.has(row.id)}
                onToggle={onToggle}
                onOpenContact={open}
                nameRef={returnFocus.anchor(row.id)}
              />
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columns.length + 1} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

interface ContactTableRowProps {
  row: ContactRow;
  rowIndex: number;
  now: number;
  selected: boolean;
  onToggle(contactId: string): void;
  onOpenContact(contactId: string): void;
  nameRef?: Ref<HTMLButtonElement>;
}

function ContactTableRow({
  row,
  rowIndex,
  now,
  selected,
  onToggle,
  onOpenContact,
  nameRef,
}: ContactTableRowProps) {
  return (
    <tr aria-rowindex={rowIndex} aria-selected={selected} style={{ height: ROW_HEIGHT }}>
      <td className="cell-select">
        <input
          type="checkbox"
          checked={selected}
          onChange={() => onToggle(row.id)}
          aria-label={`Select ${row.name}`}
        />
      </td>
      <th scope="row" className="cell-name">
        <button
          ref={nameRef}
          type="button"
          className="name-button"
          title={row.name}
          onClick={() => onOpenContact(row.id)}
        >
          {row.name}
        </button>
        {row.left && <span className="left-mark"> (left)</span>}
      </th>
      {/* A cell cut short by its column shows the whole text on hover. */}
      <td className="cell-text" title={row.accountName ?? undefined}>
        {row.accountName ?? <span className="muted">No account</span>}
      </td>
      <td>
        <LevelChip name={row.level.name} color={row.level.color} />
      </td>
      <td>{shortTierLabels[row.tier]}</td>
      <td className={row.dueBucket === 'overdue' ? 'cell-late' : undefined}>
        {row.dueAt === null ? (
          <span className="muted">Not due</span>
        ) : (
          <>
            {duePhrase(row.dueAt, now)}
            {row.snoozed && <span className="muted"> (snoozed)</span>}
          </>
        )}
      </td>
      <td>
        {row.lastGiveAt === null ? <span className="muted">never</span> : agoPhrase(row.lastGiveAt, now)}
      </td>
      <td className="cell-checks">
        {row.stale && (
          <span className="check-badge" title="No value-adding gesture within the cadence">
            Stale
          </span>
        )}
        {row.levelUnsupported && (
          <span className="check-badge" title="The level set is above what the evidence supports">
            Level unsupported
          </span>
        )}
      </td>
      <td className="cell-text" title={row.tags.length > 0 ? row.tags.join(', ') : undefined}>
        {row.tags.join(', ')}
      </td>
    </tr>
  );
}
