/**
 * The nodes Rapport itself puts into a page (badge hosts). Inserting or
 * moving one is a DOM change like any other to the shared observer, and
 * would make the overlay read the whole page again just because it placed a
 * badge; changes made only of our own nodes are therefore ignored.
 */
const ownNodes = new WeakSet<Node>();

export function markOwnNode(node: Node): void {
  ownNodes.add(node);
}

/** Whether a mutation only added or removed Rapport's own nodes. */
export function isOwnMutation(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((node) => ownNodes.has(node));
}
