import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { GoalsPanel } from '../../../entrypoints/sidepanel/panels/goals-panel';
import type { Contact } from '../../../lib/db/schema';
import { dateInputValue } from '../../../lib/domain/follow-up-inputs';
import { account, contact, day, goal, NOW } from '../../domain/builders';
import { freshDatabase, readEverything, seedDatabase } from '../../db/test-database';

afterEach(cleanup);

async function setUp(colleagues: Contact[] = []) {
  const database = freshDatabase();
  await seedDatabase(database, {
    accounts: [account({ id: 'acme', name: 'Acme' })],
    contacts: [contact({ id: 'ada', name: 'Ada', accountId: 'acme' }), ...colleagues],
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

/** Presses a button the way a keyboard user does: focus on it, then Enter. */
async function press(button: HTMLElement) {
  button.focus();
  await userEvent.keyboard('{Enter}');
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
    // The form goes: the keyboard goes back to the button that opened it, just below the new card.
    expect(screen.getByRole('button', { name: 'New goal' })).toHaveFocus();
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
    // The keyboard goes to the first problem, which a screen reader reads with its field.
    expect(within(form).getByLabelText('Goal')).toHaveFocus();
    expect(within(form).getByLabelText('Goal')).toHaveAttribute('aria-invalid', 'true');
    // An empty title is asked for, not told of a length limit.
    expect(within(form).getByLabelText('Goal')).toHaveAccessibleDescription('Give the goal a title.');
    expect(within(form).getByLabelText('Deadline')).toHaveAccessibleDescription(
      'Choose the day the goal is due.',
    );
    expect(within(form).getByLabelText('Evidence 1')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Step 1')).toHaveAccessibleDescription(
      'Say what the step is, or remove it.',
    );
    expect(await database.goals.count()).toBe(0);
    expect(await database.followUps.count()).toBe(0);
  });

  it('puts the keyboard on the first field with a problem, not on the first field', async () => {
    await setUp();
    const form = await fillGoal();
    fireEvent.change(within(form).getByLabelText('Step 1 date'), { target: { value: '2020-01-01' } });
    await userEvent.click(within(form).getByRole('button', { name: 'Create goal' }));
    const date = within(form).getByLabelText('Step 1 date');
    expect(date).toHaveFocus();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription('Choose today or a later day.');
  });

  it('takes a problem away as soon as its field is edited, and only that one', async () => {
    await setUp();
    const form = await fillGoal();
    const title = within(form).getByLabelText('Goal');
    const date = within(form).getByLabelText('Step 1 date');
    await userEvent.clear(title);
    fireEvent.change(date, { target: { value: '2020-01-01' } });
    await userEvent.click(within(form).getByRole('button', { name: 'Create goal' }));
    expect(date).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(date, { target: { value: dateInputValue(day(30)) } });
    expect(date).toHaveAttribute('aria-invalid', 'false');
    expect(date).not.toHaveAccessibleDescription();
    expect(within(form).queryByText('Choose today or a later day.')).toBeNull();
    // The title was not edited: what was said of it still holds.
    expect(title).toHaveAccessibleDescription('Give the goal a title.');

    await userEvent.type(title, 'A reference by autumn');
    expect(title).toHaveAttribute('aria-invalid', 'false');
    expect(within(form).queryByText('Give the goal a title.')).toBeNull();
  });

  it('asks for evidence on the button that adds it once every line is removed', async () => {
    await setUp();
    await userEvent.click(await screen.findByRole('button', { name: 'New goal' }));
    const form = screen.getByRole('form', { name: 'New goal' });
    const add = within(form).getByRole('button', { name: 'Add evidence item' });
    await press(within(form).getByRole('button', { name: 'Remove evidence 1' }));
    expect(add).toHaveFocus();
    await userEvent.type(within(form).getByLabelText('Goal'), 'A reference by autumn');
    fireEvent.change(within(form).getByLabelText('Deadline'), { target: { value: dateInputValue(day(90)) } });
    await userEvent.click(within(form).getByRole('button', { name: 'Create goal' }));
    expect(add).toHaveFocus();
    expect(add).toHaveAccessibleDescription('Add at least one thing you will see when the goal is achieved.');
    await press(add);
    expect(add).not.toHaveAccessibleDescription();
  });

  it('keeps the keyboard in the steps as one is removed: the next, else the one before, else "Add step"', async () => {
    await setUp();
    await userEvent.click(await screen.findByRole('button', { name: 'New goal' }));
    const form = screen.getByRole('form', { name: 'New goal' });
    for (const n of [1, 2, 3]) {
      await userEvent.click(within(form).getByRole('button', { name: 'Add step' }));
      await userEvent.type(within(form).getByLabelText(`Step ${n}`), `Call ${n}`);
    }
    await press(within(form).getByRole('button', { name: 'Remove step 3' }));
    expect(within(form).getByLabelText('Step 2')).toHaveFocus();

    await press(within(form).getByRole('button', { name: 'Remove step 1' }));
    const next = within(form).getByLabelText('Step 1');
    expect(next).toHaveValue('Call 2');
    expect(next).toHaveFocus();

    await press(within(form).getByRole('button', { name: 'Remove step 1' }));
    expect(within(form).queryByLabelText('Step 1')).toBeNull();
    expect(within(form).getByRole('button', { name: 'Add step' })).toHaveFocus();
  });

  it('gives the keyboard back to "New goal" on Cancel', async () => {
    const database = await setUp();
    await userEvent.click(await screen.findByRole('button', { name: 'New goal' }));
    const form = screen.getByRole('form', { name: 'New goal' });
    await userEvent.type(within(form).getByLabelText('Goal'), 'Not now');
    await press(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: 'New goal' })).toBeNull();
    expect(screen.getByRole('button', { name: 'New goal' })).toHaveFocus();
    expect(await database.goals.count()).toBe(0);
  });

  it('puts the keyboard in a line as it is added, and leaves the form on Escape', async () => {
    const database = await setUp();
    await userEvent.click(await screen.findByRole('button', { name: 'New goal' }));
    const form = screen.getByRole('form', { name: 'New goal' });
    await press(within(form).getByRole('button', { name: 'Add step' }));
    expect(within(form).getByLabelText('Step 1')).toHaveFocus();
    await press(within(form).getByRole('button', { name: 'Add evidence item' }));
    expect(within(form).getByLabelText('Evidence 2')).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'New goal' })).toBeNull();
    expect(screen.getByRole('button', { name: 'New goal' })).toHaveFocus();
    expect(await database.goals.count()).toBe(0);
  });

  it('asks whose goal it is with one radio group: one Tab stop, the arrow keys between the two', async () => {
    await setUp();
    await userEvent.click(await screen.findByRole('button', { name: 'New goal' }));
    const group = within(screen.getByRole('form', { name: 'New goal' })).getByRole('group', {
      name: 'Goal for',
    });
    const [theirs, account] = within(group).getAllByRole('radio');
    expect(theirs).toHaveAccessibleName('Ada');
    expect(account).toHaveAccessibleName('Acme (the account)');
    expect(theirs!.getAttribute('name')).toBeTruthy();
    expect(account).toHaveAttribute('name', theirs!.getAttribute('name'));
    // Back from the title lands on the chosen radio only, and forward leaves the group at once.
    await userEvent.tab({ shift: true });
    expect(theirs).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByLabelText('Goal')).toHaveFocus();
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{ArrowRight}');
    expect(account).toHaveFocus();
    expect(account).toBeChecked();
  });

  it("says, for an account goal, whom its follow-ups go to: the account's champion", async () => {
    await setUp([contact({ id: 'amelie', name: 'Amélie', accountId: 'acme', roles: ['champion'] })]);
    await userEvent.click(await screen.findByRole('button', { name: 'New goal' }));
    const form = screen.getByRole('form', { name: 'New goal' });
    expect(within(form).queryByText(/follow-ups go to/)).toBeNull();
    const account = within(form).getByLabelText('Acme (the account)');
    await userEvent.click(account);
    // The goals view's words, announced as the account is chosen and read with its radio.
    expect(within(form).getByRole('status')).toHaveTextContent('Account goal, follow-ups go to Amélie.');
    expect(account).toHaveAccessibleDescription('Account goal, follow-ups go to Amélie.');
    await userEvent.click(within(form).getByLabelText('Ada'));
    expect(within(form).queryByText(/follow-ups go to/)).toBeNull();
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
