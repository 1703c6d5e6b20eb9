import { linkedinPeopleList } from './linkedin-people-lists';

/** People search results, and the people block of an "all" search. */
export const linkedinSearch = linkedinPeopleList({
  id: 'linkedin-search',
  path: /^\/search\/results\/(people|all)\//,
  examples: [
    'https://www.linkedin.com/search/results/people/?keywords=procurement%20energy&origin=SWITCH_SEARCH_VERTICAL',
    'https://www.linkedin.com/search/results/all/?keywords=anna%20berg',
  ],
});
