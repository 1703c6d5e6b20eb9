/**
 * The sidebar: follows the tab the user is looking at and shows the person
 * there (see lib/sidebar/target.ts for how it decides whom), a picker when
 * the page shows several people, and search when it shows nobody.
 *
 * Which tab: the active tab of the sidebar's window; with `?tab=<id>` in the
 * page URL, that tab (lib/sidebar/active-tab.ts).
 */
import { useRef, useState, type ReactNode } from 'react';
import { useFocusKeeper } from '../../components/common/use-focus-keeper';
import { ContactSearch } from '../../components/sidebar/contact-search';
import { PersonPicker } from '../../components/sidebar/person-picker';
import { UndoBar } from '../../components/common/undo-bar';
import { db, type RapportDatabase } from '../../lib/db/database';
import { watchPagePeople } from '../../lib/messaging/page-people';
import type { SidebarFocus } from '../../lib/messaging/sidebar-subject';
import { articlePage } from '../../lib/sidebar/article-page';
import { StatusScope } from '../../lib/sidebar/status-scope';
import type { SidebarTarget } from '../../lib/sidebar/target';
import { useContactSearch } from '../../lib/sidebar/use-contact-search';
import { useFollowedTab } from '../../lib/sidebar/use-followed-tab';
import { useSidebarTarget, type WatchPagePeople } from '../../lib/sidebar/use-sidebar-target';
import { useUndo } from '../../lib/sidebar/use-undo';
import { ContactDetails } from './contact-details';
import { IdentityView } from './identity-view';

const SEARCH_LIMIT = 20;

export interface AppProps {
  /** The tab to follow instead of the active one (`?tab=<id>`). */
  pinnedTab: number | null;
  watchPeople?: WatchPagePeople;
  database?: RapportDatabase;
  clock?: () => number;
}

export function App(props: AppProps) {
  // Around the whole sidebar: the card's status line and its panels' take turns (status-scope.tsx).
  return (
    <StatusScope>
      <Sidebar {...props} />
    </StatusScope>
  );
}

function Sidebar({ pinnedTab, watchPeople = watchPagePeople, database = db, clock = Date.now }: AppProps) {
  // A long page of panels: an action that takes its button away must not send the keyboard to the top.
  const page = useRef<HTMLDivElement>(null);
  useFocusKeeper(page);
  const tab = useFollowedTab(pinnedTab);
  const { target, choose, people } = useSidebarTarget(tab, watchPeople);
  const undo = useUndo();
  const [searching, setSearching] = useState(false);
  const [query, setQuery] = useState('');
  const found = useContactSearch(query, SEARCH_LIMIT, database);

  const showContact = (contactId: string) => {
    choose({ kind: 'contact', contactId });
    setSearching(false);
    setQuery('');
  };

  const renderContact = (contactId: string, focus: SidebarFocus): ReactNode => (
    <ContactDetails
      key={contactId}
      contactId={contactId}
      notify={undo.notify}
      onShowContact={showContact}
      database={database}
      clock={clock}
      pageForArticle={articlePage(tab ?? null, people)}
      autoFocusLog={focus === 'log'}
    />
  );

  const search = (intro?: string) => (
    <ContactSearch
      query={query}
      onQueryChange={setQuery}
      hits={found.hits}
      searching={found.searching}
      limit={SEARCH_LIMIT}
      onPick={showContact}
      {...(intro === undefined ? {} : { intro })}
    />
  );

  const body = (shown: SidebarTarget): ReactNode => {
    switch (shown.kind) {
      case 'waiting':
        return (
          <p className="muted" role="status">
            Looking at the page…
          </p>
        );
      case 'search':
        return search();
      case 'picker':
        return <PersonPicker people={shown.people} onPick={(person) => choose({ kind: 'person', person })} />;
      case 'contact':
        return (
          <>
            {shown.carried ? (
              <p className="muted" role="status">
                This page shows nobody you keep in Rapport, so the person you were looking at stays here.
              </p>
            ) : null}
            {renderContact(shown.contactId, shown.focus)}
          </>
        );
      case 'identity':
        return (
          <IdentityView
            key={`${shown.identity.kind}:${shown.identity.value}`}
            identity={shown.identity}
            name={shown.name}
            notify={undo.notify}
            renderContact={(contactId) => renderContact(contactId, shown.focus)}
            database={database}
            clock={clock}
          />
        );
    }
  };

  const showingPerson = target.kind === 'contact' || target.kind === 'identity';
  const manyOnPage = (people?.length ?? 0) > 1;

  return (
    <div className="sidepanel sidebar-look" ref={page}>
      <header className="topbar">
        <h1>Rapport</h1>
        <nav aria-label="Sidebar">
          {showingPerson && manyOnPage ? (
            <button type="button" className="secondary small" onClick={() => choose(null)}>
              People on this page
            </button>
          ) : null}
          {target.kind !== 'search' ? (
            <button
              type="button"
              className="secondary small"
              aria-expanded={searching}
              onClick={() => setSearching(!searching)}
            >
              Search
            </button>
          ) : null}
        </nav>
      </header>
      <UndoBar message={undo.message} onUndo={undo.undo} onDismiss={undo.dismiss} />
      <main>
        {searching && target.kind !== 'search' ? search('Find someone else you keep in Rapport.') : null}
        {body(target)}
      </main>
    </div>
  );
}
