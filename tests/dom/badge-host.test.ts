import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBadgeHost } from '../../lib/dom/badge-host';

const CSS = ':host { display: inline-block; } .chip { color: red; }';

/** A page of its own: each document keeps its own shared sheet. */
const freshDocument = () => document.implementation.createHTMLDocument('page');

afterEach(() => vi.restoreAllMocks());

describe('a badge host’s styles', () => {
  it('come from one sheet the whole page shares, parsed once, with nothing added to each root', () => {
    const doc = freshDocument();
    const first = createBadgeHost(doc, CSS);
    const second = createBadgeHost(doc, CSS);
    const [sheet] = first.root.adoptedStyleSheets;
    expect(sheet?.cssRules).toHaveLength(2);
    expect(second.root.adoptedStyleSheets).toEqual([sheet]);
    expect(first.root.childNodes).toHaveLength(0);
    const other = createBadgeHost(doc, '.add { color: blue; }');
    expect(other.root.adoptedStyleSheets[0]).not.toBe(sheet);
  });

  it('stay while the badge shows something new', () => {
    const badge = createBadgeHost(freshDocument(), CSS);
    const doc = badge.host.ownerDocument;
    badge.show(doc.createTextNode('Client'));
    badge.show(doc.createTextNode('Advocate'));
    expect(badge.root.textContent).toBe('Advocate');
    expect(badge.root.adoptedStyleSheets).toHaveLength(1);
  });

  it('go in a <style> of each root where the browser refuses a content script a shared sheet', () => {
    const refuse = vi.spyOn(ShadowRoot.prototype, 'adoptedStyleSheets', 'set').mockImplementation(() => {
      throw new DOMException('Sheet from another compartment', 'NotAllowedError');
    });
    const doc = freshDocument();
    const first = createBadgeHost(doc, CSS);
    const second = createBadgeHost(doc, CSS);
    // Refused once, not tried again for every badge.
    expect(refuse).toHaveBeenCalledTimes(1);
    for (const badge of [first, second]) {
      badge.show(doc.createTextNode('Client'));
      badge.show(doc.createTextNode('Advocate'));
      const [style, content] = [...badge.root.childNodes];
      expect((style as HTMLStyleElement).tagName).toBe('STYLE');
      expect(style!.textContent).toBe(CSS);
      expect(content!.textContent).toBe('Advocate');
      expect(badge.root.childNodes).toHaveLength(2);
    }
  });
});
