import { profileSlugOf } from './linkedin-links';
import type { PersonFacts } from './site-adapter';

/**
 * The logged-out public profile (pageKey public_profile_v3_desktop) is a
 * server-rendered document with SEO metadata: a canonical link and og:url
 * that name the profile (on a country host such as se.linkedin.com), and a
 * JSON-LD `@graph` holding a schema.org Person with name and worksFor (see
 * tests/fixtures/sites/linkedin-profile-public-loggedout-2024.html).
 */

interface JsonLdNode {
  '@type'?: unknown;
  '@graph'?: unknown;
  name?: unknown;
  url?: unknown;
  worksFor?: unknown;
}

/** The slug the document says it is about (canonical link, else og:url). */
export function canonicalSlug(doc: Document): string | null {
  const href =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return href ? profileSlugOf(href) : null;
}

/** The JSON-LD Person whose url is the profile `slug`. */
export function publicPerson(doc: Document, slug: string): PersonFacts | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    for (const node of jsonLdNodes(script.textContent ?? '')) {
      if (node['@type'] !== 'Person' || typeof node.url !== 'string' || profileSlugOf(node.url) !== slug)
        continue;
      if (typeof node.name !== 'string' || !node.name.trim()) continue;
      return { name: node.name.trim(), company: currentEmployer(node.worksFor) };
    }
  }
  return undefined;
}

function jsonLdNodes(text: string): JsonLdNode[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const roots = (Array.isArray(json) ? json : [json]) as JsonLdNode[];
  return roots.flatMap((root) =>
    Array.isArray(root?.['@graph']) ? (root['@graph'] as JsonLdNode[]) : [root],
  );
}

/** worksFor holds the current positions (past ones are under alumniOf); the first is shown first. */
function currentEmployer(worksFor: unknown): string | undefined {
  const first: unknown = Array.isArray(worksFor) ? worksFor[0] : worksFor;
  const name = (first as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' && name.trim() ? name.trim() : undefined;
}
