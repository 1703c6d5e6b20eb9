import { normaliseEmail } from '../domain/identity';
import type { FoundIdentity } from './site-adapter';
import { visibleText } from './text';

/**
 * Gmail marks every person it renders (list senders, message senders and
 * recipients) with `email` and `name` attributes, and the current compose
 * chips with `data-hovercard-id` and `data-name`; both survive Gmail's
 * class-name churn. The display name falls back to the chip text, then to
 * the address.
 */
export function personFromChip(chip: Element): FoundIdentity | null {
  const email = normaliseEmail(chip.getAttribute('email') ?? chip.getAttribute('data-hovercard-id') ?? '');
  if (!email) return null;
  const name =
    (chip.getAttribute('name') ?? chip.getAttribute('data-name') ?? '').trim() || visibleText(chip) || email;
  return { identity: { kind: 'email', value: email }, name, anchor: chip };
}

/** A person written "Display Name <address>" or as a bare address, as in compose fields. */
export function personFromAddress(address: string, anchor: Element): FoundIdentity | null {
  const match = /^(.*?)<([^<>]+)>\s*$/.exec(address);
  const email = normaliseEmail(match?.[2] ?? address);
  if (!email) return null;
  const name = (match?.[1] ?? '').trim().replace(/^"(.*)"$/, '$1') || email;
  return { identity: { kind: 'email', value: email }, name, anchor };
}

const ADDRESS = /[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+/g;

/**
 * The signed-in account: Gmail titles every view "<view> - <account> -
 * Gmail" (or the Workspace product name), in every UI language. Where the
 * title does not say (a view that retitled the tab), the Google account
 * button does: it links to the account's sign-out options and is labelled
 * "Google Account: Name (address)", in the UI's language. The user's own
 * chips ("me") are not badged.
 */
export function accountEmail(doc: Document): string | null {
  const fromTitle = doc.title.match(ADDRESS)?.at(-1);
  const fromButton = fromTitle
    ? undefined
    : doc
        .querySelector('a[href^="https://accounts.google.com/SignOutOptions"][aria-label]')
        ?.getAttribute('aria-label')
        ?.match(ADDRESS)
        ?.at(-1);
  const address = fromTitle ?? fromButton;
  return address ? normaliseEmail(address) : null;
}
