/**
 * The timeline filter chosen for a contact. On the dashboard it is kept in
 * the page's ViewMemory, so looking at another view and coming back finds
 * the contact's timeline as it was left; in the sidebar, which has no
 * ViewMemory, it lasts as long as the panel does.
 */
import { useRememberedState } from '../common/view-memory';
import type { TimelineFilter } from './timeline-filter';

type ChosenFilters = Readonly<Record<string, TimelineFilter>>;

const noneChosen: ChosenFilters = {};

export function useTimelineFilter(contactId: string): [TimelineFilter, (filter: TimelineFilter) => void] {
  // One memory entry holding a choice per contact, rather than an entry per contact: a remembered
  // state takes its value from its key only when it mounts, so a panel whose contact changed would
  // carry the old contact's choice over to the new one.
  const [chosen, setChosen] = useRememberedState<ChosenFilters>('timeline.filters', noneChosen);
  const choose = (filter: TimelineFilter) => setChosen((current) => ({ ...current, [contactId]: filter }));
  return [chosen[contactId] ?? 'all', choose];
}
