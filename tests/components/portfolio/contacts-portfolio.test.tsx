import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFocusKeeper } from '../../../components/common/use-focus-keeper';
import type { BulkAction } from '../../../components/portfolio/bulk-actions';
import { ContactsPortfolio, type BulkOutcome } from '../../../components/portfolio/contacts-portfolio';
import { ROW_HEIGHT } from '../../../components/portfolio/contacts-table';
import { defaultLadder } from '../../../lib/domain/default-ladder';
import { defaultEngineSettings } from '../../../lib/domain/engine-settings';
import { buildContactRows, type ContactRow } from '../../../lib/portfolio/contact-rows';
import type { Contact } from '../../../lib/db/schema';
import { account, contact, day, deal, NOW } from '../../domain/builders';
import { layOutViewport, restoreLayout, shownNames, table, VIEWPORT_HEIGHT } from './contacts-test-kit';

afterEach(cleanup);
beforeEach(() => layOutViewport());
afterEach(restoreLayout);

function rowsOf(contacts: Contact[], lastGives: [string, number][] = []): ContactRow[] {
  return buildContactRows(
    {
      contacts,
      accounts: [
        account({ id: 'acme', name: 'Acme', revenue: 1_000_000 }),
        account({ id: 'globex', name: 'Globex', revenue: 100 }),
      ],
      deals: [deal({ accountId: 'acme' }), deal({ accountId: 'acme' })],
      followUps: [],
      lastGives: new Map(lastGives),
    },
    defaultLadder,
    defaultEngineSettings,
    NOW,
  ).rows;
}

const five = () =>
  rowsOf(
    [
      contact({ id: 'ann', name: 'Ann Archer', levelId: 'client', tags: ['golf'], cadenceDays: 10 }),
      contact({
        id: 'bob',
        name: 'Bob Baker',
        levelId: 'advocate',
        accountId: 'globex',
        roles: ['influencer'],
      }),
      contact({ id: 'jose', name: 'José Núñez', emails: ['jose@acme.com'], interests: ['Sailing'] }),
      contact({ id: 'dee', name: 'Dee Dunn', levelId: 'customer', accountId: null }),
      contact({ id: 'eve', name: 'Eve Evans', levelId: 'prospect' }),
    ],
    [
      ['ann', day(-20)],
      ['bob', day(-1)],
      ['jose', day(-2)],
      ['dee', day(-3)],
      ['eve', day(-4)],
    ],
  );

const levels = defaultLadder.levels.map(({ id, name }) => ({ id, name }));

function renderTable(
  rows: readonly ContactRow[] | null,
  onBulkAction = vi.fn(async (_action: BulkAction, _ids: string[]): Promise<BulkOutcome> => ({
    message: 'Changed.',
    undo: vi.fn(async () => {}),
  })),
) {
  const onOpenContact = vi.fn();
  render(
    <ContactsPortfolio
      rows={rows}
      levels={levels}
      now={NOW}
      onOpenContact={onOpenContact}
      onBulkAction={onBulkAction}
    />,
  );
  return { onOpenContact, onBulkAction };
}

const count = () => screen.getByText(/contacts?$/, { selector: '.contacts-count' }).textContent;

describe('the contacts table', () => {
  it('lists contacts by name with their account, level, due date and checks', () => {
    renderTable(five());
    expect(count()).toBe('5 contacts');
    expect(shownNames()).toEqual(['Ann Archer', 'Bob Baker', 'Dee Dunn', 'Eve Evans', 'José Núñez']);
    const ann = screen.getByRole('row', { name: /Ann Archer/ });
    expect(within(ann).getByText('Acme')).toBeTruthy();
    expect(within(ann).getByText('Client')).toBeTruthy();
    expect(within(ann).getByText('10 days overdue')).toBeTruthy();
    expect(within(ann).getByText('Stale')).toBeTruthy();
    const bob = screen.getByRole('row', { name: /Bob Baker/ });
    // An Advocate at an account without deals: the evidence does not back the level.
    expect(within(bob).getByText('Level unsupported')).toBeTruthy();
    expect(within(screen.getByRole('row', { name: /Dee Dunn/ })).getByText('No account')).toBeTruthy();
  });

  it('shows a cell’s whole text on hover, where its column may cut it short', () => {
    renderTable(five());
    const ann = screen.getByRole('row', { name: /Ann Archer/ });
    expect(within(ann).getByText('golf')).toHaveAttribute('title', 'golf');
    expect(within(ann).getByText('Acme')).toHaveAttribute('title', 'Acme');
    expect(within(ann).getByRole('button', { name: 'Ann Archer' })).toHaveAttribute('title', 'Ann Archer');
  });

  it('puts only the rows in view in the DOM, with their true count and positions', () => {
    const many = rowsOf(
      Array.from({ length: 2000 }, (_, i) =>
        contact({ id: `c${i}`, name: `Person ${String(i).padStart(4, '0')}` }),
      ),
    );
    renderTable(many);
    expect(count()).toBe(`${(2000).toLocaleString()} contacts`);
    expect(table().getAttribute('aria-rowcount')).toBe('2001');
    const bodyRows = within(table()).getAllByRole('rowheader');
    expect(bodyRows.length).toBeGreaterThan(5);
    expect(bodyRows.length).toBeLessThanOrEqual(Math.ceil(VIEWPORT_HEIGHT / ROW_HEIGHT) + 16);
    expect(bodyRows[0]!.closest('tr')?.getAttribute('aria-rowindex')).toBe('2');
  });

  it('opens a contact from their name', async () => {
    const { onOpenContact } = renderTable(five());
    await userEvent.click(screen.getByRole('button', { name: 'José Núñez' }));
    expect(onOpenContact).toHaveBeenCalledWith('jose');
  });

  it('sorts by a column header, which says its order', async () => {
    renderTable(five());
    const header = () => screen.getByRole('columnheader', { name: /Level/ });
    expect(screen.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe('ascending');
    await userEvent.click(within(header()).getByRole('button'));
    expect(header().getAttribute('aria-sort')).toBe('descending');
    expect(shownNames()).toEqual(['Bob Baker', 'Ann Archer', 'Dee Dunn', 'Eve Evans', 'José Núñez']);
    await userEvent.click(within(header()).getByRole('button'));
    expect(header().getAttribute('aria-sort')).toBe('ascending');
    expect(shownNames()[4]).toBe('Bob Baker');
    expect(screen.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBeNull();
  });

  it('searches by name, email, company or interest, ignoring accents', async () => {
    renderTable(five());
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await userEvent.type(search, 'nunez');
    await waitFor(() => expect(shownNames()).toEqual(['José Núñez']));
    expect(count()).toBe('1 of 5 contacts');
    await userEvent.clear(search);
    await userEvent.type(search, 'sailing');
    await waitFor(() => expect(shownNames()).toEqual(['José Núñez']));
    await userEvent.clear(search);
    await userEvent.type(search, 'globex');
    await waitFor(() => expect(shownNames()).toEqual(['Bob Baker']));
  });

  it('filters by level, tier, due, role, account, tag and the checks', async () => {
    renderTable(five());
    const pick = (name: string, option: string) =>
      userEvent.selectOptions(screen.getByRole('combobox', { name }), option);
    await pick('Level', 'Customer');
    await waitFor(() => expect(shownNames()).toEqual(['Dee Dunn']));
    await pick('Level', 'Any level');
    await pick('Account', 'No account');
    await waitFor(() => expect(shownNames()).toEqual(['Dee Dunn']));
    await pick('Account', 'Any account');
    await pick('Tag', 'golf');
    await waitFor(() => expect(shownNames()).toEqual(['Ann Archer']));
    await pick('Tag', 'Any tag');
    await pick('Role', 'Influencer');
    await waitFor(() => expect(shownNames()).toEqual(['Bob Baker']));
    await pick('Role', 'Any role');
    await pick('Due', 'Overdue');
    await waitFor(() => expect(shownNames()).toEqual(['Ann Archer']));
    await pick('Due', 'Any time');
    await pick('Tier', 'Top');
    await waitFor(() => expect(shownNames()).toEqual(['Ann Archer', 'Eve Evans', 'José Núñez']));
    await pick('Tier', 'Any tier');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Stale at a high level' }));
    await waitFor(() => expect(shownNames()).toEqual(['Ann Archer']));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Stale at a high level' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Assumption check failed/ }));
    // Dee is a Customer with no deal anywhere.
    await waitFor(() => expect(shownNames()).toEqual(['Bob Baker', 'Dee Dunn']));
  });

  it('says when nothing matches and clears the filters', async () => {
    renderTable(five());
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'nobody-like-this');
    await waitFor(() => expect(screen.getByText('No contact matches these filters.')).toBeTruthy());
    expect(screen.queryByRole('table')).toBeNull();
    expect(count()).toBe('0 of 5 contacts');
    const clear = screen.getAllByRole('button', { name: 'Clear filters' });
    await userEvent.click(clear[clear.length - 1]!);
    await waitFor(() => expect(shownNames()).toHaveLength(5));
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('');
  });

  it('tells a new user where to import contacts', () => {
    renderTable([]);
    expect(screen.getByText(/No contacts yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Import & export' }).getAttribute('href')).toBe('#/data');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('has no serious or critical accessibility violations, with a selection (contrast needs a real browser)', async () => {
    renderTable(five());
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Ann Archer' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('shows that it is loading', () => {
    renderTable(null);
    expect(screen.getByText('Loading contacts…')).toBeTruthy();
  });
});

describe('selection and bulk actions', () => {
  it('selects rows one by one or all matching, and clears', async () => {
    renderTable(five());
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Ann Archer' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Eve Evans' }));
    expect(screen.getByText('2 contacts selected')).toBeTruthy();
    const all = screen.getByRole('checkbox', { name: 'Select all 5 matching contacts' }) as HTMLInputElement;
    expect(all.indeterminate).toBe(true);
    await userEvent.click(all);
    expect(screen.getByText('5 contacts selected')).toBeTruthy();
    expect(all.checked).toBe(true);
    await userEvent.click(all);
    expect(screen.queryByText(/selected$/)).toBeNull();

    // Clear selection takes the bar away with it: the keyboard goes on at the table's "Select all".
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Eve Evans' }));
    screen.getByRole('button', { name: 'Clear selection' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByText(/selected$/)).toBeNull();
    expect(all).toHaveFocus();
  });

  it('acts only on the selected contacts that match the filters', async () => {
    const { onBulkAction } = renderTable(five());
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all 5 matching contacts' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'Prospect');
    await waitFor(() => expect(shownNames()).toEqual(['Eve Evans', 'José Núñez']));
    expect(screen.getByText('2 contacts selected')).toBeTruthy();
    const bar = screen.getByRole('region', { name: /selected/ });
    await userEvent.selectOptions(within(bar).getByRole('combobox', { name: 'Set level' }), 'Customer');
    await userEvent.click(within(bar).getByRole('button', { name: 'Set level' }));
    expect(onBulkAction).toHaveBeenCalledWith({ kind: 'level', levelId: 'customer' }, ['eve', 'jose']);
  });

  it('sets a cadence, checks it first, and offers undo', async () => {
    const undo = vi.fn(async () => {});
    const onBulkAction = vi.fn(async () => ({ message: 'Cadence set to 14 days for 1 contact.', undo }));
    renderTable(five(), onBulkAction);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Dee Dunn' }));
    const cadence = screen.getByRole('textbox', { name: 'Cadence (days)' });
    for (const typed of ['soon', '1e1', '2.5', '0']) {
      await userEvent.clear(cadence);
      await userEvent.type(cadence, typed);
      await userEvent.click(screen.getByRole('button', { name: 'Set cadence' }));
      expect(screen.getByRole('alert').textContent).toMatch(/whole number of days/);
    }
    expect(onBulkAction).not.toHaveBeenCalled();

    await userEvent.clear(cadence);
    await userEvent.type(cadence, '14');
    await userEvent.click(screen.getByRole('button', { name: 'Set cadence' }));
    expect(onBulkAction).toHaveBeenCalledWith({ kind: 'cadence', days: 14 }, ['dee']);
    expect(await screen.findByText('Cadence set to 14 days for 1 contact.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Undone: Cadence set to 14 days for 1 contact.')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Default cadence' }));
    expect(onBulkAction).toHaveBeenLastCalledWith({ kind: 'cadence', days: null }, ['dee']);
  });

  it('adds tags, refusing an empty one', async () => {
    const { onBulkAction } = renderTable(five());
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Bob Baker' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add tags' }));
    expect(screen.getByRole('alert').textContent).toBe('Type a tag to add.');
    expect(onBulkAction).not.toHaveBeenCalled();
    await userEvent.type(screen.getByRole('textbox', { name: 'Tags' }), 'vip, golf');
    await userEvent.click(screen.getByRole('button', { name: 'Add tags' }));
    expect(onBulkAction).toHaveBeenCalledWith({ kind: 'tags', text: 'vip, golf' }, ['bob']);
  });

  it('asks before deleting, and can be cancelled', async () => {
    const { onBulkAction } = renderTable(five());
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Ann Archer' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Bob Baker' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    const confirm = screen.getByRole('group', { name: 'Confirm deletion' });
    expect(confirm.textContent).toMatch(/Delete 2 contacts with their gestures/);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(onBulkAction).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    const button = screen.getByRole('button', { name: 'Delete 2 contacts' });
    expect(document.activeElement).toBe(button);
    await userEvent.click(button);
    expect(onBulkAction).toHaveBeenCalledWith({ kind: 'delete' }, ['ann', 'bob']);
    await waitFor(() => expect(screen.queryByText(/selected$/)).toBeNull());
  });

  it('keeps the selected contacts a filter hides selected through a deletion, and Undo selects the deleted again', async () => {
    const { onBulkAction } = renderTable(five());
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all 5 matching contacts' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'Prospect');
    await waitFor(() => expect(shownNames()).toEqual(['Eve Evans', 'José Núñez']));
    await userEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete 2 contacts' }));
    expect(onBulkAction).toHaveBeenCalledWith({ kind: 'delete' }, ['eve', 'jose']);
    await screen.findByRole('button', { name: 'Undo' });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Level' }), 'Any level');
    await waitFor(() => expect(screen.getByText('3 contacts selected')).toBeTruthy());
    expect(screen.getByRole('checkbox', { name: 'Select Ann Archer' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select Eve Evans' })).not.toBeChecked();

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByText('5 contacts selected')).toBeTruthy());
  });

  it('cancels the deletion on Escape, back on Delete…; once deleted, the focus is on Undo', async () => {
    const { onBulkAction } = renderTable(five());
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Ann Archer' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    expect(screen.getByRole('button', { name: 'Delete 1 contact' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Confirm deletion' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete…' })).toHaveFocus();
    expect(onBulkAction).not.toHaveBeenCalled();

    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Enter}');
    expect(onBulkAction).toHaveBeenCalledWith({ kind: 'delete' }, ['ann']);
    // The selection went with the contacts, and the bar with it; the focus did not stay behind.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());
  });

  it('keeps the keyboard on its way to Undo while the deleted rows leave the table before the deletion ends', async () => {
    let deleted = (_outcome: BulkOutcome) => {};
    const onBulkAction = vi.fn(
      () =>
        new Promise<BulkOutcome>((resolve) => {
          deleted = resolve;
        }),
    );
    // On the dashboard, the page's focus keeper sends a keyboard left on nothing to the page's first control.
    function Page({ rows }: { rows: ContactRow[] }) {
      const page = useRef<HTMLDivElement>(null);
      useFocusKeeper(page);
      return (
        <div ref={page}>
          <a href="#/contacts">Contacts</a>
          <ContactsPortfolio
            rows={rows}
            levels={levels}
            now={NOW}
            onOpenContact={vi.fn()}
            onBulkAction={onBulkAction}
          />
        </div>
      );
    }
    const { rerender } = render(<Page rows={five()} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Ann Archer' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    await userEvent.keyboard('{Enter}');
    // The database has deleted Ann, and the table hears of it, while the deletion is still finishing.
    rerender(<Page rows={five().filter((row) => row.id !== 'ann')} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(screen.getByRole('link', { name: 'Contacts' })).not.toHaveFocus();
    act(() => deleted({ message: 'Deleted 1 contact.', undo: async () => {} }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());
  });

  it('says what it is doing while an action or its undo runs, then what it did', async () => {
    let finish = () => {};
    const undone = new Promise<void>((resolve) => (finish = resolve));
    let deleted = (_outcome: BulkOutcome) => {};
    const onBulkAction = vi.fn(
      () =>
        new Promise<BulkOutcome>((resolve) => {
          deleted = resolve;
        }),
    );
    renderTable(five(), onBulkAction);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Ann Archer' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Bob Baker' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete 2 contacts' }));
    expect(screen.getByText('Deleting 2 contacts…').closest('[role="status"]')).toBeInTheDocument();

    act(() => deleted({ message: 'Deleted 2 contacts.', undo: () => undone }));
    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(screen.getByText('Undoing…')).toBeTruthy();
    act(() => finish());
    expect(await screen.findByText('Undone: Deleted 2 contacts.')).toBeTruthy();
  });

  it('exports the selected contacts, saying so meanwhile, then puts the focus back on the button', async () => {
    let exported = (_outcome: BulkOutcome) => {};
    const onBulkAction = vi.fn(
      () =>
        new Promise<BulkOutcome>((resolve) => {
          exported = resolve;
        }),
    );
    renderTable(five(), onBulkAction);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Ann Archer' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Bob Baker' }));
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Export 2 as vCard' });
    await userEvent.click(button);
    expect(onBulkAction).toHaveBeenCalledWith({ kind: 'export', format: 'vcard' }, ['ann', 'bob']);
    expect(screen.getByText('Exporting 2 contacts as vCard…').closest('[role="status"]')).toBeInTheDocument();
    expect(button).toBeDisabled();
    // A browser drops the focus from a button disabled under it to the page's body; happy-dom keeps it there.
    act(() => {
      button.disabled = false;
      button.blur();
      button.disabled = true;
    });
    expect(document.activeElement).toBe(document.body);

    act(() => exported({ message: 'Exported 2 contacts to a.vcf.', undo: null }));
    expect(await screen.findByText('Exported 2 contacts to a.vcf.')).toBeTruthy();
    // Given back by an effect, which may run just after the text shows.
    await waitFor(() => expect(button).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('says the list is updating from the end of a change until the rows after it arrive', async () => {
    const rows = five();
    const onBulkAction = vi.fn(async (): Promise<BulkOutcome> => ({
      message: 'Changed.',
      undo: vi.fn(async () => {}),
    }));
    const props = { levels, now: NOW, onOpenContact: vi.fn(), onBulkAction };
    const { rerender } = render(<ContactsPortfolio rows={rows} {...props} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Ann Archer' }));
    await userEvent.click(screen.getByRole('button', { name: 'Set level' }));
    await screen.findByText('Changed.');
    expect(screen.getByText(/contacts · updating the list…$/, { selector: '.contacts-count' })).toBeTruthy();
    rerender(<ContactsPortfolio rows={[...rows]} {...props} />);
    expect(count()).toBe('5 contacts');
  });

  it('says why nothing was changed when an action fails', async () => {
    const onBulkAction = vi.fn(async () => {
      throw new Error('contacts: tags: At most 200 items.');
    });
    renderTable(five(), onBulkAction);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Bob Baker' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Tags' }), 'vip');
    await userEvent.click(screen.getByRole('button', { name: 'Add tags' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Nothing was changed: contacts: tags: At most 200 items.',
    );
  });
});
