import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { GoalsPanel } from '../../../entrypoints/sidepanel/panels/goals-panel';
import { dateInputValue } from '../../../lib/domain/follow-up-inputs';
import { account, contact, day, goal, NOW } from '../../domain/builders';
import { freshDatabase, readEverything, seedDatabase } from '../../db/test-database';

afterEach(cleanup);

async function setUp() {
  const database = freshDatabase();
  await seedDatabase(database, {
    accounts: [account({ id: 'acme', name: 'Acme' })],
    contacts: [contact({ id: 'ada', name: 'Ada', accountId: 'acme' })],
  });
  render(<GoalsPanel contactId="ada" accountId="acme" now={() => NOW} db={database} />);
  return database;
}

async function fillGoal() {
  await userEvent.click(await screen.findByRole('button', { name: 'New goal' }));
  const form = screen.getByRole('form', { name: 'New goal' });
  await userEvent.type(within(form).getByLabelText('Goal'), 'A reference by autumn');
  await userEvent.selectOptions(within(form).getByLabelText('Target level'), 'Supporter');
  fireEvent.change(within(form).getByLabelText('Deadline'), { target: { value: dateInputValue(day(90)) } });
  await userEvent.type(within(form).getByLabelText('Evidence 1'), 'Took a reference call');
  await userEvent.click(within(form).getByRole('button', { name: 'Add evidence item' }));
  await userEvent.type(within(form).getByLabelText('Evidence 2'), 'Introduced me to their CFO');
  await userEvent.click(within(form).getByRole('button', { name: 'Add step' }));
  await userEvent.type(within(form).getByLabelText('Step 1'), 'Ask at the review');
  fireEvent.change(within(form).getByLabelText('Step 1 date'), { target: { value: dateInputValue(day(7)) } });
  return form;
}

// Filling a whole goal form by keyboard takes a few seconds on a busy machine.
describe('the goals panel', { timeout: 20_000 }, () => {
  it('tells a new user what a goal is', async () => {
    await setUp();
    expect(await screen.findByText(/No goals yet/)).toBeInTheDocument();
  });

  it('creates a goal whose step becomes a follow-up, shows its progress, and undo removes both', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    const form = await fillGoal();
    await userEvent.click(within(form).getByRole('button', { name: 'Create goal' }));
    const card = await screen.findByRole('article', { name: 'A reference by autumn' });
    expect(card).toHaveTextContent('Target: reach Supporter');
    expect(card).toHaveTextContent('0 of 2 evidence items met');
    const [followUp] = await database.followUps.toArray();
    const [goal] = await database.goals.toArray();
    expect(followUp).toMatchObject({
      contactId: 'ada',
      source: 'goal',
      goalId: goal!.id,
      stepId: goal!.steps[0]!.id,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await readEverything(database)).toEqual(before));
    expect(await screen.findByText(/No goals yet/)).toBeInTheDocument();
  });

  it('says whether each target is reached: the contact’s level, the champion’s, the account’s revenue', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      accounts: [account({ id: 'acme', name: 'Acme', revenue: 80_000 })],
      contacts: [
        contact({ id: 'ada', name: 'Ada', accountId: 'acme', levelId: 'customer' }),
        contact({ id: 'cy', name: 'Cy', accountId: 'acme', levelId: 'advocate', roles: ['champion'] }),
      ],
      goals: [
        goal({ contactId: 'ada', title: 'Ada a Client', targetLevelId: 'client' }),
        goal({ contactId: null, accountId: 'acme', title: 'An advocate', targetLevelId: 'advocate' }),
        goal({ contactId: null, accountId: 'acme', title: 'Grow Acme', targetRevenue: 100_000 }),
        goal({ contactId: 'ada', title: 'Met Ada', targetLevelId: 'customer', status: 'achieved' }),
      ],
    });
    render(<GoalsPanel contactId="ada" accountId="acme" now={() => NOW} db={database} />);
    const card = (name: string) => screen.findByRole('article', { name });
    await waitFor(async () => expect(await card('Ada a Client')).toHaveTextContent('Target not reached yet'));
    expect(await card('An advocate')).toHaveTextContent('Target reached');
    expect(await card('Grow Acme')).toHaveTextContent('Target not reached yet');
    // A closed goal says so, not whether its target is reached.
    expect(await card('Met Ada')).not.toHaveTextContent(/Target (not )?reached/);
  });

  it('shows each problem beside its field and saves nothing', async () => {
    const database = await setUp();
    await userEvent.click(await screen.findByRole('button', { name: 'New goal' }));
    const form = screen.getByRole('form', { name: 'New goal' });
    // The form takes the place of its button: the keyboard goes on in its title.
    expect(within(form).getByLabelText('Goal')).toHaveFocus();
    await userEvent.click(within(form).getByRole('button', { name: 'Add step' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Create goal' }));
    expect(within(form).getByLabelText('Goal')).toHaveAccessibleDescription(/Give the goal a title/);
    expect(within(form).getByLabelText('Deadline')).toHaveAccessibleDescription(
      'Choose the day the goal is due.',
    );
    expect(within(form).getByLabelText('Evidence 1')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Step 1')).toHaveAccessibleDescription(/Say what the step is/);
    expect(await database.goals.count()).toBe(0);
    expect(await database.followUps.count()).toBe(0);
  });

  it('ticks evidence and steps (closing the step follow-up), with progress and undo', async () => {
    const database = await setUp();
    const form = await fillGoal();
    await userEvent.click(within(form).getByRole('button', { name: 'Create goal' }));
    const card = await screen.findByRole('article', { name: 'A reference by autumn' });
    await userEvent.click(within(card).getByRole('checkbox', { name: 'Took a reference call' }));
    await waitFor(() => expect(card).toHaveTextContent('1 of 2 evidence items met'));
    await userEvent.click(within(card).getByRole('checkbox', { name: 'Ask at the review' }));
    await waitFor(async () => expect((await database.followUps.toArray())[0]?.doneAt).toBe(NOW));
    await waitFor(() =>
      expect(within(card).getByRole('checkbox', { name: 'Ask at the review' })).toBeChecked(),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await database.followUps.toArray())[0]?.doneAt).toBeNull());
    await waitFor(() =>
      expect(within(card).getByRole('checkbox', { name: 'Ask at the review' })).not.toBeChecked(),
    );
  });

  it('marks a goal achieved and deletes one, each with undo', async () => {
    const database = await setUp();
    const form = await fillGoal();
    await userEvent.click(within(form).getByRole('button', { name: 'Create goal' }));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Mark achieved: A reference by autumn' }),
    );
    expect(await screen.findByText(/· Achieved/)).toBeInTheDocument();
    expect((await database.goals.toArray())[0]?.status).toBe('achieved');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await database.goals.toArray())[0]?.status).toBe('open'));

    await userEvent.click(screen.getByRole('button', { name: 'Delete goal: A reference by autumn' }));
    await waitFor(() => expect(screen.queryByRole('article')).toBeNull());
    expect(await database.followUps.count()).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('article', { name: 'A reference by autumn' })).toBeInTheDocument();
    expect(await database.followUps.count()).toBe(1);
  });

  it("sets a goal for the account and lists it under the account's name", async () => {
    const database = await setUp();
    const form = await fillGoal();
    await userEvent.click(within(form).getByLabelText('Acme (the account)'));
    await userEvent.click(within(form).getByRole('button', { name: 'Create goal' }));
    expect(await screen.findByRole('heading', { name: 'Acme' })).toBeInTheDocument();
    expect((await database.goals.toArray())[0]).toMatchObject({ accountId: 'acme', contactId: null });
  });
});
