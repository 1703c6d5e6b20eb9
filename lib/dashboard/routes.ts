/**
 * The dashboard's views and their addresses. The view lives in the URL's
 * hash (`dashboard.html#/accounts`) so that the browser's back and forward
 * buttons move between views, a view can be bookmarked or opened from the
 * popup, and a reload stays where the user was.
 */

export const dashboardViews = ['contacts', 'accounts', 'goals', 'pictures', 'data', 'settings'] as const;
export type DashboardView = (typeof dashboardViews)[number];

export type DashboardRoute = { view: DashboardView } | { view: 'contact'; contactId: string };

export const defaultRoute: DashboardRoute = { view: 'contacts' };

/** What the navigation calls each view. */
export const viewLabels: Record<DashboardView, string> = {
  contacts: 'Contacts',
  accounts: 'Accounts',
  goals: 'Goals',
  pictures: 'Pictures',
  data: 'Import & export',
  settings: 'Settings',
};

const isView = (name: string): name is DashboardView => (dashboardViews as readonly string[]).includes(name);

/** The route a hash names; anything unknown falls back to the contacts table. */
export function parseRoute(hash: string): DashboardRoute {
  const parts = hash.replace(/^#\/?/, '').split('/');
  const [first = '', second] = parts;
  if (first === 'contacts' && second !== undefined && second !== '' && parts.length === 2) {
    return { view: 'contact', contactId: decodeURIComponent(second) };
  }
  if (parts.length === 1 && isView(first)) return { view: first };
  return defaultRoute;
}

export function routeHash(route: DashboardRoute): string {
  return route.view === 'contact' ? `#/contacts/${encodeURIComponent(route.contactId)}` : `#/${route.view}`;
}

/** The navigation entry a route belongs to (a contact's page belongs to Contacts). */
export function navViewOf(route: DashboardRoute): DashboardView {
  return route.view === 'contact' ? 'contacts' : route.view;
}
