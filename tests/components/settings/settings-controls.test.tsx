import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsControls } from '../../../entrypoints/dashboard/settings-controls';
import type { RapportDatabase } from '../../../lib/db/database';
import { cadenceSetting } from '../../../lib/db/engine-settings';
import { getSetting, ladderSetting } from '../../../lib/db/settings';
import { quietHoursSetting } from '../../../lib/reminders/quiet-hours-setting';
import { readSiteSwitches } from '../../../lib/sites/site-switches';
import { contact, NOW } from '../../domain/builders';
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

function renderSettings() {
  render(<SettingsControls database={db} now={() => NOW} />);
}

describe('the settings section', () => {
  it('saves a ladder without a level, moving its contacts, and undoes it', async () => {
    await seedDatabase(db, { contacts: [contact({ id: 'sue', levelId: 'supporter' })] });
    renderSettings();
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Supporter' }));
    await userEvent.selectOptions(screen.getByLabelText(/1 contact is on “Supporter”/), 'Client');
    await userEvent.click(screen.getByRole('button', { name: 'Save ladder' }));
    await waitFor(async () => expect((await db.contacts.get('sue'))?.levelId).toBe('client'));
    expect((await getSetting(ladderSetting, db)).levels.map((level) => level.id)).not.toContain('supporter');

    await userEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await db.contacts.get('sue'))?.levelId).toBe('supporter'));
    expect(await screen.findByRole('group', { name: /^Supporter/ })).toBeVisible();
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

  it('switches a site off for the overlay', async () => {
    renderSettings();
    await userEvent.click(await screen.findByLabelText('Gmail'));
    await waitFor(async () => expect((await readSiteSwitches()).gmail).toBe(false));
    expect(screen.getByLabelText('Gmail')).not.toBeChecked();
  });
});
