/**
 * Reads run one after another inside the caller's transaction.
 *
 * Written as `await readA(); await readB();` with async readers, the second
 * read can start outside the transaction when the caller runs inside a
 * liveQuery: Dexie's transaction zone does not survive awaiting a native
 * promise there, so the transaction commits early (PrematureCommitError) and
 * the reads after it fail. Dexie's own promise calls each `then` in the zone
 * it was chained from, so a chain built up front keeps every read inside.
 */
import Dexie from 'dexie';

type Results<T extends readonly (() => unknown)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

export function readInTurn<const T extends readonly (() => unknown)[]>(reads: T): Promise<Results<T>> {
  const results: unknown[] = [];
  // Dexie's promise throughout, so that a caller chaining more reads on the result keeps the zone too.
  let chain: Promise<unknown> = Dexie.Promise.resolve();
  for (const read of reads)
    chain = chain.then(read).then((value) => {
      results.push(value);
    });
  return chain.then(() => results as Results<T>);
}
