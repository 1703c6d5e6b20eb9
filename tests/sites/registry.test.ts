import { describe, expect, it } from 'vitest';
import { matchesPattern } from '../../lib/messaging/match-pattern';
import { adapterFor, adapters, contentMatches } from '../../lib/sites';
import { hostPermissions } from '../../lib/sites/hosts';
import { siteOfHost } from '../../lib/sites/site-switches';

describe('the site registry', () => {
  it('has unique adapter ids', () => {
    const ids = adapters.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(adapters.map((adapter) => [adapter.id, adapter] as const))('%s', (_id, adapter) => {
    it('has examples', () => {
      expect(adapter.examples.length).toBeGreaterThan(0);
    });

    it.each(adapter.examples)('detects %s, and no other adapter does', (example) => {
      const url = new URL(example);
      expect(adapter.detect(url)).toBe(true);
      expect(
        adapters.filter((other) => other !== adapter && other.detect(url)).map((other) => other.id),
      ).toEqual([]);
      expect(adapterFor(url)).toBe(adapter);
    });

    it.each(adapter.examples)('belongs to the site of %s, so switching that site off stops it', (example) => {
      expect(siteOfHost(new URL(example).hostname)).toBe(adapter.site);
    });

    it.each(adapter.examples)('is injected on %s', (example) => {
      expect(adapter.matches.some((pattern) => matchesPattern(example, pattern))).toBe(true);
    });
  });

  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/jobs/view/3912345678/',
    'https://www.linkedin.com/authwall?trk=bf&trkInfo=AQ&original_referer=&sessionRedirect=https%3A%2F%2Fwww.linkedin.com%2Fin%2Feduardo-alvarez-nowak',
    'https://www.linkedin.com/login?fromSignIn=true',
    'https://www.linkedin.com/company/novare-potential/',
    'https://mail.google.com/mail/u/0/#settings/general',
    'https://outlook.office.com/calendar/view/month',
    'https://outlook.live.com/mail/0/options/mail/layout',
  ])('has no adapter for %s, a page without people', (page) => {
    expect(adapterFor(new URL(page))).toBeNull();
  });
});

/** Whether match pattern `inner` covers only URLs that `outer` also covers. */
function patternWithin(inner: string, outer: string): boolean {
  const split = (pattern: string) => /^([^:]+):\/\/([^/]+)(\/.*)$/.exec(pattern)?.slice(1) ?? [];
  const [innerScheme, innerHost, innerPath] = split(inner);
  const [outerScheme, outerHost, outerPath] = split(outer);
  if (!innerPath || !outerPath || innerScheme !== outerScheme || innerHost !== outerHost) return false;
  return outerPath.endsWith('*') ? innerPath.startsWith(outerPath.slice(0, -1)) : innerPath === outerPath;
}

describe('the content script match patterns', () => {
  it('are the union of the adapters’ patterns, without duplicates', () => {
    expect(new Set(contentMatches).size).toBe(contentMatches.length);
    expect(new Set(contentMatches)).toEqual(new Set(adapters.flatMap((adapter) => adapter.matches)));
  });

  it.each([...contentMatches])('%s lies inside the host permissions', (pattern) => {
    expect(hostPermissions.some((permission) => patternWithin(pattern, permission))).toBe(true);
  });

  it('would catch a pattern outside the host permissions', () => {
    expect(hostPermissions.some((permission) => patternWithin('https://se.linkedin.com/*', permission))).toBe(
      false,
    );
    expect(hostPermissions.some((permission) => patternWithin('https://mail.google.com/*', permission))).toBe(
      true,
    );
    expect(patternWithin('https://*/*', 'https://www.linkedin.com/*')).toBe(false);
  });
});
