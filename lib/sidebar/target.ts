/**
 * What the sidebar shows, decided from what it knows about the followed tab:
 * 1. a person the user picked in the sidebar itself (picker or search) for
 *    this page, else
 * 2. the person a badge click asked for on this tab, if asked since the tab
 *    arrived at its current page, else
 * 3. the people the overlay found on the tab: one is shown, several give a
 *    picker, none give the search box — unless the sidebar was just showing
 *    someone: then it keeps showing them (`carried`), so that reading an
 *    article in another tab, "Shared an article" logs it for them in one
 *    click. Search stays one click away.
 */
import type { Identity } from '../domain/identity';
import type { PagePerson } from '../messaging/page-people';
import type { SidebarFocus, SidebarSubject } from '../messaging/sidebar-subject';

export type SidebarTarget =
  | { kind: 'contact'; contactId: string; focus: SidebarFocus; carried?: true }
  /** Someone not (yet) known by that identity; `name` as the page shows it when it does. */
  | { kind: 'identity'; identity: Identity; name: string | null; focus: SidebarFocus }
  | { kind: 'picker'; people: PagePerson[] }
  | { kind: 'search' }
  /** The page's people are not known yet (just switched tabs). */
  | { kind: 'waiting' };

export type SidebarChoice = { kind: 'contact'; contactId: string } | { kind: 'person'; person: PagePerson };

export interface TargetInput {
  subject: SidebarSubject | null;
  /** When the tab arrived at its current page (FollowedTab.urlSince). */
  urlSince: number;
  /** Null until the page's people are known. */
  people: PagePerson[] | null;
  /** What the user picked in the sidebar for this page, if anything. */
  choice: SidebarChoice | null;
  /** The contact the sidebar showed last, on whatever page; null when it showed nobody. */
  previous: string | null;
}

function personTarget(person: PagePerson, focus: SidebarFocus): SidebarTarget {
  return person.contactId !== null
    ? { kind: 'contact', contactId: person.contactId, focus }
    : { kind: 'identity', identity: person.identity, name: person.name || null, focus };
}

export function resolveTarget({ subject, urlSince, people, choice, previous }: TargetInput): SidebarTarget {
  if (choice?.kind === 'contact') return { kind: 'contact', contactId: choice.contactId, focus: 'card' };
  if (choice?.kind === 'person') return personTarget(choice.person, 'card');
  if (subject !== null && subject.at >= urlSince) {
    const { person, focus } = subject;
    if (person.kind === 'contact') return { kind: 'contact', contactId: person.contactId, focus };
    const onPage = people?.find(
      (p) => p.identity.kind === person.identity.kind && p.identity.value === person.identity.value,
    );
    if (onPage) return personTarget(onPage, focus);
    return { kind: 'identity', identity: person.identity, name: null, focus };
  }
  if (people === null) return { kind: 'waiting' };
  const distinct = distinctPeople(people);
  if (distinct.length === 1) return personTarget(distinct[0]!, 'card');
  if (distinct.length > 1) return { kind: 'picker', people: distinct };
  if (previous !== null) return { kind: 'contact', contactId: previous, focus: 'card', carried: true };
  return { kind: 'search' };
}

/** One entry per person: two identities of one contact (slug and email) are one person. */
export function distinctPeople(people: readonly PagePerson[]): PagePerson[] {
  const seen = new Set<string>();
  const out: PagePerson[] = [];
  for (const person of people) {
    const key =
      person.contactId !== null
        ? `contact:${person.contactId}`
        : `${person.identity.kind}:${person.identity.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(person);
  }
  return out;
}
