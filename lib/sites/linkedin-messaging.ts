import { linkedinPeopleList } from './linkedin-people-lists';

/**
 * Messaging: the header and message groups of the open conversation link to
 * the people in it. The conversation list links only to threads
 * (/messaging/thread/…), never to profiles, so its rows carry no identity.
 */
export const linkedinMessaging = linkedinPeopleList({
  id: 'linkedin-messaging',
  path: /^\/messaging\//,
  examples: [
    'https://www.linkedin.com/messaging/',
    'https://www.linkedin.com/messaging/thread/2-ODk1ZTQ4YjQtNjBmZi00ZGJjLWE2YjMtM2M1ZDA0ZjYxZjQ2XzAxMA==/',
  ],
});
