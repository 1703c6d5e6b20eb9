import { describe, expect, it, vi } from 'vitest';
import { chartsLoader } from '../../lib/db/chart-data';
import { editContact } from '../../lib/db/contact-edits';
import { createContact } from '../../lib/db/contacts';
import { createRecord } from '../../lib/db/records';
import { logTouch } from '../../lib/db/touch';
import { day, NOW } from '../domain/builders';
import { freshDatabase } from './test-database';

describe('the pictures read from the database', () => {
  it('rank the accounts, count the ladder with its recorded moves, the due states and the gestures', async () => {
    const database = freshDatabase();
    const big = await createRecord(
      'accounts',
      { name: 'Big', domains: [], revenue: 900, potential: 0 },
      day(-200),
      database,
    );
    await createRecord(
      'accounts',
      { name: 'Small', domains: [], revenue: 100, potential: 0 },
      day(-200),
      database,
    );
    const ada = await createContact(
      { name: 'Ada', levelId: 'prospect', accountId: big.id },
      day(-200),
      database,
    );
    const ben = await createContact(
      { name: 'Ben', levelId: 'client', accountId: big.id },
      day(-200),
      database,
    );
    await createContact(
      { name: 'Cy', levelId: 'prospect', accountId: null, left: true },
      day(-200),
      database,
    );
    // Moves: Ada up twice (one long ago), Ben down.
    await editContact(ada.id, { levelId: 'customer' }, day(-120), database);
    await editContact(ada.id, { levelId: 'client' }, day(-10), database);
    await editContact(ben.id, { levelId: 'customer' }, day(-5), database);
    await createRecord('gestures', { contactId: ada.id, type: 'article', at: day(-1) }, day(-1), database);
    await createRecord(
      'gestures',
      { contactId: ben.id, type: 'reference-ask', at: day(-2) },
      day(-2),
      database,
    );
    await createRecord('gestures', { contactId: ben.id, type: 'gift', at: day(-100) }, day(-100), database);

    const data = await chartsLoader(database).load(NOW);

    expect(data.pareto.bars.map((bar) => [bar.name, bar.value, bar.topTierAccounts])).toEqual([
      ['Big', 900, 1],
      ['Small', 100, 0],
    ]);
    expect(data.pareto.cutIndex).toBe(0);

    const funnel = Object.fromEntries(data.funnel.map((step) => [step.levelId, step]));
    expect(funnel.prospect).toMatchObject({ count: 1, promotedIn: 0, demotedOut: 0 });
    expect(funnel.customer).toMatchObject({ count: 1, promotedIn: 0, demotedOut: 0 });
    expect(funnel.client).toMatchObject({ count: 1, promotedIn: 1, demotedOut: 1 });

    // Ada gave yesterday (not due for a while); Ben's last give was 100 days ago: overdue. Cy has left.
    expect(data.due).toEqual({ overdue: 1, today: 0, week: 0, later: 1, none: 1 });

    expect(data.weeks).toHaveLength(12);
    expect(data.weeks.reduce((sum, week) => sum + week.gives, 0)).toBe(1);
    expect(data.weeks.reduce((sum, week) => sum + week.asks, 0)).toBe(1);
  });

  it('count the due states again after a give without reading every contact', async () => {
    const database = freshDatabase();
    const ada = await createContact(
      { name: 'Ada', levelId: 'prospect', accountId: null },
      day(-200),
      database,
    );
    await createContact({ name: 'Ben', levelId: 'prospect', accountId: null }, day(-200), database);
    const loader = chartsLoader(database);
    expect((await loader.load(NOW)).due).toMatchObject({ overdue: 2, later: 0 });

    await logTouch({ contactId: ada.id, type: 'article' }, NOW, database);
    const wholeReads = vi.spyOn(database.contacts, 'toArray');
    expect((await loader.load(NOW + 60_000)).due).toMatchObject({ overdue: 1, later: 1 });
    expect(wholeReads).not.toHaveBeenCalled();
  });
});
