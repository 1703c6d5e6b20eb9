/** An element's text as a reader sees it: whitespace runs collapsed, trimmed. */
export function visibleText(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
