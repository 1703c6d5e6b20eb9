/** "1 deal", "3 deals": English counts for the sentences the rules produce. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
