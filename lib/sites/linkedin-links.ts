import { normaliseLinkedinSlug } from '../domain/identity';

/**
 * Messaging and Sales Navigator link people by member id instead of by
 * profile slug (/in/ACoAABS9BdoBSJFf…, the id in the `urn:li:fsd_profile:`
 * URNs). Those ids are case-sensitive and never equal a slug, so they cannot
 * be looked up as a LinkedIn identity and are skipped.
 */
const MEMBER_ID = /^AC[a-zA-Z]AA[\w-]{20,}$/;

/** The normalised profile slug an /in/ URL or href points to, or null. */
export function profileSlugOf(href: string): string | null {
  const rawSlug = /\/in\/([^/?#]+)/.exec(href)?.[1];
  if (rawSlug === undefined || MEMBER_ID.test(rawSlug)) return null;
  return normaliseLinkedinSlug(href);
}

/** The profile slug of the nearest enclosing link, e.g. the one around a name heading. */
export function slugOfEnclosingLink(element: Element): string | null {
  const href = element.closest('a[href]')?.getAttribute('href');
  return href ? profileSlugOf(href) : null;
}

/** Whether `url` is on the LinkedIn host Rapport has permission for. */
export function isLinkedinPage(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === 'www.linkedin.com';
}
