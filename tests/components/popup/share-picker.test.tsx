import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { StrictMode } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/popup/app';
import type { PagePerson } from '../../../lib/messaging/page-people';
import type * as ContactSearch from '../../../lib/popup/contact-search';
import { searchPeople } from '../../../lib/popup/contact-search';
import { writePopupIntent } from '../../../lib/popup/intent';
import { freshDatabase } from '../../db/test-database';
import { account, contact, day, followUp, gesture, NOW } from '../../domain/builders';
import {
  ARTICLE,
  entryNames,
  layOutViewport,
  listReady,
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

// The real search, watched: which query each search was for, and whether it was told to stop.
vi.mock('../../../lib/popup/contact-search', async (importOriginal) => {
  const original = await importOriginal<typeof ContactSearch>();
  return { ...original, searchPeople: vi.fn(original.searchPeople) };
});

afterEach(cleanup);
beforeEach(() => {
  watched.length = 0;
  resetEnvironment();
  layOutViewport();
});
afterEach(resetEnvironment);

function people() {
  return {
    accounts: [account({ id: 'bank', name: 'Northbank', industry: 'Retail banking' })],
    contacts: [
      contact({ id: 'pia', name: 'Pia Page', accountId: null, linkedinSlugs: ['pia-page'] }),
      contact({ id: 'kim', name: 'Kim Kube', accountId: 'bank', interests: ['Kubernetes security'] }),
      contact({ id: 'rae', name: 'Rae Recent', accountId: null }),
      contact({ id: 'sam', name: 'Sam Else', accountId: null, emails: ['sam@else.org'] }),
    ],
    gestures: [gesture('rae', 'thanks', day(-2)), gesture('sam', 'thanks', day(-40))],
    followUps: [followUp('kim', day(-1), { id: 'f-kim' })],
  };
}

async function openPicker() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Shared this with…' }));
  return user;
}

const section = (name: string) =>
  within(screen.getByRole('heading', { name, level: 3 }).closest('.share-section') as HTMLElement);

describe('Shared this with…', () => {
  it('shows the page and suggests people on it, people interested in it (with what matched), and the recently contacted', async () => {
    pageTab();
    await renderPopup(people());
    await openPicker();
    expect(screen.getByText(ARTICLE.title)).toBeInTheDocument();
    expect(screen.getByText(ARTICLE.url)).toBeInTheDocument();
    await waitFor(() => expect(watched.map((w) => w.tabId)).toContain(PAGE_TAB_ID));
    watched.at(-1)!.listener([
      { identity: { kind: 'linkedin', value: 'pia-page' }, name: 'Pia Page', contactId: 'pia' },
      { identity: { kind: 'linkedin', value: 'stranger' }, name: 'A Stranger', contactId: null },
    ]);
    await waitFor(() =>
      expect(
        section('On this page').getByRole('button', { name: 'Log as shared with Pia Page' }),
      ).toBeVisible(),
    );
    expect(screen.queryByText('A Stranger')).not.toBeInTheDocument();
    const interested = section('Interested in this');
    expect(interested.getByRole('button', { name: 'Log as shared with Kim Kube' })).toBeInTheDocument();
    expect(interested.getByText(/matches Kubernetes security/)).toBeInTheDocument();
    const recent = section('Recently contacted');
    expect(recent.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Log as shared with Rae Recent',
      'Log as shared with Sam Else',
    ]);
  });

  it('logs the article for a suggested person with one click, resetting their clock, with undo right there', async () => {
    pageTab();
    const database = await renderPopup(people());
    const user = await openPicker();
    const kim = await screen.findByRole('button', { name: 'Log as shared with Kim Kube' });
    await user.click(kim);
    expect(await screen.findByText(`Logged “${ARTICLE.title}” as shared with Kim Kube.`)).toBeInTheDocument();
    const logged = await database.gestures.where('contactId').equals('kim').toArray();
    expect(logged).toMatchObject([{ type: 'article', title: ARTICLE.title, url: ARTICLE.url, at: NOW }]);
    expect((await database.followUps.get('f-kim'))?.doneAt).toBe(NOW);

    // Kim leaves the reminder list once it has re-ranked after the write.
    await user.click(screen.getByRole('button', { name: /^Needs attention/ }));
    await listReady();
    await waitFor(async () => expect(await entryNames()).not.toContain('Kim Kube'));

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await entryNames()).toContain('Kim Kube'));
    expect(await database.gestures.where('contactId').equals('kim').count()).toBe(0);
  });

  it('finds anyone else by name, email or account, and logs for them', async () => {
    pageTab();
    const database = await renderPopup(people());
    const user = await openPicker();
    const search = screen.getByLabelText('Search anyone else (name, email or account)');
    await user.type(search, 'sam@');
    const results = await screen.findByRole('list', { name: 'Search results' });
    await user.click(within(results).getByRole('button', { name: 'Log as shared with Sam Else' }));
    await screen.findByText(`Logged “${ARTICLE.title}” as shared with Sam Else.`);
    expect(await database.gestures.where('contactId').equals('sam').count()).toBe(2);

    await user.clear(search);
    await user.type(search, 'northb');
    expect(
      await within(await screen.findByRole('list', { name: 'Search results' })).findByRole('button', {
        name: 'Log as shared with Kim Kube',
      }),
    ).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'zzz');
    expect(await screen.findByText('No one matches “zzz”.')).toBeInTheDocument();
  });

  it('stops the search for what was typed before once more is typed', async () => {
    pageTab();
    await renderPopup(people());
    const user = await openPicker();
    const search = screen.getByLabelText('Search anyone else (name, email or account)');
    await user.type(search, 'zz');
    expect(await screen.findByText('No one matches “zz”.')).toBeInTheDocument();
    await user.type(search, 'q');
    expect(await screen.findByText('No one matches “zzq”.')).toBeInTheDocument();
    const signals = (query: string) =>
      vi
        .mocked(searchPeople)
        .mock.calls.filter(([asked]) => asked === query)
        .map(([, , signal]) => signal?.aborted);
    expect(signals('zz')).toContain(true);
    expect(signals('zzq').length).toBeGreaterThan(0);
    expect(signals('zzq')).not.toContain(true);
  });

  it('says it is searching until the answer for what was typed is in, the earlier answer still shown', async () => {
    pageTab();
    await renderPopup(people());
    const user = await openPicker();
    const search = screen.getByLabelText('Search anyone else (name, email or account)');
    const real = vi.mocked(searchPeople).getMockImplementation()!;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    vi.mocked(searchPeople).mockImplementation(async (query, ...rest) => {
      if (query === 'kim ku') await held;
      return real(query, ...rest);
    });
    try {
      await user.type(search, 'kim');
      const results = await screen.findByRole('list', { name: 'Search results' });
      expect(within(results).getByText('Kim Kube')).toBeInTheDocument();
      await user.type(search, ' ku');
      expect(await screen.findByText('Searching…')).toBeInTheDocument();
      expect(within(results).getByText('Kim Kube')).toBeInTheDocument();
      release();
      await waitFor(() => expect(screen.queryByText('Searching…')).not.toBeInTheDocument());
      expect(
        within(screen.getByRole('list', { name: 'Search results' })).getByText('Kim Kube'),
      ).toBeInTheDocument();
    } finally {
      vi.mocked(searchPeople).mockImplementation(real);
    }
  });

  it.each([
    ['chrome://settings/', 'This is a browser page, not an article'],
    ['about:blank', 'This is a browser page, not an article'],
  ])('says clearly that %s cannot be shared', async (url, words) => {
    pageTab({ url, title: 'Settings' });
    await renderPopup(people());
    await openPicker();
    expect(await screen.findByText(new RegExp(words))).toBeInTheDocument();
    expect(screen.queryByLabelText(/Search anyone else/)).not.toBeInTheDocument();
  });

  it('says so when the browser does not show Rapport the tab’s address', async () => {
    pageTab({ title: undefined, url: undefined });
    await renderPopup(people());
    await openPicker();
    expect(await screen.findByText(/Rapport cannot see this tab’s address/)).toBeInTheDocument();
  });

  it('opens straight on the picker for the page the context menu named', async () => {
    pageTab({ url: 'https://elsewhere.example/', title: 'Elsewhere' });
    const page = { url: 'https://blog.example.com/post', title: 'A post about Kubernetes security' };
    await writePopupIntent({ kind: 'share', page, at: NOW - 1_000 });
    await renderPopup(people());
    expect(await screen.findByText(page.title)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Shared this with…' })).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByRole('button', { name: 'Log as shared with Kim Kube' })).toBeInTheDocument();
  });
});

describe('opening on the picker under React’s StrictMode (effects run twice in development)', () => {
  it('still opens on the page the context menu named', async () => {
    pageTab({ url: 'https://elsewhere.example/', title: 'Elsewhere' });
    const page = { url: 'https://blog.example.com/strict', title: 'Strict post' };
    await writePopupIntent({ kind: 'share', page, at: NOW - 1_000 });
    render(
      <StrictMode>
        <App database={freshDatabase()} now={() => NOW} />
      </StrictMode>,
    );
    expect(await screen.findByText(page.title)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Shared this with…' })).toHaveAttribute('aria-pressed', 'true');
  });
});
