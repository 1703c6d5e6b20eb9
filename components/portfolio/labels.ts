/** Words for what the contacts table shows. */
import type { AccountTier } from '../../lib/domain/account-tier';
import type { ContactSortKey } from '../../lib/portfolio/contact-rows';

export const contactSortLabels: Record<ContactSortKey, string> = {
  name: 'Name',
  account: 'Account',
  level: 'Level',
  tier: 'Tier',
  due: 'Next due',
  lastGive: 'Last give',
};

export const shortTierLabels: Record<AccountTier, string> = {
  top: 'Top',
  middle: 'Middle',
  low: 'Low',
};

/** "1,234", in the reader's own number format. */
export function formatCount(count: number): string {
  return count.toLocaleString();
}

/** "1 contact", "1,234 contacts". */
export function contactsCount(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'contact' : 'contacts'}`;
}
