/** "1 deal", "3 deals", "1,000 accounts": English counts for the sentences the rules produce. */
export function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
