import { lazy, Suspense, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { accountPortfolioLoader } from '../../lib/db/account-portfolio';
import { bookKeeper } from '../../lib/db/book-records';
import { chartsLoader } from '../../lib/db/chart-data';
import { contactRowsLoader } from '../../lib/db/contact-rows';
import { db, type RapportDatabase } from '../../lib/db/database';
import { gestureWindowKeeper } from '../../lib/db/gesture-window';
import {
  dashboardViews,
  navViewOf,
  routeHash,
  viewLabels,
  type DashboardRoute,
  type DashboardView,
} from '../../lib/dashboard/routes';
import { useHashRoute } from '../../lib/dashboard/use-hash-route';
import { StatusScope } from '../../lib/sidebar/status-scope';
import { BackupControls } from './backup-controls';
import { ExportControls } from './export-controls';
import { ImportControls } from './import-controls';
import { SettingsControls } from './settings-controls';
import { AccountsView } from './views/accounts-view';
import { ContactPage } from './views/contact-page';
import { ContactsView } from './views/contacts-view';
import { GoalsView } from './views/goals-view';
import { useTakeWayBack, useWayBackEnds } from '../../components/common/return-focus';
import { ViewMemory } from '../../components/common/view-memory';
import { useFocusKeeper } from '../../components/common/use-focus-keeper';

// The charts bring their charting library with them: loaded only when the
// Pictures view is opened, so no other view (and never the popup or the
// sidebar) pays for it.
const ChartsView = lazy(() => import('./views/charts-view'));

export interface AppProps {
  database?: RapportDatabase;
  now?: () => number;
}

export function App(props: AppProps) {
  // Around the whole page, not just the views: the page keeps the way Back returns in it too, and its
  // status lines take turns (status-scope.tsx).
  return (
    <ViewMemory>
      <StatusScope>
        <Dashboard {...props} />
      </StatusScope>
    </ViewMemory>
  );
}

function Dashboard({ database = db, now = Date.now }: AppProps) {
  // Where a contact's page was opened from (Contacts, Accounts, Goals): its Back returns there. Opening
  // a colleague from a contact's page keeps it; an address opened directly goes back to Contacts.
  const [cameFrom, setCameFrom] = useState<DashboardView>('contacts');
  // Leaving a contact's page for the view it was opened from, by its Back, the browser's back or the
  // nav, puts the focus on the control it was opened with (components/common/return-focus.ts).
  const takeWayBack = useTakeWayBack();
  const [route, navigate] = useHashRoute((from, to) => {
    if (from.view === 'contact' && to.view === cameFrom) takeWayBack();
  });
  const openContact = (contactId: string) => {
    if (route.view !== 'contact') setCameFrom(route.view);
    navigate({ view: 'contact', contactId });
  };
  useWayBackEnds(route.view === 'contact' ? null : route.view);
  const current = navViewOf(route);
  // An action that takes its button away must not send the keyboard to the top of the page.
  const page = useRef<HTMLDivElement>(null);
  useFocusKeeper(page);
  // One set for the page's life: the records they keep let each view open again, or follow a write
  // of a few contacts, without reading every contact.
  const loaders = useMemo(() => {
    const book = bookKeeper(database);
    return {
      contacts: contactRowsLoader(database, book),
      accounts: accountPortfolioLoader(database, book),
      charts: chartsLoader(database, book, gestureWindowKeeper(database)),
    };
  }, [database]);

  return (
    <div className="dashboard" ref={page}>
      <header className="dashboard-header">
        <h1>Rapport</h1>
        <nav aria-label="Dashboard">
          <ul className="dashboard-nav">
            {dashboardViews.map((view) => (
              <li key={view}>
                <a href={routeHash({ view })} aria-current={view === current ? 'page' : undefined}>
                  {viewLabels[view]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <ViewRegion route={route}>
        {route.view === 'contacts' && (
          <ContactsView database={database} rows={loaders.contacts} now={now} onOpenContact={openContact} />
        )}
        {route.view === 'contact' && (
          <ContactPage
            database={database}
            now={now}
            contactId={route.contactId}
            backTo={viewLabels[cameFrom]}
            onBack={() => navigate({ view: cameFrom })}
            onOpenContact={openContact}
          />
        )}
        {route.view === 'accounts' && (
          <AccountsView portfolio={loaders.accounts} now={now} onOpenContact={openContact} />
        )}
        {route.view === 'goals' && <GoalsView database={database} now={now} onOpenContact={openContact} />}
        {route.view === 'pictures' && (
          <Suspense fallback={<p role="status">Loading the pictures…</p>}>
            <ChartsView charts={loaders.charts} now={now} />
          </Suspense>
        )}
        {route.view === 'data' && (
          <>
            <ImportControls database={database} now={now} />
            <ExportControls database={database} now={now} />
            <BackupControls database={database} now={now} />
          </>
        )}
        {route.view === 'settings' && <SettingsControls database={database} now={now} />}
      </ViewRegion>
    </div>
  );
}

/**
 * The view's region. When the user moves to another view, focus moves to
 * the region so that keyboard and screen-reader users start reading the new
 * view rather than staying on the link they used. A layout effect: it runs
 * before the view's own effects, which may move the focus on from there
 * (Back to the control a contact was opened with).
 */
function ViewRegion({ route, children }: { route: DashboardRoute; children: ReactNode }) {
  const region = useRef<HTMLElement>(null);
  const shown = routeHash(route);
  const previous = useRef(shown);
  useLayoutEffect(() => {
    if (shown !== previous.current) region.current?.focus();
    previous.current = shown;
  }, [shown]);
  return (
    <main ref={region} tabIndex={-1} className="dashboard-view" aria-label={labelOf(route)}>
      {children}
    </main>
  );
}

const labelOf = (route: DashboardRoute) => (route.view === 'contact' ? 'Contact' : viewLabels[route.view]);
