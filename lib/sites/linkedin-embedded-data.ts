import { normaliseLinkedinSlug } from '../domain/identity';
import type { PersonFacts } from './site-adapter';

/**
 * The logged-in LinkedIn page embeds the API responses it was rendered from
 * as JSON in hidden `<code id="bpr-guid-N">` blocks, each paired with a
 * `<code id="datalet-bpr-guid-N">` naming the request (see
 * tests/fixtures/sites/linkedin-profile-loggedin-2024.html). They change less
 * often than the markup, but they describe several people, the viewer among
 * them, so a profile is only ever picked out by its publicIdentifier.
 */
const RESPONSE_BLOCKS = 'code[id^="bpr-guid-"]';
const REQUEST_BLOCKS = 'code[id^="datalet-bpr-guid-"]';
const VIEWER_REQUEST = '/voyager/api/me';

interface ProfileRecord {
  publicIdentifier?: unknown;
  firstName?: unknown;
  lastName?: unknown;
  headline?: unknown;
  entityUrn?: unknown;
}

// The blocks never change once rendered and can be 100+ KB, while the page is
// re-read on every DOM change: parse each block once.
const parsedBlocks = new WeakMap<Element, unknown>();

function blockJson(block: Element): unknown {
  if (!parsedBlocks.has(block)) {
    let json: unknown = null;
    try {
      json = JSON.parse(block.textContent ?? '');
    } catch {
      // A truncated or non-JSON block is simply not evidence.
    }
    parsedBlocks.set(block, json);
  }
  return parsedBlocks.get(block);
}

function includedRecords(json: unknown): ProfileRecord[] {
  const included = (json as { included?: unknown } | null)?.included;
  return Array.isArray(included)
    ? included.filter((item): item is ProfileRecord => typeof item === 'object' && item !== null)
    : [];
}

/** The embedded profile whose publicIdentifier is `slug`, if the page carries it. */
export function embeddedProfile(doc: Document, slug: string): PersonFacts | undefined {
  let found: PersonFacts | undefined;
  for (const block of doc.querySelectorAll(RESPONSE_BLOCKS)) {
    for (const record of includedRecords(blockJson(block))) {
      if (
        typeof record.publicIdentifier !== 'string' ||
        normaliseLinkedinSlug(record.publicIdentifier) !== slug
      )
        continue;
      const name = [record.firstName, record.lastName]
        .filter((part) => typeof part === 'string')
        .join(' ')
        .trim();
      if (!name) continue;
      const headline =
        typeof record.headline === 'string' && record.headline.trim() ? record.headline.trim() : undefined;
      // The same person appears as a mini profile and as a full profile; keep the one with a headline.
      if (!found || (headline && !found.headline)) found = { name, headline };
    }
  }
  return found;
}

/** The signed-in viewer's own slug, from the embedded `/voyager/api/me` response. */
export function viewerSlug(doc: Document): string | null {
  for (const request of doc.querySelectorAll(REQUEST_BLOCKS)) {
    const meta = blockJson(request) as { request?: unknown; body?: unknown } | null;
    if (meta?.request !== VIEWER_REQUEST || typeof meta.body !== 'string') continue;
    const response = doc.getElementById(meta.body);
    const json = response ? blockJson(response) : null;
    const viewerUrn = (json as { data?: { '*miniProfile'?: unknown } } | null)?.data?.['*miniProfile'];
    const viewer = includedRecords(json).find((record) => record.entityUrn === viewerUrn);
    return typeof viewer?.publicIdentifier === 'string'
      ? normaliseLinkedinSlug(viewer.publicIdentifier)
      : null;
  }
  return null;
}
