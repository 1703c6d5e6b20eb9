import { findPopOutComposeRecipients, findReadingPanePeople } from './outlook-people';
import type { SiteAdapter } from './site-adapter';

const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'];

/**
 * Outlook on the web, work (office.com, office365.com) and personal
 * (live.com) mail: the reading pane and compose. Calendar and settings
 * (/mail/options/…) show no correspondents.
 */
export const outlook: SiteAdapter = {
  id: 'outlook',
  site: 'outlook',
  // Mail, calendar and people are one single-page app: a visit that starts
  // in the calendar reaches mail without a page load.
  matches: OUTLOOK_HOSTS.map((host) => `https://${host}/*`),
  detect: (url) =>
    url.protocol === 'https:' &&
    OUTLOOK_HOSTS.includes(url.hostname) &&
    url.pathname.startsWith('/mail/') &&
    !url.pathname.includes('/options/'),
  findIdentities: (doc, url) =>
    url.pathname.includes('/deeplink/compose')
      ? findPopOutComposeRecipients(doc)
      : findReadingPanePeople(doc),
  examples: [
    'https://outlook.office.com/mail/',
    'https://outlook.office.com/mail/inbox/id/AAQkADAwATMwMAItYjBiZi03YmY3LTAwAi0wMAoAEABjgKbAj7DwSKnW58xs6QY7',
    'https://outlook.office365.com/mail/deeplink/compose?popoutv2=1',
    'https://outlook.live.com/mail/0/inbox',
  ],
};
