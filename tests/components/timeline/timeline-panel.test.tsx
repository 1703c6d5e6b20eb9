import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TimelinePanel } from '../../../entrypoints/sidepanel/panels/timeline-panel';
import { logTouch } from '../../../lib/db/touch';
import { account, contact, day, deal, gesture, NOW } from '../../domain/builders';
import { freshDatabase, readEverything, seedDatabase } from '../../db/test-database';

afterEach(cleanup);

async function setUp(withHistory = true) {
  const database = freshDatabase();
  await seedDatabase(database, {
    accounts: [account({ id: 'acme', name: 'Acme' })],
    contacts: [contact({ id: 'ada', name: 'Ada', accountId: 'acme' })],
    gestures: withHistory
      ? [
          gesture('ada', 'article', day(-1), {
            id: 'g-article',
            title: 'Market report',
            url: 'https://n.example/r',
          }),
          gesture('ada', 'referral-ask', day(-10), { id: 'g-ask', outcome: 'pending' }),
          gesture('ada', 'reference-ask', day(-11), { id: 'g-ask2', outcome: 'no' }),
        ]
      : [],
    notes: withHistory
      ? [
          {
            id: 'n1',
            contactId: 'ada',
            accountId: null,
            text: 'Prefers calls',
            at: day(-5),
            createdAt: 1,
            updatedAt: 1,
          },
        ]
      : [],
    deals: withHistory
      ? [deal({ id: 'd1', accountId: 'acme', contactId: null, closedAt: day(-30), amount: 5000 })]
      : [],
  });
  return database;
}

function renderPanel(database: Awaited<ReturnType<typeof setUp>>) {
  render(<TimelinePanel contactId="ada" now={() => NOW} db={database} />);
}

describe('the timeline panel', { timeout: 15_000 }, () => {
  it('lists gestures, notes and deals newest first with the give/ask balance', async () => {
    const database = await setUp();
    renderPanel(database);
    const items = await screen.findAllByRole('listitem');
    expect(
      items.map(
        (item) =>
          within(item).getByText(/^(Shared an article|Note|Asked for a referral|Asked for a reference|Deal)$/)
            .textContent,
      ),
    ).toEqual(['Shared an article', 'Note', 'Asked for a referral', 'Asked for a reference', 'Deal']);
    expect(screen.getByRole('link', { name: 'Market report' })).toHaveAttribute(
      'href',
      'https://n.example/r',
    );
    expect(items[4]).toHaveTextContent('Attributed to Acme, not to one person');
    expect(screen.getByText(/Last 90 days: 1 give, 2 asks/)).toHaveTextContent(
      'Asking more than giving: 2 asks but only 1 give in the last 90 days',
    );
  });

  it('deletes a gesture and undo brings it back exactly', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    renderPanel(database);
    await userEvent.click(await screen.findByRole('button', { name: /^Delete Shared an article of / }));
    await waitFor(async () => expect(await database.gestures.get('g-article')).toBeUndefined());
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Market report' })).toBeNull());
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “Shared an article”');
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: 'Market report' })).toBeInTheDocument();
    expect(await readEverything(database)).toEqual(before);
  });

  it('deletes a note with undo', async () => {
    const database = await setUp();
    renderPanel(database);
    await userEvent.click(await screen.findByRole('button', { name: /^Delete Note of / }));
    await waitFor(() => expect(screen.queryByText('Prefers calls')).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Prefers calls')).toBeInTheDocument();
  });

  it("records the answer to a pending ask, with undo; a deal can't be deleted here", async () => {
    const database = await setUp();
    renderPanel(database);
    await userEvent.click(
      await screen.findByRole('button', { name: /^Asked for a referral of .*: they said yes$/ }),
    );
    await waitFor(async () => expect((await database.gestures.get('g-ask'))?.outcome).toBe('yes'));
    expect(await screen.findByText('Answer: they said yes')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await database.gestures.get('g-ask'))?.outcome).toBe('pending'));
    expect(screen.queryByRole('button', { name: /^Delete Deal/ })).toBeNull();
  });

  it('tells a new user what to do, and updates live when a gesture is logged elsewhere', async () => {
    const database = await setUp(false);
    renderPanel(database);
    expect(await screen.findByText(/Nothing with Ada yet/)).toBeInTheDocument();
    await logTouch({ contactId: 'ada', type: 'thanks' }, NOW, database);
    expect(await screen.findByText('Thanked / remembered an occasion')).toBeInTheDocument();
    expect(screen.queryByText(/Nothing with Ada yet/)).toBeNull();
  });
});
