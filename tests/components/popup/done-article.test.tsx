import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RapportDatabase } from '../../../lib/db/database';
import type { PagePerson } from '../../../lib/messaging/page-people';
import { contact, day, followUp, gesture } from '../../domain/builders';
import {
  ARTICLE,
  layOutViewport,
  listReady,
  needsAttention,
  PAGE_TAB_ID,
  pageTab,
  renderPopup,
  resetEnvironment,
} from './popup-test-kit';

const watched: { tabId: number; listener: (people: PagePerson[]) => void }[] = [];
vi.mock('../../../lib/messaging/page-people', () => ({
  watchPagePeople: (tabId: number, listener: (people: PagePerson[]) => void) => {
    watched.push({ tabId, listener });
    return () => {};
  },
}));

afterEach(cleanup);
beforeEach(() => {
  watched.length = 0;
  resetEnvironment();
  layOutViewport();
});
afterEach(resetEnvironment);

const OLGA_PROFILE = 'https://www.linkedin.com/in/olga-o/';

function olgaDue() {
  return {
    contacts: [contact({ id: 'olga', name: 'Olga Overdue', accountId: null, linkedinSlugs: ['olga-o'] })],
    gestures: [gesture('olga', 'thanks', day(-40))],
    followUps: [followUp('olga', day(-3), { id: 'f-olga' })],
  };
}

async function openDone() {
  const user = userEvent.setup();
  await listReady(1);
  await user.click(within(needsAttention()).getByRole('button', { name: /Olga Overdue/ }));
  await user.click(screen.getByRole('button', { name: 'Done: log a gesture' }));
  // One way back to the entry's actions, named apart from the panel's "Back to the list".
  expect(screen.getByRole('button', { name: 'Back to actions' })).toBeInTheDocument();
  return user;
}

async function articlesLogged(database: RapportDatabase) {
  const gestures = await database.gestures.where('contactId').equals('olga').toArray();
  return gestures.filter((logged) => logged.type === 'article');
}

describe('Done: “Shared an article” in the popup', () => {
  it('records the article open in the tab, and says so', async () => {
    pageTab();
    const database = await renderPopup(olgaDue());
    const user = await openDone();
    // Said before the click, as the sidebar says it.
    expect(
      await screen.findByText(
        `“Shared an article” records this tab: ${ARTICLE.title} (${new URL(ARTICLE.url).hostname})`,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Shared an article' }));
    expect(
      await screen.findByText(`Logged “${ARTICLE.title}” as shared with Olga Overdue.`),
    ).toBeInTheDocument();
    expect(await articlesLogged(database)).toMatchObject([{ title: ARTICLE.title, url: ARTICLE.url }]);
  });

  it.each([
    ['a browser page', 'chrome://settings/'],
    ['an address Rapport cannot see', undefined],
  ])('records no page when the tab is %s', async (_, url) => {
    pageTab({ url, title: 'Settings' });
    const database = await renderPopup(olgaDue());
    const user = await openDone();
    expect(screen.getByText(/“Shared an article” records no link/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Shared an article' }));
    expect(await screen.findByText('Logged “Shared an article” for Olga Overdue.')).toBeInTheDocument();
    const [logged] = await articlesLogged(database);
    expect(logged).not.toHaveProperty('url');
    expect(logged).not.toHaveProperty('title');
  });

  it.each([
    ['the person’s own LinkedIn profile', OLGA_PROFILE, { kind: 'linkedin', value: 'olga-o' }, 'olga'],
    [
      'someone else’s profile',
      'https://www.linkedin.com/in/bo-b/',
      { kind: 'linkedin', value: 'bo-b' },
      null,
    ],
  ] as const)('records no page when the tab is %s', async (_, url, identity, contactId) => {
    pageTab({ url, title: 'A profile | LinkedIn' });
    const database = await renderPopup(olgaDue());
    const user = await openDone();
    await waitFor(() => expect(watched.map((w) => w.tabId)).toContain(PAGE_TAB_ID));
    act(() => watched.at(-1)!.listener([{ identity, name: 'Someone', contactId }]));
    await screen.findByText(/“Shared an article” records no link/);
    await user.click(screen.getByRole('button', { name: 'Shared an article' }));
    expect(await screen.findByText('Logged “Shared an article” for Olga Overdue.')).toBeInTheDocument();
    const [logged] = await articlesLogged(database);
    expect(logged).not.toHaveProperty('url');
  });
});
