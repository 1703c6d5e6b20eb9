import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useFocusKeeper } from '../../../components/common/use-focus-keeper';
import { SettingsControls } from '../../../entrypoints/dashboard/settings-controls';
import type { RapportDatabase } from '../../../lib/db/database';
import { cadenceSetting, paretoSetting } from '../../../lib/db/engine-settings';
import { getSetting, ladderSetting, setSetting } from '../../../lib/db/settings';
import { quietHoursSetting } from '../../../lib/reminders/quiet-hours-setting';
import { readSiteSwitches } from '../../../lib/sites/site-switches';
import { contact, goal, NOW } from '../../domain/builders';
import { freshDatabase, seedDatabase } from '../../db/test-database';

let db: RapportDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDatabase();
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

/** The settings as the dashboard holds them: under the page's focus keeper. */
function KeptSettings() {
  const page = useRef<HTMLDivElement>(null);
  useFocusKeeper(page);
  return (
    <div ref={page}>
      <SettingsControls database={db} now={() => NOW} />
    </div>
  );
}

function renderSettings() {
  render(<SettingsControls database={db} now={() => NOW} />);
}

describe('the settings section', () => {
  it('saves a ladder without a level, moving its contacts, and undoes it', async () => {
    await seedDatabase(db, { contacts: [contact({ id: 'sue', levelId: 'supporter' })] });
    renderSettings();
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Supporter' }));
    await userEvent.selectOptions(
      screen.getByLabelText(/“Supporter”, which you removed, has 1 contact/),
      'Client',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save ladder' }));
    await waitFor(async () => expect((await db.contacts.get('sue'))?.levelId).toBe('client'));
    expect((await getSetting(ladderSetting, db)).levels.map((level) => level.id)).not.toContain('supporter');

    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await db.contacts.get('sue'))?.levelId).toBe('supporter'));
    expect(await screen.findByRole('group', { name: /^Supporter/ })).toBeVisible();
    expect(await screen.findByText('Undone: Ladder saved; badges follow it.')).toBeVisible();
  });

  it('keeps the keyboard on the undo bar once the ladder’s Undo is pressed', async () => {
    render(<KeptSettings />);
    const name = within(await screen.findByRole('group', { name: /^Client/ })).getByLabelText('Name');
    await userEvent.type(name, ' plus');
    screen.getByRole('button', { name: 'Save ladder' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Dismiss' })).toHaveFocus());
    expect(await screen.findByText('Undone: Ladder saved; badges follow it.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Dismiss' })).toHaveFocus();
  });

  it('asks where a goal aiming at a removed level goes, though no one is on that level', async () => {
    await seedDatabase(db, {
      contacts: [contact({ id: 'sue', levelId: 'client' })],
      goals: [goal({ id: 'g1', contactId: 'sue', targetLevelId: 'advocate' })],
    });
    renderSettings();
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Advocate' }));
    expect(screen.getByRole('button', { name: 'Save ladder' })).toBeDisabled();
    await userEvent.selectOptions(
      screen.getByLabelText(/“Advocate”, which you removed, is the target of 1 goal/),
      'Supporter',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save ladder' }));
    await waitFor(async () => expect((await db.goals.get('g1'))?.targetLevelId).toBe('supporter'));
  });

  it('refuses a top-tier cadence longer than the middle tier’s, and saves a valid one', async () => {
    renderSettings();
    const top = await screen.findByLabelText('Client, top tier, days');
    await userEvent.clear(top);
    await userEvent.type(top, '99');
    expect(screen.getByText(/Client: the top tier gets the tightest cadence/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Save cadences' })).toBeDisabled();
    await userEvent.clear(top);
    await userEvent.type(top, '10');
    await userEvent.click(screen.getByRole('button', { name: 'Save cadences' }));
    await waitFor(async () => expect((await getSetting(cadenceSetting, db)).byLevel.client?.top).toBe(10));
  });

  it('says in words what is wrong with a cadence, naming its level and tier', async () => {
    renderSettings();
    const top = await screen.findByLabelText('Client, top tier, days');
    await userEvent.clear(top);
    await userEvent.type(top, '2.5');
    expect(
      screen.getByText('Client, top tier: a cadence is a whole number of days from 1 to 3650'),
    ).toBeVisible();
    await userEvent.clear(top);
    expect(
      screen.getByText('Client, top tier: a cadence is a whole number of days from 1 to 3650'),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Save cadences' })).toBeDisabled();
  });

  it('gives the focus to a saved ladder’s Undo, and takes the Undo away once the ladder is edited again', async () => {
    renderSettings();
    const name = within(await screen.findByRole('group', { name: /^Client/ })).getByLabelText('Name');
    await userEvent.type(name, ' A');
    await userEvent.click(screen.getByRole('button', { name: 'Save ladder' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());
    // The editor shows the saved ladder once the database has answered.
    await userEvent.type(
      within(await screen.findByRole('group', { name: /^Client A/ })).getByLabelText('Name'),
      'B',
    );
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect((await getSetting(ladderSetting, db)).levels[2]!.name).toBe('Client A');
  });

  it('sets quiet hours', async () => {
    renderSettings();
    const quiet = await screen.findByRole('region', { name: 'Quiet hours' });
    await userEvent.click(within(quiet).getByLabelText('Keep notifications quiet'));
    await userEvent.click(within(quiet).getByRole('button', { name: 'Save quiet hours' }));
    await waitFor(async () =>
      expect(await getSetting(quietHoursSetting, db)).toEqual({
        enabled: true,
        start: '22:00',
        end: '07:00',
      }),
    );
  });

  it('keeps the keyboard in quiet hours once they are saved, on their first field', async () => {
    const user = userEvent.setup();
    renderSettings();
    const quiet = await screen.findByRole('region', { name: 'Quiet hours' });
    await user.click(within(quiet).getByLabelText('Keep notifications quiet'));
    within(quiet).getByRole('button', { name: 'Save quiet hours' }).focus();
    await user.keyboard('{Enter}');
    expect(await within(quiet).findByRole('status')).toHaveTextContent('Saved.');
    await waitFor(() => expect(within(quiet).getByLabelText('Keep notifications quiet')).toHaveFocus());
    expect(within(quiet).getByRole('button', { name: 'Save quiet hours' })).toBeDisabled();
  });

  it('says which quiet-hours field has no time, on that field, without asking for a format', async () => {
    const user = userEvent.setup();
    renderSettings();
    const quiet = await screen.findByRole('region', { name: 'Quiet hours' });
    await user.click(within(quiet).getByLabelText('Keep notifications quiet'));
    const from = within(quiet).getByLabelText('From');
    const to = within(quiet).getByLabelText('to');
    await user.clear(to);
    expect(within(quiet).getByRole('listitem')).toHaveTextContent('To: enter the time quiet hours end.');
    expect(to).toHaveAccessibleDescription('To: enter the time quiet hours end.');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveAttribute('aria-invalid', 'false');
    expect(from).not.toHaveAttribute('aria-describedby');
    expect(within(quiet).getByRole('button', { name: 'Save quiet hours' })).toBeDisabled();

    await user.clear(from);
    expect(from).toHaveAccessibleDescription('From: enter the time quiet hours start.');
    expect(to).toHaveAccessibleDescription('To: enter the time quiet hours end.');
  });

  it('says on the “to” field when quiet hours would end as they start', async () => {
    const user = userEvent.setup();
    renderSettings();
    const quiet = await screen.findByRole('region', { name: 'Quiet hours' });
    await user.click(within(quiet).getByLabelText('Keep notifications quiet'));
    const to = within(quiet).getByLabelText('to');
    await user.clear(to);
    await user.type(to, '22:00');
    expect(to).toHaveAccessibleDescription('To: quiet hours must end at another time than they start.');
    expect(within(quiet).getByLabelText('From')).toHaveAttribute('aria-invalid', 'false');
  });

  it('counts accounts’ potential in their value once ticked and saved, keeping the tier lines', async () => {
    await setSetting(paretoSetting, { topShare: 0.7, middleShare: 0.9, includePotential: false }, db);
    renderSettings();
    const value = await screen.findByRole('region', { name: 'Account value' });
    const save = within(value).getByRole('button', { name: 'Save account value' });
    expect(save).toBeDisabled();
    await userEvent.click(
      within(value).getByLabelText('Count each account’s potential in its value (for the 80/20 tiers)'),
    );
    await userEvent.click(save);
    expect(await within(value).findByRole('status')).toHaveTextContent(
      'Saved. Tiers, badges and reminders follow it.',
    );
    expect(await getSetting(paretoSetting, db)).toEqual({
      topShare: 0.7,
      middleShare: 0.9,
      includePotential: true,
    });
  });

  it('has nothing to save once the potential box is ticked back as saved', async () => {
    renderSettings();
    const value = await screen.findByRole('region', { name: 'Account value' });
    const box = within(value).getByRole('checkbox');
    await userEvent.click(box);
    expect(within(value).getByRole('button', { name: 'Save account value' })).toBeEnabled();
    await userEvent.click(box);
    expect(within(value).getByRole('button', { name: 'Save account value' })).toBeDisabled();
  });

  it('shows counting potential as saved elsewhere, at once', async () => {
    renderSettings();
    const box = within(await screen.findByRole('region', { name: 'Account value' })).getByRole('checkbox');
    expect(box).not.toBeChecked();
    await setSetting(paretoSetting, { ...(await getSetting(paretoSetting, db)), includePotential: true }, db);
    await waitFor(() => expect(box).toBeChecked());
  });

  it('keeps the keyboard on the potential box once it is saved', async () => {
    const user = userEvent.setup();
    renderSettings();
    const value = await screen.findByRole('region', { name: 'Account value' });
    await user.click(within(value).getByRole('checkbox'));
    within(value).getByRole('button', { name: 'Save account value' }).focus();
    await user.keyboard('{Enter}');
    expect(await within(value).findByRole('status')).toHaveTextContent('Saved.');
    await waitFor(() => expect(within(value).getByRole('checkbox')).toHaveFocus());
    expect(within(value).getByRole('button', { name: 'Save account value' })).toBeDisabled();
  });

  it('switches a site off for the overlay', async () => {
    renderSettings();
    await userEvent.click(await screen.findByLabelText('Gmail'));
    await waitFor(async () => expect((await readSiteSwitches()).gmail).toBe(false));
    expect(screen.getByLabelText('Gmail')).not.toBeChecked();
  });
});
