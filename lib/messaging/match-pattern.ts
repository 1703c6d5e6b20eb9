/**
 * Does a URL match an extension match pattern such as
 * `https://www.linkedin.com/*`? Covers the pattern forms Rapport uses
 * (lib/sites/hosts.ts): a scheme or `*`, an exact host or `*.` subdomain
 * wildcard, and a path with `*` globs.
 */
const PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/;

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function matchesPattern(url: string, pattern: string): boolean {
  const parts = PATTERN.exec(pattern);
  if (!parts) return false;
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const protocol = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  // Credentials or a port in a page URL are not what a host pattern means; refuse them.
  if (parsed.username || parsed.password || parsed.port) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (parsed.hostname !== base && !parsed.hostname.endsWith(`.${base}`)) return false;
    } else if (parsed.hostname !== host) return false;
  }
  const pathRegExp = new RegExp(`^${path.split('*').map(escapeForRegExp).join('.*')}$`);
  return pathRegExp.test(parsed.pathname + parsed.search);
}
