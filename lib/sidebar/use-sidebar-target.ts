/**
 * Wires the followed tab, the stored badge-click subject and the page's
 * people into what the sidebar shows (target.ts). A choice made in the
 * sidebar (picker, search) holds until the tab changes page or a badge is
 * clicked again.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PagePerson } from '../messaging/page-people';
import type { SidebarSubject } from '../messaging/sidebar-subject';
import type { FollowedTab } from './active-tab';
import { resolveTarget, type SidebarChoice, type SidebarTarget } from './target';
import { watchSidebarSubject } from './watch-subject';

export type WatchPagePeople = (tabId: number, listener: (people: PagePerson[]) => void) => () => void;

interface PerTab<T> {
  tabId: number;
  value: T;
}

export interface SidebarTargetState {
  target: SidebarTarget;
  /** Show this contact or page person instead (picker, search); null goes back to the page's own. */
  choose(choice: SidebarChoice | null): void;
  /** The people on the page, for "back to the page's people"; null until known. */
  people: PagePerson[] | null;
}

export function useSidebarTarget(
  tab: FollowedTab | null | undefined,
  watchPeople: WatchPagePeople,
): SidebarTargetState {
  const tabId = tab?.id ?? null;
  const [subject, setSubject] = useState<PerTab<SidebarSubject | null> | null>(null);
  const [people, setPeople] = useState<PerTab<PagePerson[]> | null>(null);
  const [choice, setChoice] = useState<{
    tabId: number;
    url: string | null;
    since: number;
    choice: SidebarChoice;
  } | null>(null);

  useEffect(() => {
    if (tabId === null) return undefined;
    return watchSidebarSubject(tabId, (value) => setSubject({ tabId, value }));
  }, [tabId]);
  useEffect(() => {
    if (tabId === null) return undefined;
    return watchPeople(tabId, (value) => setPeople({ tabId, value }));
  }, [tabId, watchPeople]);

  /** The contact shown last, carried onto a page that shows nobody (target.ts). */
  const [previous, setPrevious] = useState<string | null>(null);

  const currentSubject = subject !== null && subject.tabId === tabId ? subject.value : null;
  const currentPeople = people !== null && people.tabId === tabId ? people.value : null;
  // A choice is for the page it was made on, and gives way to a later badge click.
  const currentChoice =
    choice !== null &&
    choice.tabId === tabId &&
    choice.url === (tab?.url ?? null) &&
    (currentSubject === null || currentSubject.at < choice.since)
      ? choice.choice
      : null;

  const target = useMemo<SidebarTarget>(() => {
    if (tab === undefined) return { kind: 'waiting' };
    if (tab === null) return { kind: 'search' };
    return resolveTarget({
      subject: currentSubject,
      urlSince: tab.urlSince,
      people: currentPeople,
      choice: currentChoice,
      previous,
    });
  }, [tab, currentSubject, currentPeople, currentChoice, previous]);

  // Remembered during render (React's "state from previous renders" pattern), not in an effect,
  // so the next page already knows whom to carry over.
  const shown = target.kind === 'contact' ? target.contactId : target.kind === 'waiting' ? previous : null;
  if (shown !== previous) setPrevious(shown);

  const url = tab?.url ?? null;
  const choose = useCallback(
    (next: SidebarChoice | null) => {
      // "Back to the page's people" must not land on the person carried from elsewhere.
      if (next === null) setPrevious(null);
      setChoice(next === null || tabId === null ? null : { tabId, url, since: Date.now(), choice: next });
    },
    [tabId, url],
  );

  return { target, choose, people: currentPeople };
}
