import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountView, type AccountViewProps } from '../../../components/sidebar/account-view';
import { parseAccountValueForm, parseDealForm, parseIssueDescription } from '../../../lib/db/account-edits';
import { parseAccountName } from '../../../lib/db/contact-edits';
import { accountCoverage } from '../../../lib/sidebar/coverage';
import type { RelationshipData } from '../../../lib/sidebar/load-relationship';
import { acmeData } from './fixtures';

afterEach(cleanup);

function renderView(data: RelationshipData) {
  const props: AccountViewProps = {
    data,
    coverage: accountCoverage(data.facts, data.ladder),
    onShowContact: vi.fn(),
    validateName: (name) => {
      const parsed = parseAccountName(name);
      return parsed.ok ? null : parsed.message;
    },
    onRename: vi.fn(async (name: string) =>
      name.trim().toLowerCase() === 'globex' ? 'Another account is already called “Globex”.' : null,
    ),
    parseValue: parseAccountValueForm,
    onSetValue: vi.fn(async () => {}),
    parseDeal: parseDealForm,
    onAddDeal: vi.fn(async () => {}),
    validateIssue: (text) => {
      const parsed = parseIssueDescription(text);
      return parsed.ok ? null : parsed.message;
    },
    onOpenIssue: vi.fn(async () => {}),
    onResolveIssue: vi.fn(async () => {}),
    onReopenIssue: vi.fn(async () => {}),
  };
  render(<AccountView {...props} />);
  return props;
}

describe('the account view', () => {
  it('lists everyone known at the account with role, seniority and level', async () => {
    const props = renderView(await acmeData());
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Dana DiazDecision makerSenior managementSupporter',
      'Dirk MeyerDecision makerMiddle managementProspect',
      'Ines ItoInfluencerSeniority not knownProspect',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Dirk Meyer' }));
    expect(props.onShowContact).toHaveBeenCalledWith('dirk');
  });

  it('gives key-people coverage as numbers against what Supporter and Advocate need', async () => {
    renderView(await acmeData());
    expect(screen.getByText(/relationship with 1 of 2 \(50%\)/)).toBeInTheDocument();
    expect(screen.getAllByText('Supporter needs all: not yet')).toHaveLength(1);
    expect(screen.getByText('Supporter needs 70%: met')).toBeInTheDocument();
  });

  it('shows the account’s value and 80/20 tier', async () => {
    renderView(await acmeData());
    expect(screen.getByText('Revenue to date').nextElementSibling).toHaveTextContent('900');
    expect(screen.getByText('Tier').nextElementSibling).toHaveTextContent(/^Top tier/);
  });

  it('resolves an open issue and opens a new one, refusing an empty description', async () => {
    const props = renderView(await acmeData());
    expect(screen.getByText(/Shipment late/).closest('li')).toHaveTextContent('Delivery: Shipment late');
    await userEvent.click(screen.getByRole('button', { name: 'Resolve delivery issue' }));
    expect(props.onResolveIssue).toHaveBeenCalledWith('late');

    const form = screen.getByRole('form', { name: 'Open an issue' });
    await userEvent.click(within(form).getByRole('button', { name: 'Open issue' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Say what the problem is.');
    expect(props.onOpenIssue).not.toHaveBeenCalled();
    await userEvent.selectOptions(within(form).getByLabelText('Kind'), 'billing');
    await userEvent.type(within(form).getByLabelText('What is wrong'), 'Invoice disputed');
    await userEvent.click(within(form).getByRole('button', { name: 'Open issue' }));
    expect(props.onOpenIssue).toHaveBeenCalledWith({ kind: 'billing', description: 'Invoice disputed' });
  });

  it('sets the account’s value in place, refusing an amount it would misread, and gives the focus back', async () => {
    const props = renderView(await acmeData());
    await userEvent.click(screen.getByRole('button', { name: 'Edit value' }));
    const form = screen.getByRole('form', { name: /^Value of / });
    const revenue = within(form).getByLabelText('Revenue to date');
    expect(revenue).toHaveFocus();
    await userEvent.clear(revenue);
    await userEvent.type(revenue, '1.200,50');
    await userEvent.click(within(form).getByRole('button', { name: 'Save value' }));
    expect(revenue).toHaveAccessibleDescription('Type the amount in digits, like 12000 or 12,000.50.');
    expect(props.onSetValue).not.toHaveBeenCalled();

    await userEvent.clear(revenue);
    await userEvent.type(revenue, '$250,000');
    await userEvent.type(within(form).getByLabelText('Potential'), '{Control>}a{/Control}1,000,000');
    await userEvent.click(within(form).getByRole('button', { name: 'Save value' }));
    expect(props.onSetValue).toHaveBeenCalledWith({ revenue: '$250,000', potential: '1,000,000' });
    expect(screen.queryByRole('form', { name: /^Value of / })).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit value' })).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: /^Value of / })).toBeNull();
    expect(props.onSetValue).toHaveBeenCalledOnce();
  });

  it('renames the account from the keyboard, saying on the field why a name is refused', async () => {
    const props = renderView(await acmeData());
    const rename = screen.getByRole('button', { name: 'Rename' });
    rename.focus();
    await userEvent.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: 'Rename Acme' });
    const field = within(form).getByLabelText('Account name');
    expect(field).toHaveFocus();
    expect(field).toHaveValue('Acme');

    await userEvent.clear(field);
    await userEvent.keyboard('{Enter}');
    expect(field).toHaveAccessibleDescription('Type the account’s name.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(props.onRename).not.toHaveBeenCalled();

    await userEvent.type(field, 'globex{Enter}');
    expect(props.onRename).toHaveBeenCalledWith('globex');
    expect(field).toHaveAccessibleDescription('Another account is already called “Globex”.');
    expect(field).toHaveFocus();

    await userEvent.clear(field);
    await userEvent.type(field, 'Acme Energy{Enter}');
    expect(props.onRename).toHaveBeenLastCalledWith('Acme Energy');
    expect(screen.queryByRole('form', { name: 'Rename Acme' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Rename' })).toHaveFocus();
  });

  it('refused through Save, puts the keyboard on the field, whose reason goes as it is edited', async () => {
    const props = renderView(await acmeData());
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    const field = screen.getByLabelText('Account name');
    await userEvent.clear(field);
    await userEvent.type(field, 'Globex');
    await userEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect(props.onRename).toHaveBeenCalledWith('Globex');
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveAccessibleDescription('Another account is already called “Globex”.');
    await userEvent.type(field, ' Energy');
    expect(field).not.toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('');
  });

  it('closes the rename on Escape or Cancel without saving, the focus back on Rename', async () => {
    const props = renderView(await acmeData());
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await userEvent.type(screen.getByLabelText('Account name'), ' Energy');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'Rename Acme' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Rename' })).toHaveFocus();

    // Opened again, it starts from the stored name, not from what was typed before.
    await userEvent.keyboard('{Enter}');
    expect(screen.getByLabelText('Account name')).toHaveValue('Acme');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Rename' })).toHaveFocus();
    expect(props.onRename).not.toHaveBeenCalled();
  });

  it('keeps the rename open and says so when saving fails', async () => {
    const props = renderView(await acmeData());
    vi.mocked(props.onRename).mockRejectedValueOnce(new Error('The database is closed.'));
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await userEvent.type(screen.getByLabelText('Account name'), ' Energy{Enter}');
    const form = screen.getByRole('form', { name: 'Rename Acme' });
    expect(within(form).getByRole('alert')).toHaveTextContent('The database is closed.');
    expect(within(form).getByLabelText('Account name')).not.toHaveAttribute('aria-invalid');
  });

  it('adds a deal only when every field is right, saying what is wrong inline', async () => {
    const props = renderView(await acmeData());
    const form = screen.getByRole('form', { name: 'Add a deal' });
    await userEvent.type(within(form).getByLabelText('Amount'), 'a lot');
    await userEvent.click(within(form).getByRole('button', { name: 'Add deal' }));
    expect(within(form).getByLabelText('Amount')).toHaveAccessibleDescription(
      'Type the amount in digits, like 12000 or 12,000.50.',
    );
    expect(within(form).getByLabelText('Closed on')).toHaveAccessibleDescription(
      'Pick the date the deal closed.',
    );
    expect(props.onAddDeal).not.toHaveBeenCalled();

    await userEvent.clear(within(form).getByLabelText('Amount'));
    await userEvent.type(within(form).getByLabelText('Amount'), '12000');
    await userEvent.type(within(form).getByLabelText('Closed on'), '2025-06-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Add deal' }));
    expect(props.onAddDeal).toHaveBeenCalledWith({ amount: '12000', date: '2025-06-01', description: '' });
  });

  it('tells what to do for a contact at no account', async () => {
    const data = await acmeData();
    renderView({ ...data, account: null });
    expect(screen.getByText(/is at no account yet/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
