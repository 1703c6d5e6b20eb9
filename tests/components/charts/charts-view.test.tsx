import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import ChartsView from '../../../entrypoints/dashboard/views/charts-view';
import { editContact } from '../../../lib/db/contact-edits';
import { createContact } from '../../../lib/db/contacts';
import type { RapportDatabase } from '../../../lib/db/database';
import { chartsLoader } from '../../../lib/db/chart-data';
import { createRecord } from '../../../lib/db/records';
import { day, NOW } from '../../domain/builders';
import { freshDatabase } from '../../db/test-database';

afterEach(cleanup);

const now = () => NOW;

const renderView = (database: RapportDatabase) =>
  render(<ChartsView charts={chartsLoader(database)} now={now} chartSize={{ width: 500 }} />);

describe('the pictures view', () => {
  it('shows every chart with an empty state on an empty database', async () => {
    renderView(freshDatabase());
    expect(screen.getByRole('heading', { level: 2, name: 'Pictures' })).toBeInTheDocument();
    expect(await screen.findByText(/^No accounts yet\./)).toBeInTheDocument();
    expect(screen.getAllByRole('figure').map((figure) => figure.getAttribute('aria-label'))).toEqual([
      'Where the value is',
      'The ladder',
      'Who is due',
      'Gives and asks',
    ]);
  });

  it('redraws when the data changes', async () => {
    const database = freshDatabase();
    renderView(database);
    await screen.findByText(/^No accounts yet\./);

    const acme = await createRecord(
      'accounts',
      { name: 'Acme', domains: [], revenue: 1000, potential: 0 },
      day(-30),
      database,
    );
    await createRecord(
      'accounts',
      { name: 'Borealis', domains: [], revenue: 10, potential: 0 },
      day(-30),
      database,
    );
    const ada = await createContact(
      { name: 'Ada', levelId: 'prospect', accountId: acme.id },
      day(-30),
      database,
    );
    await editContact(ada.id, { levelId: 'customer' }, day(-2), database);

    // 1,000 of 1,010.
    expect(await screen.findByText('1 of 2 accounts make 99% of the value.')).toBeInTheDocument();
    expect(
      await screen.findByText('1 contact on 5 levels; 1 promotion and 0 demotions in the last 90 days.'),
    ).toBeInTheDocument();
  });

  it('opened again, shows the last visit’s pictures at once, then what changed since', async () => {
    const database = freshDatabase();
    await createRecord(
      'accounts',
      { name: 'Acme', domains: [], revenue: 1000, potential: 0 },
      day(-30),
      database,
    );
    const charts = chartsLoader(database);
    const view = () => <ChartsView charts={charts} now={now} chartSize={{ width: 500 }} />;
    render(view());
    await screen.findByText('1 of 1 account makes 100% of the value.');
    cleanup();
    await createRecord(
      'accounts',
      { name: 'Borealis', domains: [], revenue: 10, potential: 0 },
      day(-30),
      database,
    );
    render(view());
    // Before any read of this visit has answered.
    expect(screen.getByText('1 of 1 account makes 100% of the value.')).toBeInTheDocument();
    expect(await screen.findByText('1 of 2 accounts make 99% of the value.')).toBeInTheDocument();
  });
});
