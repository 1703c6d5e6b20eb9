import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContactCard, type ContactCardProps } from '../../../components/sidebar/contact-card';
import { parseListInput } from '../../../lib/db/contact-edits';
import { previewLevel } from '../../../lib/sidebar/level-preview';
import type { RelationshipData } from '../../../lib/sidebar/load-relationship';
import { acmeData } from './fixtures';

afterEach(cleanup);

function renderCard(data: RelationshipData, overrides: Partial<ContactCardProps['edits']> = {}) {
  const edits: ContactCardProps['edits'] = {
    previewLevel: (levelId) => previewLevel(levelId, data.contact, data.facts, data.ladder),
    saveLevel: vi.fn(async () => {}),
    parseList: parseListInput,
    saveList: vi.fn(async () => {}),
    saveRoles: vi.fn(async () => {}),
    ...overrides,
  };
  const account: ContactCardProps['account'] = {
    query: '',
    onQueryChange: vi.fn(),
    options: [],
    validateName: () => null,
    onPick: vi.fn(async () => {}),
    onCreate: vi.fn(async () => {}),
  };
  const { rerender } = render(<ContactCard data={data} edits={edits} account={account} />);
  const show = (next: RelationshipData) =>
    rerender(<ContactCard data={next} edits={edits} account={account} />);
  return { edits, account, show };
}

describe('the contact card', () => {
  it('shows who they are, their level with its definition, and the evidence behind it', async () => {
    renderCard(await acmeData());
    expect(screen.getByRole('heading', { level: 2, name: 'Dana Diaz' })).toBeInTheDocument();
    expect(screen.getByText('VP Operations at Acme')).toBeInTheDocument();
    expect(screen.getByText(/^Decision maker · Senior management/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Level: Supporter' })).toBeInTheDocument();
    expect(screen.getByText(/Acts as a reference for us/)).toBeInTheDocument();
    expect(screen.getByText('Client', { selector: 'strong' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Evidence found' })).getByText(/2 deals/),
    ).toBeInTheDocument();
  });

  it('lists the gap to the next level as a checklist', async () => {
    renderCard(await acmeData());
    const gap = screen.getByRole('list', { name: 'Evidence Advocate asks for' });
    expect(within(gap).getByRole('checkbox', { name: '2 deals' })).toBeChecked();
    expect(within(gap).getByRole('checkbox', { name: 'no reference given yet' })).not.toBeChecked();
  });

  it('raises the assumption check when the level outruns the evidence', async () => {
    renderCard(await acmeData());
    const check = screen.getByRole('region', { name: 'Assumption check' });
    expect(check).toHaveTextContent('Set as Supporter, but the evidence supports Client');
  });

  it('keeps a check that clears in its place, marked cleared, until another person is shown', async () => {
    const data = await acmeData();
    const { show } = renderCard(data);
    const cleared = { ...data, view: { ...data.view, assumptions: [] } };
    show(cleared);
    // The line stays where it was, so what is below it does not move under the pointer.
    const check = screen.getByRole('region', { name: 'Assumption check' });
    expect(check).toHaveTextContent('Set as Supporter, but the evidence supports Client');
    expect(within(check).getByRole('listitem')).toHaveTextContent(/✓ Cleared$/);

    show(data);
    expect(within(check).getByRole('listitem')).not.toHaveTextContent('Cleared');

    show({ ...cleared, contact: { ...data.contact, id: 'someone-else' } });
    expect(screen.queryByRole('region', { name: 'Assumption check' })).toBeNull();
  });

  it('shows health with its reasons, cadence, the next follow-up, interests and motivations', async () => {
    renderCard(await acmeData());
    expect(screen.getByRole('heading', { name: /^Health: \d+ \/ 100$/ })).toBeInTheDocument();
    expect(screen.getByText(/last value-adding gesture 3 days ago/)).toBeInTheDocument();
    expect(screen.getByText(/In touch every \d+ days \(default for Supporter\)/)).toBeInTheDocument();
    expect(screen.getByText(/^Next:/)).toHaveTextContent(/due|overdue/);
    expect(
      within(screen.getByRole('region', { name: 'Interests' })).getByText('sailing'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Motivations' })).getByText('wants a promotion'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Tags' })).getByText('None recorded yet.'),
    ).toBeInTheDocument();
  });

  it('shows the evidence of the chosen level before saving, and saves only on Save', async () => {
    const { edits } = renderCard(await acmeData('dirk'));
    await userEvent.click(screen.getByRole('button', { name: 'Change level' }));
    await userEvent.selectOptions(screen.getByLabelText('New level'), 'supporter');
    const asked = screen.getByRole('list', { name: 'Evidence Supporter asks for' });
    expect(asked).toHaveTextContent('Missing: no reference given yet');
    expect(asked).toHaveTextContent('Met: 2 deals');
    expect(screen.getByText(/the card will flag it as an assumption/)).toBeInTheDocument();
    expect(edits.saveLevel).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Save level' }));
    expect(edits.saveLevel).toHaveBeenCalledWith('supporter');
    expect(screen.queryByLabelText('New level')).not.toBeInTheDocument();
  });

  it('keeps the level editor open with the message when saving fails', async () => {
    renderCard(await acmeData('dirk'), {
      saveLevel: vi.fn(async () => Promise.reject(new Error('Not saved: busy'))),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Change level' }));
    await userEvent.selectOptions(screen.getByLabelText('New level'), 'client');
    expect(screen.getByText('The evidence supports Client.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save level' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved: busy');
    expect(screen.getByLabelText('New level')).toBeInTheDocument();
  });

  it('edits interests, refusing a bad list inline without saving', async () => {
    const { edits } = renderCard(await acmeData());
    await userEvent.click(screen.getByRole('button', { name: 'Edit interests' }));
    const field = screen.getByRole('textbox', { name: 'Interests' });
    expect(field).toHaveValue('sailing, jazz');
    await userEvent.clear(field);
    await userEvent.click(field);
    await userEvent.paste(`golf, ${'x'.repeat(201)}`);
    await userEvent.click(screen.getByRole('button', { name: 'Save interests' }));
    expect(screen.getByRole('alert')).toHaveTextContent('too long');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(edits.saveList).not.toHaveBeenCalled();

    await userEvent.clear(field);
    await userEvent.type(field, 'golf, chess, golf');
    await userEvent.click(screen.getByRole('button', { name: 'Save interests' }));
    expect(edits.saveList).toHaveBeenCalledWith('interests', ['golf', 'chess']);
  });

  it('edits roles and seniority', async () => {
    const { edits } = renderCard(await acmeData());
    await userEvent.click(screen.getByRole('button', { name: 'Edit roles' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Champion' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Decision maker' }));
    await userEvent.selectOptions(screen.getByLabelText('Seniority'), 'middle');
    await userEvent.click(screen.getByRole('button', { name: 'Save roles' }));
    expect(edits.saveRoles).toHaveBeenCalledWith({ roles: ['champion'], seniority: 'middle' });
  });

  it('closes any editor on Escape without saving, and gives the focus back to the button that opened it', async () => {
    const { edits, account } = renderCard(await acmeData());
    await userEvent.click(screen.getByRole('button', { name: 'Change account' }));
    await userEvent.type(screen.getByLabelText('Account name'), 'Fab');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Change account' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Change account' })).toHaveFocus();
    expect(account.onCreate).not.toHaveBeenCalled();

    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('group', { name: 'Change account' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Edit interests' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Interests' }), ', chess');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Interests' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit interests' })).toHaveFocus();
    expect(edits.saveList).not.toHaveBeenCalled();
  });

  it('gives the focus back to the button once an edit is saved', async () => {
    renderCard(await acmeData());
    await userEvent.click(screen.getByRole('button', { name: 'Edit roles' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save roles' }));
    expect(screen.getByRole('button', { name: 'Edit roles' })).toHaveFocus();
  });
});
