import { describe, expect, it } from 'vitest';
import {
  dashboardViews,
  navViewOf,
  parseRoute,
  routeHash,
  type DashboardRoute,
} from '../../lib/dashboard/routes';

describe('dashboard routes', () => {
  it('reads every view from its hash and writes it back', () => {
    for (const view of dashboardViews) {
      const route: DashboardRoute = { view };
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });

  it("reads a contact's page, with ids that need escaping", () => {
    const route: DashboardRoute = { view: 'contact', contactId: 'c/1 é' };
    expect(routeHash(route)).toBe('#/contacts/c%2F1%20%C3%A9');
    expect(parseRoute(routeHash(route))).toEqual(route);
    expect(navViewOf(route)).toBe('contacts');
  });

  it('falls back to the contacts table for an empty or unknown hash', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#/settings/extra', '#/contacts/', '#/contacts/a/b']) {
      expect(parseRoute(hash)).toEqual({ view: 'contacts' });
    }
  });

  it('accepts a hash without the leading slash', () => {
    expect(parseRoute('#accounts')).toEqual({ view: 'accounts' });
  });
});
