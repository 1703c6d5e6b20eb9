import { linkedinPeopleList } from './linkedin-people-lists';

/** My Network: "People you may know", invitations and the connections list. */
export const linkedinNetwork = linkedinPeopleList({
  id: 'linkedin-network',
  path: /^\/mynetwork\//,
  examples: [
    'https://www.linkedin.com/mynetwork/',
    'https://www.linkedin.com/mynetwork/grow/',
    'https://www.linkedin.com/mynetwork/invite-connect/connections/',
  ],
});
