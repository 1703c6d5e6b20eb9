import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountsTable, VIRTUALIZE_AFTER } from '../../../components/portfolio/accounts-table';
import { AccountsView } from '../../../entrypoints/dashboard/views/accounts-view';
import { accountPortfolioLoader } from '../../../lib/db/account-portfolio';
import type { RapportDatabase } from '../../../lib/db/database';
import { defaultEngineSettings } from '../../../lib/domain/engine-settings';
import { defaultLadder } from '../../../lib/domain/default-ladder';
import { buildAccountRows } from '../../../lib/portfolio/account-rows';
import { account, contact, day, issue, NOW } from '../../domain/builders';
import { freshDatabase, seedDatabase } from '../../db/test-database';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function seeded() {
  const database = freshDatabase();
  await seedDatabase(database, {
    accounts: [
      account({ id: 'acme', name: 'Acme', revenue: 900_000, domains: ['acme.com'], industry: 'Logistics' }),
      account({ id: 'beta', name: 'Beta', revenue: 50_000, domains: ['beta.io'], industry: 'Retail' }),
      account({ id: 'zeta', name: 'Zeta', revenue: 0 }),
    ],
    contacts: [
      contact({
        id: 'dana',
        name: 'Dana Diaz',
        accountId: 'acme',
        roles: ['decision-maker'],
        levelId: 'supporter',
      }),
      contact({ id: 'ines', name: 'Ines Ito', accountId: 'acme', roles: ['influencer'] }),
      contact({ id: 'bob', name: 'Bob Berg', accountId: 'beta' }),
    ],
    accountIssues: [issue({ accountId: 'beta', openedAt: day(-3), resolvedAt: null })],
  });
  return database;
}

/** The accounts view over `database`, with a loader of its own. */
function renderView(database: RapportDatabase, onOpenContact: (contactId: string) => void = () => {}) {
  render(
    <AccountsView
      portfolio={accountPortfolioLoader(database)}
      now={() => NOW}
      onOpenContact={onOpenContact}
    />,
  );
}

const accountOrder = () =>
  screen.getAllByRole('button', { expanded: false }).map((button) => button.textContent);

describe('the accounts view', () => {
  it('lists every account, most valuable first, with its heading and facts', async () => {
    renderView(await seeded());
    expect(screen.getByRole('heading', { level: 2, name: 'Accounts' })).toBeInTheDocument();
    await screen.findByRole('button', { name: 'Acme' });
    expect(accountOrder()).toEqual(['Acme', 'Beta', 'Zeta']);
    expect(screen.getByRole('columnheader', { name: /Value/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /Account/ })).toHaveAttribute('aria-sort', 'none');
    const acme = screen.getByRole('button', { name: 'Acme' }).closest('tr')!;
    expect(within(acme).getByText('acme.com', { exact: false })).toBeInTheDocument();
    expect(within(acme).getByText('1 Supporter')).toBeInTheDocument();
    expect(within(acme).getByText(/Decision makers: 0 of 1/)).toBeInTheDocument();
    const beta = screen.getByRole('button', { name: 'Beta' }).closest('tr')!;
    expect(within(beta).getAllByRole('cell')[5]).toHaveTextContent('1'); // open issues
  });

  it('opened again, shows the last visit’s rows at once, then what changed since', async () => {
    const database = await seeded();
    const loader = accountPortfolioLoader(database);
    const view = () => <AccountsView portfolio={loader} now={() => NOW} onOpenContact={() => {}} />;
    render(view());
    await screen.findByRole('button', { name: 'Acme' });
    cleanup();
    await database.accounts.update('zeta', { name: 'Zeta Renamed' });
    render(view());
    // Before any read of this visit has answered.
    expect(accountOrder()).toEqual(['Acme', 'Beta', 'Zeta']);
    await screen.findByRole('button', { name: 'Zeta Renamed' });
  });

  it('sorts by a column header, and the other way on a second click', async () => {
    renderView(await seeded());
    await screen.findByRole('button', { name: 'Acme' });
    await userEvent.click(screen.getByRole('button', { name: /^Account/ }));
    expect(screen.getByRole('columnheader', { name: /Account/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Value/ })).toHaveAttribute('aria-sort', 'none');
    expect(accountOrder()).toEqual(['Acme', 'Beta', 'Zeta']);
    await userEvent.click(screen.getByRole('button', { name: /^Account/ }));
    expect(screen.getByRole('columnheader', { name: /Account/ })).toHaveAttribute('aria-sort', 'descending');
    expect(accountOrder()).toEqual(['Zeta', 'Beta', 'Acme']);
    await userEvent.click(screen.getByRole('button', { name: /^Open issues/ }));
    expect(accountOrder()[0]).toBe('Beta');
  });

  it('filters by tier and searches name, domain and industry', async () => {
    renderView(await seeded());
    await screen.findByRole('button', { name: 'Acme' });
    await userEvent.selectOptions(screen.getByLabelText('Tier'), 'top');
    expect(accountOrder()).toEqual(['Acme']);
    expect(screen.getByRole('status')).toHaveTextContent('1 account of 3 shown');
    await userEvent.selectOptions(screen.getByLabelText('Tier'), 'all');
    await userEvent.type(screen.getByLabelText('Search accounts'), 'retail');
    expect(await screen.findByRole('status')).toHaveTextContent('1 account of 3 shown');
    expect(accountOrder()).toEqual(['Beta']);
    await userEvent.clear(screen.getByLabelText('Search accounts'));
    await userEvent.type(screen.getByLabelText('Search accounts'), 'nowhere');
    expect(await screen.findByText(/No account matches/)).toBeInTheDocument();
  });

  it('opens an account’s people, each of whom opens their contact', async () => {
    const onOpenContact = vi.fn();
    renderView(await seeded(), onOpenContact);
    const acme = await screen.findByRole('button', { name: 'Acme' });
    expect(screen.queryByRole('button', { name: 'Dana Diaz' })).toBeNull();
    await userEvent.click(acme);
    expect(acme).toHaveAttribute('aria-expanded', 'true');
    const people = screen.getByRole('list', { name: 'People at Acme' });
    expect(
      within(people)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Dana Diaz', 'Ines Ito']);
    await userEvent.click(within(people).getByRole('button', { name: 'Dana Diaz' }));
    expect(onOpenContact).toHaveBeenCalledWith('dana');
    await userEvent.click(acme);
    expect(screen.queryByRole('list', { name: 'People at Acme' })).toBeNull();
  });

  it('tells a new user where accounts come from', async () => {
    renderView(freshDatabase());
    expect(await screen.findByText(/No accounts yet/)).toBeInTheDocument();
  });
});

describe('the accounts table at scale', () => {
  it('renders only the rows in view when there are thousands', () => {
    const count = 3000;
    const accounts = Array.from({ length: count }, (_, i) =>
      account({ id: `a${i}`, name: `Account ${String(i).padStart(4, '0')}`, revenue: i }),
    );
    const rows = buildAccountRows(
      {
        accounts,
        contacts: [],
        ladder: defaultLadder,
        settings: defaultEngineSettings,
        lastGives: new Map(),
        nextDues: new Map(),
        issues: [],
        deals: [],
      },
      NOW,
    );
    expect(count).toBeGreaterThan(VIRTUALIZE_AFTER);
    // happy-dom lays nothing out: give the scrolling area the size a screen would.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ width: 1200, height: 56 }),
    );
    render(<AccountsTable rows={rows} now={NOW} onOpenContact={() => {}} />);
    const rendered = screen.getAllByRole('button', { expanded: false });
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(100);
    // Most valuable first: the last account created has the most revenue.
    expect(rendered[0]).toHaveTextContent('Account 2999');
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', String(count + 1));
  });
});
