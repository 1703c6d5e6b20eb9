import { personFromChip } from './gmail-people';
import type { FoundIdentity } from './site-adapter';

/**
 * The main pane: the rows of a message list (senders) and an open
 * conversation (each message's sender and visible recipients). Both render
 * people as `[email]` chips. Only the pane inside role=main counts: Gmail
 * keeps the previous list detached outside it for quick back-navigation.
 * Compose forms inside the pane (an inline reply) are read by gmail-compose.
 */
const PEOPLE = '[role="main"] [email]';
const LIST_ROW = 'tr[aria-labelledby]';

export function findMainPanePeople(doc: Document): FoundIdentity[] {
  const people = [...doc.querySelectorAll(PEOPLE)]
    .filter((chip) => !chip.closest('form'))
    .map(personFromChip)
    .filter((person) => person !== null);
  return onePerSenderPerRow(people);
}

/**
 * A list row repeats its senders in the hidden text that labels it for
 * screen readers (`<tr aria-labelledby=":36">` → `<div id=":36"
 * class="afn">unread, <span email=…>me</span>, …`), before the visible
 * sender cell. One badge per person per row, on the last (visible) chip.
 */
function onePerSenderPerRow(people: FoundIdentity[]): FoundIdentity[] {
  const seenInRow = new Map<Element, Set<string>>();
  return people.reduceRight<FoundIdentity[]>((kept, person) => {
    const row = person.anchor.closest(LIST_ROW);
    if (row) {
      const seen = seenInRow.get(row) ?? new Set<string>();
      if (seen.has(person.identity.value)) return kept;
      seenInRow.set(row, seen.add(person.identity.value));
    }
    return [person, ...kept];
  }, []);
}
