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
const RESPONSE_PREFIX = 'bpr-guid-';
const REQUEST_PREFIX = 'datalet-bpr-guid-';
const VIEWER_REQUEST = '/voyager/api/me';

interface ProfileRecord {
  publicIdentifier?: unknown;
  firstName?: unknown;
  lastName?: unknown;
  headline?: unknown;
  entityUrn?: unknown;
}

// The blocks never change once rendered and can be 100+ KB, while the page is
// re-read on every DOM change: parse each block once, and only the blocks
// that can hold what is asked for.
const parsedBlocks = new WeakMap<Element, unknown>();
/** Per block, whether it mentions a slug, for the slugs asked about so far. */
const blockMentions = new WeakMap<Element, Map<string, boolean>>();

/**
 * The <code> blocks whose id starts with `prefix`, in document order. The
 * live tag collection is kept by the browser between calls, where an
 * attribute selector would walk the whole (large) document each time.
 */
function codeBlocks(doc: Document, prefix: string): Element[] {
  return [...doc.getElementsByTagName('code')].filter((code) => code.id.startsWith(prefix));
}

/**
 * Whether the block's text can name profile `slug` (normalised: decoded,
 * lower case). A slug of letters, digits and dashes is written in the JSON
 * as it is, in any case; any other may be written escaped, so it may be in
 * any block. A text search is far cheaper than parsing the block.
 */
function mayMention(block: Element, slug: string): boolean {
  if (!/^[a-z0-9_-]+$/.test(slug)) return true;
  let mentions = blockMentions.get(block);
  if (!mentions) blockMentions.set(block, (mentions = new Map()));
  let found = mentions.get(slug);
  if (found === undefined) {
    found = (block.textContent ?? '').toLowerCase().includes(slug);
    mentions.set(slug, found);
  }
  return found;
}

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
  for (const block of codeBlocks(doc, RESPONSE_PREFIX)) {
    if (!parsedBlocks.has(block) && !mayMention(block, slug)) continue;
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
  for (const request of codeBlocks(doc, REQUEST_PREFIX)) {
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
