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
}

export function createBadgeHost(doc: Document, css: string): BadgeHost {
  const host = doc.createElement('span');
  markOwnNode(host);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}

/**
 * Puts the host next to the element that names the person. Inside a heading
 * the badge sits on the name's line (a sibling of an <h1> would start a new
 * line and push the page down); elsewhere it follows the name, so the site's
 * own click handlers on the name element never see clicks on the badge.
 */
export function placeBadgeHost(host: HTMLElement, anchor: Element): void {
  if (/^H[1-6]$/.test(anchor.tagName)) {
    if (host.parentElement !== anchor || anchor.lastElementChild !== host) anchor.append(host);
  } else if (anchor.nextElementSibling !== host) {
    anchor.after(host);
  }
}

/** Whether the host still stands where placeBadgeHost put it for `anchor`. */
export function isPlacedAt(host: HTMLElement, anchor: Element): boolean {
  return /^H[1-6]$/.test(anchor.tagName) ? host.parentElement === anchor : anchor.nextElementSibling === host;
}
