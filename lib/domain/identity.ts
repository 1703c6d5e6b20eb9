/**
 * How a person is recognised on a page: a LinkedIn profile slug or an email
 * address. Pages, imports and the user all spell these differently, so every
 * identity is normalised here before it is stored or looked up.
 */
export type IdentityKind = 'linkedin' | 'email';
export interface Identity {
  kind: IdentityKind;
  value: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Trimmed, lower-cased email, or null when it is not email-shaped. */
export function normaliseEmail(raw: string): string | null {
  const email = raw
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : null;
}

/**
 * The profile slug from a LinkedIn URL or a bare slug, normalised: country
 * subdomains (se.linkedin.com), trailing slashes, query strings, fragments,
 * sub-pages (/in/x/overlay/...), URL encoding and letter case all collapse to
 * one key. Returns null for anything that is not a /in/ profile.
 */
export function normaliseLinkedinSlug(raw: string): string | null {
  const input = raw.trim();
  let slug: string | undefined;
  if (/^(https?:)?\/\/|^([a-z]{2,3}\.|www\.)?linkedin\.com\//i.test(input) || input.startsWith('/in/')) {
    const absolute = /^https?:\/\//i.test(input)
      ? input
      : input.startsWith('//')
        ? `https:${input}`
        : input.startsWith('/')
          ? `https://www.linkedin.com${input}`
          : `https://${input}`;
    let url: URL;
    try {
      url = new URL(absolute);
    } catch {
      return null;
    }
    if (!/(^|\.)linkedin\.com$/i.test(url.hostname)) return null;
    const match = /^\/in\/([^/]+)/.exec(url.pathname);
    slug = match?.[1];
  } else if (!/[/?#\s]/.test(input)) {
    slug = input;
  }
  if (!slug) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    return null;
  }
  // Plain ASCII is already in NFC; normalising it anyway costs on every page read.
  if (/[^ -~]/.test(decoded)) decoded = decoded.normalize('NFC');
  decoded = decoded.toLowerCase();
  return decoded.length > 0 && decoded.length <= 100 && !/[\s/?#]/.test(decoded) ? decoded : null;
}

/** The key an identity is looked up and de-duplicated by. */
export function identityKey(identity: Identity): string {
  return `${identity.kind}:${identity.value}`;
}
