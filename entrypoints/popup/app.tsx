import { useCallback, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { EmptyState } from '../../components/popup/empty-state';
import { EntryActions } from '../../components/popup/entry-actions';
import { PopupChrome } from '../../components/popup/popup-chrome';
import { ReminderList } from '../../components/popup/reminder-list';
import { SharePicker } from '../../components/popup/share-picker';
import { useEntryReturn } from '../../components/popup/use-entry-return';
import { UndoBar } from '../../components/common/undo-bar';
import { db, type RapportDatabase } from '../../lib/db/database';
import type { GestureType } from '../../lib/db/schema';
import type { AskOutcome } from '../../lib/domain/gesture-labels';
import { openSidebarForTab } from '../../lib/messaging/open-sidebar';
import { writeSidebarSubject } from '../../lib/messaging/sidebar-subject';
import { findPageBeingRead, shareability, type PageBeingRead } from '../../lib/popup/active-page';
import { takePopupIntent, type PopupIntent } from '../../lib/popup/intent';
import { openDashboard } from '../../lib/popup/open-dashboard';
import type { QueueSnapshot } from '../../lib/popup/queue-snapshot';
import { closedByDone, markDone, shareWith, snoozeEntry } from '../../lib/popup/popup-actions';
import type { ReminderPerson } from '../../lib/popup/reminder-data';
import { dueLine, listHeadingFor, reminderRows, shownReasons } from '../../lib/popup/reminder-groups';
import { createPopupUiStore, type PopupUiStore, type UndoOffer } from '../../lib/popup/ui-store';
import { articlePage } from '../../lib/sidebar/article-page';
import { undoFailedMessage, undoneMessage } from '../../lib/undo-words';
import { useOpenFollowUps, useReminderPeople, useReminderQueue } from './wiring/use-reminders';
import { useContactSearch, usePagePeople, useShareSuggestions } from './wiring/use-share';

export interface AppProps {
  database?: RapportDatabase;
  now?: () => number;
  /** The last popup's list, when already read (the first paint showed it); undefined: read it here. */
  saved?: QueueSnapshot | null;
}

/**
 * The intent is taken (read and cleared) once per popup: React's development
 * StrictMode runs effects twice, and a second take would find it gone.
 */
const startIntents = new WeakMap<PopupUiStore, Promise<PopupIntent | null>>();
function takeStartIntent(store: PopupUiStore, now: number): Promise<PopupIntent | null> {
  let intent = startIntents.get(store);
  if (!intent) {
    intent = takePopupIntent(now).catch(() => null);
    startIntents.set(store, intent);
  }
  return intent;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function App({ database = db, now = Date.now, saved }: AppProps) {
  const [store] = useState(() => createPopupUiStore());
  const ui = useStore(store);
  const [page, setPage] = useState<PageBeingRead | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [renderedIds, setRenderedIds] = useState<string[]>([]);
  const [query, setQuery] = useState('');

  // Where the popup opens: the share picker when the context menu or the shortcut asked for it.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const intent = await takeStartIntent(store, now());
      if (intent && !cancelled) store.getState().showView('picker');
      const found = await findPageBeingRead(intent).catch(() => null);
      if (!cancelled) setPage(found);
    })();
    return () => {
      cancelled = true;
    };
  }, [store, now]);

  const queue = useReminderQueue(database, now, saved);
  const openId = ui.openContactId;
  const peopleIds = useMemo(
    () => (openId === null || renderedIds.includes(openId) ? renderedIds : [...renderedIds, openId]),
    [renderedIds, openId],
  );
  const ranked = queue?.ok ? queue.value : null;
  const people = useReminderPeople(peopleIds, database, ranked?.savedPeople);
  const rows = useMemo(() => (ranked ? reminderRows(ranked.entries, ranked.at) : []), [ranked]);
  const openEntry = ranked?.entries.find((entry) => entry.contactId === openId) ?? null;
  const openPerson = openId === null ? undefined : people.get(openId);
  const openFollowUps = useOpenFollowUps(openEntry ? openId : null, database);

  const share = page === undefined ? null : shareability(page);
  const sharePage = share?.ok ? { url: share.url, title: share.title } : null;
  const pageTabId = page?.tabId ?? null;
  // Who is on the tab: the picker suggests them, and "Done" records no article from a person's own page.
  const pagePeople = usePagePeople(ui.view === 'picker' || openEntry !== null ? pageTabId : null);
  const suggestions = useShareSuggestions(ui.view === 'picker', sharePage, pagePeople, database, now);
  const search = useContactSearch(query, database);
  const asked = query.trim();

  const run = useCallback(
    async (action: () => Promise<UndoOffer>, after?: () => void) => {
      setBusy(true);
      try {
        store.getState().offerUndo(await action());
        after?.();
      } catch (error) {
        store.getState().setError(`That did not work: ${message(error)}`);
      } finally {
        setBusy(false);
      }
    },
    [store],
  );

  const focusList = useCallback(
    (position?: number) => {
      if (position !== undefined) store.getState().setActivePosition(position);
      setFocusRequest((n) => n + 1);
    },
    [store],
  );
  const closeActions = useCallback(() => {
    store.getState().closeActions();
    focusList();
  }, [store, focusList]);
  const returnToEntry = useEntryReturn(rows, focusList);

  // "Shared an article" records the page the picker would log, unless it is a page of people.
  const article = openEntry ? articlePage(sharePage, pagePeople) : null;
  const onLog = (type: GestureType, outcome?: AskOutcome) => {
    if (!openEntry || !openPerson) return;
    void run(
      () => markDone(openEntry, openPerson.name, type, outcome, article, now(), database),
      closeActions,
    );
  };
  const onSnooze = (until: number, when: string) => {
    if (!openPerson) return;
    void run(
      () => snoozeEntry(openPerson.contactId, openPerson.name, until, when, now(), database),
      closeActions,
    );
  };
  const onOpenSidebar = () => {
    if (pageTabId === null || !openPerson) return;
    // Chrome opens the side panel only in direct response to the click: before any await.
    const opening = openSidebarForTab(pageTabId);
    void writeSidebarSubject(pageTabId, {
      person: { kind: 'contact', contactId: openPerson.contactId },
      focus: 'card',
      at: now(),
    });
    void opening.then((opened) => {
      if (opened) window.close();
      else
        store.getState().setError('Open the sidebar from the browser’s toolbar: it will show this person.');
    });
  };
  const onShare = (person: ReminderPerson) => {
    if (!sharePage) return;
    void run(() => shareWith(person.contactId, person.name, sharePage, now(), database));
  };
  const onUndo = () => {
    const offer = store.getState().undo;
    if (!offer) return;
    store.getState().offerUndo(null);
    if (offer.entry !== undefined) returnToEntry(offer.entry);
    offer.undo().then(
      () => store.getState().setNotice(undoneMessage(offer.message)),
      (error: unknown) => {
        returnToEntry(null);
        store.getState().setError(undoFailedMessage(error));
      },
    );
  };

  const total = ranked?.total ?? 0;

  return (
    <PopupChrome
      listHeading={listHeadingFor(ranked?.total ?? null)}
      view={ui.view}
      onShowView={(view) => store.getState().showView(view)}
      onOpenDashboard={openDashboard}
    >
      {ui.view === 'list' && (
        <div className="popup-body">
          {queue === undefined && <p className="muted">Loading…</p>}
          {ranked?.stale && (
            <p className="muted" role="status">
              Updating…
            </p>
          )}
          {queue?.ok === false && (
            <p className="popup-error" role="alert">
              Rapport could not read your reminders: {queue.error}
            </p>
          )}
          {ranked && ranked.total === 0 && (
            <EmptyState kind={ranked.anyContact ? 'caught-up' : 'new-user'} onOpenDashboard={openDashboard} />
          )}
          {ranked && ranked.total > 0 && (
            <ReminderList
              rows={rows}
              setSize={ranked.total}
              people={people}
              now={ranked.at}
              activePosition={ui.activePosition}
              openContactId={openId}
              focusRequest={focusRequest}
              onActivePositionChange={(position) => store.getState().setActivePosition(position)}
              onOpen={(contactId, position) => {
                store.getState().setActivePosition(position);
                store.getState().openActions(contactId);
              }}
              onRenderedContactsChange={setRenderedIds}
              hidden={openEntry !== null && openPerson !== undefined}
            />
          )}
          {ranked && ranked.total > ranked.entries.length && ranked.entries.length >= 5_000 && (
            <p className="muted">
              Showing the first {ranked.entries.length} of {total}.
            </p>
          )}
          {openEntry && openPerson && ranked && (
            <EntryActions
              person={openPerson}
              lateness={dueLine(openEntry, ranked.at)}
              reasons={shownReasons(openEntry, ranked.at)}
              followUps={openFollowUps}
              closedByGive={(openFollowUps ?? []).filter((followUp) =>
                closedByDone(openEntry, followUp, ranked.at),
              )}
              article={article}
              now={ranked.at}
              mode={ui.actionMode}
              busy={busy}
              error={ui.error}
              canOpenSidebar={pageTabId !== null}
              onModeChange={(mode) => store.getState().setActionMode(mode)}
              onLog={onLog}
              onSnooze={onSnooze}
              onOpenSidebar={onOpenSidebar}
              onClose={closeActions}
            />
          )}
        </div>
      )}
      {ui.view === 'picker' && (
        <div className="popup-body">
          <SharePicker
            page={share}
            suggestions={suggestions}
            query={query}
            results={asked.length >= 2 ? search?.people : undefined}
            searching={asked.length >= 2 && search?.query !== asked}
            busy={busy}
            error={ui.error}
            onQueryChange={setQuery}
            onShare={onShare}
          />
        </div>
      )}
      <UndoBar
        message={ui.undo?.message ?? ui.notice}
        onUndo={ui.undo ? onUndo : undefined}
        onDismiss={() => store.getState().offerUndo(null)}
      />
    </PopupChrome>
  );
}
