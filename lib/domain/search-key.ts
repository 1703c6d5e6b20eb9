/** Lower case, accents folded (é = e): how search, the name sort and word matching compare text. */
export function searchKey(text: string): string {
  // Plain ASCII (most emails and many names) has no accents to fold; normalising costs.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
