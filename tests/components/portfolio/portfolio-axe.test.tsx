import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountsView } from '../../../entrypoints/dashboard/views/accounts-view';
import { accountPortfolioLoader } from '../../../lib/db/account-portfolio';
import { ContactPage } from '../../../entrypoints/dashboard/views/contact-page';
import { GoalsView } from '../../../entrypoints/dashboard/views/goals-view';
import { day, goal, NOW } from '../../domain/builders';
import { seedDatabase } from '../../db/test-database';
import { seedAcme } from '../sidebar/fixtures';

afterEach(cleanup);

async function seriousViolations(): Promise<string[]> {
  const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// Structure and names only; contrast needs a real browser.
describe('the accounts, contact and goals views', { timeout: 30_000 }, () => {
  it('have no serious or critical accessibility violations', async () => {
    const database = await seedAcme();
    await seedDatabase(database, {
      goals: [
        goal({
          contactId: 'dana',
          title: 'A reference',
          evidence: [{ id: 'e1', text: 'Took a call', met: false }],
          steps: [{ id: 's1', text: 'Ask', dueAt: day(-3), doneAt: null }],
        }),
      ],
    });
    const open = () => {};

    const accounts = render(
      <main>
        <h1>Rapport</h1>
        <AccountsView portfolio={accountPortfolioLoader(database)} now={() => NOW} onOpenContact={open} />
      </main>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Acme' }));
    expect(await seriousViolations()).toEqual([]);
    accounts.unmount();

    const goals = render(
      <main>
        <h1>Rapport</h1>
        <GoalsView database={database} now={() => NOW} onOpenContact={open} />
      </main>,
    );
    await screen.findByRole('article', { name: 'A reference' });
    expect(await seriousViolations()).toEqual([]);
    goals.unmount();

    render(
      <main>
        <h1>Rapport</h1>
        <ContactPage database={database} now={() => NOW} contactId="dana" backTo="Contacts" onBack={open} />
      </main>,
    );
    await screen.findByRole('heading', { level: 2, name: 'Dana Diaz' });
    expect(await seriousViolations()).toEqual([]);
  });
});
