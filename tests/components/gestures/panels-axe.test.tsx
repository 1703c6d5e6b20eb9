import { cleanup, render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { FollowUpPanel } from '../../../entrypoints/sidepanel/panels/follow-up-panel';
import { GesturePanel } from '../../../entrypoints/sidepanel/panels/gesture-panel';
import { GoalsPanel } from '../../../entrypoints/sidepanel/panels/goals-panel';
import { NotesPanel } from '../../../entrypoints/sidepanel/panels/notes-panel';
import { TimelinePanel } from '../../../entrypoints/sidepanel/panels/timeline-panel';
import { account, contact, day, followUp, gesture, goal, NOW } from '../../domain/builders';
import { freshDatabase, seedDatabase } from '../../db/test-database';

afterEach(cleanup);

describe('the relationship panels', { timeout: 20_000 }, () => {
  it('have no serious or critical accessibility violations (structure and names; contrast needs a real browser)', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      accounts: [account({ id: 'acme', name: 'Acme' })],
      contacts: [contact({ id: 'ada', name: 'Ada', accountId: 'acme' })],
      gestures: [
        gesture('ada', 'article', day(-2), { title: 'Report', url: 'https://n.example/r' }),
        gesture('ada', 'referral-ask', day(-1), { outcome: 'pending' }),
      ],
      followUps: [followUp('ada', day(2), { reason: 'Send the deck' })],
      goals: [
        goal({
          contactId: 'ada',
          title: 'A reference',
          evidence: [{ id: 'e1', text: 'Took a call', met: false }],
          steps: [{ id: 's1', text: 'Ask', dueAt: day(3), doneAt: null }],
        }),
      ],
    });
    const props = { contactId: 'ada', now: () => NOW, db: database };
    render(
      <main>
        <h1>Ada</h1>
        <GesturePanel
          {...props}
          pageForArticle={{ url: 'https://n.example/a', title: 'A' }}
          autoFocus={false}
        />
        <FollowUpPanel {...props} />
        <GoalsPanel {...props} accountId="acme" />
        <TimelinePanel {...props} />
        <NotesPanel {...props} />
      </main>,
    );
    await screen.findByRole('article', { name: 'A reference' });
    await screen.findByRole('link', { name: 'Report' });
    await screen.findByRole('button', { name: 'Mark done: Send the deck' });
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
