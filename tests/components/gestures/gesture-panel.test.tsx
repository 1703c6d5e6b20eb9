import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { GesturePanel } from '../../../entrypoints/sidepanel/panels/gesture-panel';
import { contact, day, followUp, NOW } from '../../domain/builders';
import { freshDatabase, readEverything, seedDatabase } from '../../db/test-database';

afterEach(cleanup);

async function setUp() {
  const database = freshDatabase();
  await seedDatabase(database, {
    contacts: [contact({ id: 'ada', name: 'Ada Lovelace', accountId: null })],
    followUps: [followUp('ada', day(-2), { id: 'late', reason: 'Call back' })],
  });
  return database;
}

const page = { url: 'https://news.example/market', title: 'The market in 2025' };

describe('the gesture panel', { timeout: 15_000 }, () => {
  it('logs a give with one click, closing the due follow-up, and undo puts everything back', async () => {
    const database = await setUp();
    const before = await readEverything(database);
    render(
      <GesturePanel contactId="ada" pageForArticle={null} autoFocus={false} now={() => NOW} db={database} />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Sent something of value' }));
    await screen.findByRole('button', { name: 'Undo' });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Logged “Sent something of value”; closed 1 follow-up',
    );
    const gestures = await database.gestures.toArray();
    expect(gestures).toMatchObject([{ contactId: 'ada', type: 'gift', at: NOW }]);
    expect((await database.followUps.get('late'))?.doneAt).toBe(NOW);

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await readEverything(database)).toEqual(before));
    expect(
      await screen.findByText('Undone: Logged “Sent something of value”; closed 1 follow-up'),
    ).toBeInTheDocument();
  });

  it('records the current tab with "Shared an article" and says so before the click', async () => {
    const database = await setUp();
    render(
      <GesturePanel contactId="ada" pageForArticle={page} autoFocus={false} now={() => NOW} db={database} />,
    );
    expect(
      await screen.findByText(/records this tab: The market in 2025 \(news\.example\)/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Shared an article' }));
    await screen.findByRole('button', { name: 'Undo' });
    expect(await database.gestures.toArray()).toMatchObject([
      { type: 'article', title: 'The market in 2025', url: 'https://news.example/market' },
    ]);
  });

  it('logs an article without a link when there is no page to record', async () => {
    const database = await setUp();
    render(
      <GesturePanel contactId="ada" pageForArticle={null} autoFocus={false} now={() => NOW} db={database} />,
    );
    expect(await screen.findByText(/records no link/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Shared an article' }));
    await screen.findByRole('button', { name: 'Undo' });
    const [gesture] = await database.gestures.toArray();
    expect(gesture?.url).toBeUndefined();
    expect(gesture?.title).toBeUndefined();
  });

  it('does not record a browser page as an article', async () => {
    const database = await setUp();
    render(
      <GesturePanel
        contactId="ada"
        pageForArticle={{ url: 'chrome://newtab/', title: 'New Tab' }}
        autoFocus={false}
        now={() => NOW}
        db={database}
      />,
    );
    expect(await screen.findByText(/records no link/)).toBeInTheDocument();
  });

  it('logs an ask with its answer', async () => {
    const database = await setUp();
    render(
      <GesturePanel contactId="ada" pageForArticle={null} autoFocus={false} now={() => NOW} db={database} />,
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Asked for a reference: they said yes' }),
    );
    await screen.findByRole('button', { name: 'Undo' });
    expect(screen.getByRole('status')).toHaveTextContent('Logged “Asked for a reference (they said yes)”');
    expect(await database.gestures.toArray()).toMatchObject([{ type: 'reference-ask', outcome: 'yes' }]);
    expect((await database.followUps.get('late'))?.doneAt).toBeNull();
  });

  it('puts keyboard focus on the first button when opened from "Log a gesture"', async () => {
    const database = await setUp();
    render(<GesturePanel contactId="ada" pageForArticle={null} autoFocus now={() => NOW} db={database} />);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Shared an article' })).toHaveFocus());
    expect(screen.getByRole('heading', { name: 'Log a gesture with Ada Lovelace' })).toBeInTheDocument();
  });

  it('says so when the person is gone and offers nothing to log', async () => {
    const database = await setUp();
    render(
      <GesturePanel
        contactId="ghost"
        pageForArticle={null}
        autoFocus={false}
        now={() => NOW}
        db={database}
      />,
    );
    expect(await screen.findByText(/no longer in Rapport/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Shared an article' })).toBeNull();
  });
});
