import { personFromAddress, personFromChip } from './gmail-people';
import type { FoundIdentity } from './site-adapter';

/**
 * Recipients of the compose windows and of inline replies, in both chip
 * layouts Gmail serves:
 * - current (since the 2021 compose update): each recipient is a
 *   `[role=option]` in the field's `[role=listbox]`, carrying
 *   `data-hovercard-id` (the address) and `data-name`;
 * - older: a `.vR` chip whose hidden `<input name="to|cc|bcc">` holds
 *   "Name <address>" (InboxSDK reads the same input).
 */
const CURRENT_CHIPS = '[role="listbox"] [role="option"][data-hovercard-id]';
const OLDER_CHIP_INPUTS = 'form input[type="hidden"]:is([name="to"], [name="cc"], [name="bcc"])';

export function findComposeRecipients(doc: Document): FoundIdentity[] {
  const current = [...doc.querySelectorAll(CURRENT_CHIPS)].map(personFromChip);
  const older = [...doc.querySelectorAll<HTMLInputElement>(OLDER_CHIP_INPUTS)].map((input) =>
    input.parentElement ? personFromAddress(input.value, input.parentElement) : null,
  );
  return [...current, ...older].filter((person) => person !== null);
}
