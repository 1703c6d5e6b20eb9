import { normaliseEmail } from '../domain/identity';
import type { FoundIdentity } from './site-adapter';
import { visibleText } from './text';

/**
 * Outlook on the web renames its hashed classes with every build and labels
 * everything in the user's language ("From:", "Von:", "À"), so neither can
 * be relied on. What stays put: the pane ids, the ids of message bodies and
 * of the compose editor, and that Outlook renders every person with their
 * address, in a `title` or `aria-label` (the persona hover target, the
 * recipient chip) or in the text as "Name<address>" (the sender line).
 */
const PANES = '#ReadingPaneContainerId, #ConversationReadingPaneContainer';
// Message bodies and the editor being typed in: an address in there is
// content the user wrote or received, not a person Outlook shows.
const CONTENT = '[role="document"], [id^="UniqueMessageBody"], [id^="editorParent"]';
const ADDRESS = /[^\s<>()[\]"'“”‘’,;:]+@[^\s<>()[\]"'“”‘’,;:]+\.[^\s<>()[\]"'“”‘’,;:]+/g;

// The To/Cc/Bcc fields of a compose form: editable boxes holding recipient chips.
const RECIPIENT_FIELDS = '[role="textbox"]';

/**
 * The people in the reading pane: each message's sender and recipients, and
 * the recipients of an inline reply or of a new message composed there.
 */
export function findReadingPanePeople(doc: Document): FoundIdentity[] {
  return [...doc.querySelectorAll(PANES)].flatMap(peopleIn);
}

/**
 * A message popped out to compose in its own window has no reading pane:
 * its people are in the recipient fields (its From field holds the user's
 * own address).
 */
export function findPopOutComposeRecipients(doc: Document): FoundIdentity[] {
  return [...doc.querySelectorAll(RECIPIENT_FIELDS)]
    .filter((field) => !field.closest(CONTENT))
    .flatMap(peopleIn);
}

function peopleIn(scope: Element): FoundIdentity[] {
  const carriers = addressCarriers(scope);
  const found: FoundIdentity[] = [];
  for (const [element, email] of carriers) {
    // A person is often nested address carriers (a chip labelled with the
    // address around a span titled with it); the badge goes after the outermost.
    if (hasAncestorCarrying(element, email, carriers, scope)) continue;
    found.push({
      identity: { kind: 'email', value: email },
      name: displayName(element, email),
      anchor: element,
    });
  }
  return found;
}

/** Elements naming exactly one address in their title, aria-label or own text, in document order. */
function addressCarriers(scope: Element): Map<Element, string> {
  const carriers = new Map<Element, string>();
  const walker = scope.ownerDocument.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && node.matches(CONTENT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node instanceof Element ? node : node.parentElement;
    const text =
      node instanceof Element
        ? `${node.getAttribute('title') ?? ''} ${node.getAttribute('aria-label') ?? ''}`
        : (node.textContent ?? '');
    const addresses = new Set(
      (text.match(ADDRESS) ?? []).map(normaliseEmail).filter((email) => email !== null),
    );
    // A label naming several addresses ("To: a@x; b@y") is a group, not a person.
    const [only] = addresses;
    if (element && only && addresses.size === 1 && !carriers.has(element)) carriers.set(element, only);
  }
  return carriers;
}

function hasAncestorCarrying(
  element: Element,
  email: string,
  carriers: Map<Element, string>,
  scope: Element,
): boolean {
  for (let parent = element.parentElement; parent && parent !== scope; parent = parent.parentElement) {
    if (carriers.get(parent) === email) return true;
  }
  return false;
}

/** The visible text without the address itself ("Alice Smith<alice@contoso.com>" → "Alice Smith"). */
function displayName(element: Element, email: string): string {
  const withoutAddress = visibleText(element)
    .replace(ADDRESS, (address) => (normaliseEmail(address) === email ? '' : address))
    .replace(/[<([]\s*[>)\]]/g, '')
    .replace(/^[\s;,]+|[\s;,]+$/g, '');
  return withoutAddress || email;
}
