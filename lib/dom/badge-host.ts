/**
 * The one element Rapport adds to a page per badge: a plain <span> whose
 * closed shadow root holds the badge. The page's CSS cannot reach inside and
 * ours cannot leak out; the page's scripts cannot query into a closed root;
 * and the host carries no class, id or data-* marker the page could probe.
 */
import { markOwnNode } from './own-nodes';

export interface BadgeHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Replaces what the badge shows; its styles stay. */
  show(content: Node): void;
}

/**
 * Each document's badge styles, parsed once and adopted by every badge's
 * shadow root rather than a <style> of their own in each (an inbox shows
 * dozens of badges); by their text. Null where adopting fails: some
 * Firefox releases refuse a content script's constructed sheet (firefox-esr
 * 153 takes it), and then each root gets a <style>.
 */
const sharedSheets = new WeakMap<Document, Map<string, CSSStyleSheet | null>>();

/** Styles `root` with `css`: the document's shared sheet, or else a <style> it holds, returned. */
function applyStyles(doc: Document, root: ShadowRoot, css: string): HTMLStyleElement | null {
  let sheets = sharedSheets.get(doc);
  if (!sheets) sharedSheets.set(doc, (sheets = new Map()));
  let sheet = sheets.get(css);
  if (sheet !== null) {
    try {
      if (sheet === undefined) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        sheets.set(css, sheet);
      }
      root.adoptedStyleSheets = [sheet];
      return null;
    } catch {
      sheets.set(css, null);
    }
  }
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return style;
}

export function createBadgeHost(doc: Document, css: string): BadgeHost {
  const host = doc.createElement('span');
  markOwnNode(host);
  const root = host.attachShadow({ mode: 'closed' });
  const style = applyStyles(doc, root, css);
  return {
    host,
    root,
    show: (content) => (style ? root.replaceChildren(style, content) : root.replaceChildren(content)),
  };
}

/** Where a badge's host goes: at the end of an element, or right after one. */
type Spot = { inside: Element } | { after: Element };

/**
 * Where the badge goes for `anchor`, the element that names the person:
 * - right after the link or button the name is in, if any: a button inside
 *   either is invalid, and is read out as part of the site's control,
 *   renaming it (the logged-in profile wraps its name heading in a link;
 *   LinkedIn shows that heading inline, so the badge stays on the name's line
 *   there; Outlook's sender line is a button opening the person's card);
 * - else at the end of a heading, on the name's line (a sibling of an <h1>
 *   would start a new line and push the page down);
 * - else right after the name, so the site's own click handlers on the name
 *   element never see clicks on the badge.
 */
const SITE_CONTROL = 'a[href], button, [role="button"], [role="link"]';

function spotFor(anchor: Element): Spot {
  const control = anchor.closest(SITE_CONTROL);
  if (control) return { after: control };
  return /^H[1-6]$/.test(anchor.tagName) ? { inside: anchor } : { after: anchor };
}

/** Puts the host where spotFor says, last in a heading even if the site has added to it since. */
export function placeBadgeHost(host: HTMLElement, anchor: Element): void {
  const spot = spotFor(anchor);
  if ('inside' in spot) {
    if (host.parentElement !== spot.inside || spot.inside.lastElementChild !== host) spot.inside.append(host);
  } else if (spot.after.nextElementSibling !== host) {
    spot.after.after(host);
  }
}

/** Whether the host still stands where placeBadgeHost put it for `anchor`. */
export function isPlacedAt(host: HTMLElement, anchor: Element): boolean {
  const spot = spotFor(anchor);
  return 'inside' in spot ? host.parentElement === spot.inside : spot.after.nextElementSibling === host;
}
