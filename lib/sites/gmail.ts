import { findComposeRecipients } from './gmail-compose';
import { findMainPanePeople } from './gmail-main-pane';
import { accountEmail } from './gmail-people';
import type { SiteAdapter } from './site-adapter';

/**
 * Gmail is one page whatever it shows: a list, an open conversation (both
 * side by side in split view) and any number of compose windows on top, so
 * every view is read on every pass. Settings (#settings/…) show no people.
 */
export const gmail: SiteAdapter = {
  id: 'gmail',
  site: 'gmail',
  matches: ['https://mail.google.com/mail/*'],
  detect: (url) =>
    url.protocol === 'https:' &&
    url.hostname === 'mail.google.com' &&
    url.pathname.startsWith('/mail/') &&
    !url.hash.startsWith('#settings'),
  findIdentities(doc) {
    const account = accountEmail(doc);
    return [...findMainPanePeople(doc), ...findComposeRecipients(doc)].filter(
      (person) => person.identity.value !== account,
    );
  },
  examples: [
    'https://mail.google.com/mail/u/0/#inbox',
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmQpTbcvLrNwHkqzVxRt',
    'https://mail.google.com/mail/u/1/#search/renewal?compose=new',
    'https://mail.google.com/mail/u/0/?ogbl#label/Customers',
  ],
};
