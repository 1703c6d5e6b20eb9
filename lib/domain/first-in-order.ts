/**
 * The first `count` items of a list in the order `compare` gives, without
 * sorting the whole list: the priority queue shows a screenful out of tens
 * of thousands of contacts. Keeps a sorted shortlist; once it is full, most
 * items lose to its last entry after a single comparison.
 */
export function firstInOrder<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  const shortlist: T[] = [];
  if (count <= 0) return shortlist;
  for (const item of items) {
    if (shortlist.length === count && compare(item, shortlist[count - 1]!) >= 0) continue;
    let low = 0;
    let high = shortlist.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(item, shortlist[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    shortlist.splice(low, 0, item);
    if (shortlist.length > count) shortlist.pop();
  }
  return shortlist;
}
