import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GoalsView } from '../../../entrypoints/dashboard/views/goals-view';
import { account, contact, day, goal, NOW } from '../../domain/builders';
import { freshDatabase, seedDatabase } from '../../db/test-database';

afterEach(cleanup);

async function seeded() {
  const database = freshDatabase();
  await seedDatabase(database, {
    accounts: [account({ id: 'acme', name: 'Acme' }), account({ id: 'beta', name: 'Beta' })],
    contacts: [
      contact({ id: 'dana', name: 'Dana Diaz', accountId: 'acme' }),
      contact({ id: 'carl', name: 'Carl Cho', accountId: 'beta', roles: ['champion'] }),
    ],
    goals: [
      goal({
        id: 'ref',
        contactId: 'dana',
        title: 'A reference by autumn',
        targetLevelId: 'supporter',
        evidence: [
          { id: 'e1', text: 'Took a reference call', met: true },
          { id: 'e2', text: 'Introduced their CFO', met: false },
        ],
        steps: [
          { id: 's1', text: 'Ask at the review', dueAt: day(-4), doneAt: null },
          { id: 's2', text: 'Send the case study', dueAt: day(10), doneAt: null },
        ],
      }),
      goal({ id: 'grow', contactId: null, accountId: 'beta', title: 'Grow Beta', targetRevenue: 50_000 }),
      goal({ id: 'old', contactId: 'dana', title: 'Old goal', status: 'achieved' }),
    ],
  });
  return database;
}

describe('the goals view', { timeout: 20_000 }, () => {
  it('lists open goals by account with contact, target, progress and overdue steps', async () => {
    const onOpenContact = vi.fn();
    render(<GoalsView database={await seeded()} now={() => NOW} onOpenContact={onOpenContact} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Goals' })).toBeInTheDocument();
    const acme = await screen.findByRole('region', { name: 'Acme' });
    const card = within(acme).getByRole('article', { name: 'A reference by autumn' });
    expect(within(card).getByText(/Target: reach Supporter/)).toBeInTheDocument();
    expect(
      within(card).getByRole('progressbar', { name: 'Progress of A reference by autumn' }),
    ).toHaveAttribute('value', '1');
    expect(within(card).getByText(/1 of 2 evidence items met/)).toBeInTheDocument();
    // The overdue step is called out, and its goal marked.
    const entry = card.closest('li.goal-entry')!;
    expect(entry).toHaveClass('has-overdue');
    expect(within(entry as HTMLElement).getByText('1 step overdue:')).toBeInTheDocument();
    expect(
      within(entry as HTMLElement).getByText(/Ask at the review \(4 days overdue\)/),
    ).toBeInTheDocument();
    expect(within(entry as HTMLElement).queryByText(/Send the case study \(/)).toBeNull();

    const beta = screen.getByRole('region', { name: 'Beta' });
    // An account goal says whom its follow-ups go to (the goal form says it in the same words).
    expect(within(beta).getByRole('article', { name: 'Grow Beta' }).closest('li')).toHaveTextContent(
      /^Account goal, follow-ups go to Carl Cho · /,
    );
    expect(within(beta).getByRole('article', { name: 'Grow Beta' }).closest('li')).not.toHaveClass(
      'has-overdue',
    );
    await userEvent.click(within(beta).getByRole('button', { name: 'Carl Cho' }));
    expect(onOpenContact).toHaveBeenCalledWith('carl');
    await userEvent.click(within(acme).getByRole('button', { name: 'Dana Diaz' }));
    expect(onOpenContact).toHaveBeenLastCalledWith('dana');

    expect(
      screen.getByText(/2 open goals, 1 with overdue steps\. 1 goal achieved or abandoned/),
    ).toBeInTheDocument();
  });

  it('narrows to goals with overdue steps', async () => {
    render(<GoalsView database={await seeded()} now={() => NOW} onOpenContact={() => {}} />);
    await screen.findByRole('region', { name: 'Beta' });
    await userEvent.click(screen.getByLabelText(/Only goals with overdue steps/));
    expect(screen.queryByRole('region', { name: 'Beta' })).toBeNull();
    expect(screen.getByRole('article', { name: 'A reference by autumn' })).toBeInTheDocument();
  });

  it('ticks a step done in the database, with undo', async () => {
    const database = await seeded();
    render(<GoalsView database={database} now={() => NOW} onOpenContact={() => {}} />);
    const card = await screen.findByRole('article', { name: 'A reference by autumn' });
    await userEvent.click(within(card).getByRole('checkbox', { name: 'Ask at the review' }));
    await waitFor(async () => expect((await database.goals.get('ref'))!.steps[0]!.doneAt).toBe(NOW));
    // No overdue step any more.
    await waitFor(() => expect(screen.queryByText('1 step overdue:')).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await database.goals.get('ref'))!.steps[0]!.doneAt).toBeNull());
  });

  it('explains goals and where to add one when there are none', async () => {
    render(<GoalsView database={freshDatabase()} now={() => NOW} onOpenContact={() => {}} />);
    expect(await screen.findByText(/No open goals\./)).toBeInTheDocument();
    expect(screen.getByText(/open a contact .* and choose “New goal”/)).toBeInTheDocument();
  });
});
