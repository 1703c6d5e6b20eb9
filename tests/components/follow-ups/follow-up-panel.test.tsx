import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FollowUpPanel } from '../../../entrypoints/sidepanel/panels/follow-up-panel';
import { dateInputValue } from '../../../lib/domain/follow-up-inputs';
import { account, contact, day, followUp, gesture, NOW } from '../../domain/builders';
import { freshDatabase, readEverything, seedDatabase } from '../../db/test-database';

afterEach(cleanup);

async function setUp(extra: { followUps?: object[] } = {}) {
  const database = freshDatabase();
  await seedDatabase(database, {
    accounts: [account({ id: 'acme', name: 'Acme', revenue: 0 })],
    contacts: [
      contact({ id: 'ada', name: 'Ada', levelId: 'customer', accountId: 'acme', createdAt: day(-400) }),
    ],
    gestures: [gesture('ada', 'gift', day(-40))],
    followUps: extra.followUps ?? [],
  });
  render(<FollowUpPanel contactId="ada" now={() => NOW} db={database} />);
  return database;
}

describe('the follow-up panel', { timeout: 15_000 }, () => {
  it('shows the cadence in force, where it comes from, and the next follow-up', async () => {
    await setUp();
    expect(await screen.findByText(/the default for their level at a middle-tier account/)).toHaveTextContent(
      'Every 30 days',
    );
    expect(screen.getByText('Overdue')).toBeInTheDocument();
    expect(screen.getByText(/10 days overdue/)).toBeInTheDocument();
    expect(
      screen.getByText(/The cadence: every 30 days since the last give \(40 days ago\)/),
    ).toBeInTheDocument();
    expect(screen.getByText(/No follow-up set/)).toBeInTheDocument();
  });

  it('sets a cadence for the contact, goes back to the default, with undo', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    await userEvent.type(await screen.findByLabelText('Cadence for this contact, in days'), '14');
    await userEvent.click(screen.getByRole('button', { name: 'Set cadence' }));
    expect(await screen.findByText(/set for this contact/)).toHaveTextContent('Every 14 days');
    expect((await database.contacts.get('ada'))?.cadenceDays).toBe(14);
    expect(screen.getByText('Cadence set to every 14 days')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await readEverything(database)).toEqual(before));

    await userEvent.type(screen.getByLabelText('Cadence for this contact, in days'), '7');
    await userEvent.click(screen.getByRole('button', { name: 'Set cadence' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Use the default (30 days)' }));
    await waitFor(async () => expect((await database.contacts.get('ada'))?.cadenceDays).toBeNull());
  });

  it('refuses a bad cadence inline and saves nothing', async () => {
    const database = await setUp();
    const input = await screen.findByLabelText('Cadence for this contact, in days');
    await userEvent.type(input, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Set cadence' }));
    expect(screen.getByText('The cadence is a whole number of days from 1 to 3650.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect((await database.contacts.get('ada'))?.cadenceDays).toBeNull();
  });

  it('sets a follow-up on a day with a reason, with undo', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    fireEvent.change(await screen.findByLabelText('Day'), { target: { value: dateInputValue(day(4)) } });
    await userEvent.type(screen.getByLabelText('What for'), 'Send the case study');
    await userEvent.click(screen.getByRole('button', { name: 'Set follow-up' }));
    expect(await screen.findByRole('button', { name: 'Mark done: Send the case study' })).toBeInTheDocument();
    const [made] = await database.followUps.toArray();
    expect(made).toMatchObject({ source: 'manual', reason: 'Send the case study', doneAt: null });
    expect(dateInputValue(made!.dueAt)).toBe(dateInputValue(day(4)));
    await waitFor(() => expect(screen.getByLabelText('What for')).toHaveValue(''));
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await readEverything(database)).toEqual(before));
  });

  it('shows what is wrong with a follow-up beside each field and saves nothing', async () => {
    const database = await setUp();
    fireEvent.change(await screen.findByLabelText('Day'), { target: { value: dateInputValue(day(-2)) } });
    await userEvent.click(screen.getByRole('button', { name: 'Set follow-up' }));
    expect(screen.getByText('Choose today or a later day.')).toBeInTheDocument();
    expect(screen.getByText(/Say what the follow-up is for/)).toBeInTheDocument();
    expect(screen.getByLabelText('What for')).toHaveAttribute('aria-invalid', 'true');
    expect(await database.followUps.count()).toBe(0);
  });

  it('snoozes the contact until tomorrow, with undo', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    await userEvent.click(await screen.findByRole('button', { name: 'Snooze until tomorrow' }));
    expect(await screen.findByText('Snoozed')).toBeInTheDocument();
    expect(screen.getByText('Snoozed Ada until tomorrow')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Overdue')).toBeInTheDocument();
    expect(await readEverything(database)).toEqual(before);
  });

  it('refuses a snooze date that is not after today', async () => {
    const database = await setUp();
    fireEvent.change(await screen.findByLabelText('Snooze until a day'), {
      target: { value: dateInputValue(NOW) },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Snooze until then' }));
    expect(screen.getByText('Choose a day after today.')).toBeInTheDocument();
    expect(await database.followUps.count()).toBe(0);
  });

  it('completes a follow-up, with undo', async () => {
    const database = await setUp({
      followUps: [followUp('ada', day(-20), { id: 'f1', reason: 'Call about renewal' })],
    });
    expect(await screen.findByText('Follow-up: Call about renewal')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Mark done: Call about renewal' }));
    await waitFor(async () => expect((await database.followUps.get('f1'))?.doneAt).toBe(NOW));
    expect(await screen.findByText(/No follow-up set/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Mark done: Call about renewal' })).toBeInTheDocument();
    expect((await database.followUps.get('f1'))?.doneAt).toBeNull();
  });
});
