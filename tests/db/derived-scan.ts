/**
 * The derived tables (lib/db/derived.ts) as a full scan of the records
 * computes them, written from the domain rules and independently of the
 * middleware, and as they are stored: tests compare the two.
 */
import type { RapportDatabase } from '../../lib/db/database';
import type { LatestGive, OpenMark } from '../../lib/db/derived';
import { listRecords } from '../../lib/db/read';
import { lastGiveAt } from '../../lib/domain/gestures';

export interface DerivedData {
  latestGives: LatestGive[];
  openFollowUps: OpenMark[];
  openGoals: OpenMark[];
  openIssues: OpenMark[];
}

const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** What every derived table should hold, from the valid records. */
export async function scanDerived(database: RapportDatabase): Promise<DerivedData> {
  const gestures = await listRecords('gestures', database);
  const contactIds = [...new Set(gestures.map((gesture) => gesture.contactId))];
  const latestGives = contactIds
    .map((contactId) => ({
      contactId,
      // Whatever the date: "now" at the end of the instants the schema allows.
      at: lastGiveAt(
        gestures.filter((gesture) => gesture.contactId === contactId),
        Number.MAX_SAFE_INTEGER,
      ),
    }))
    .filter((row): row is LatestGive => row.at !== null)
    .sort(byKey((row) => row.contactId));
  const open = (ids: string[]) => ids.sort().map((id) => ({ id, until: Infinity }));
  return {
    latestGives,
    openFollowUps: open(
      (await listRecords('followUps', database)).filter((f) => f.doneAt === null).map((f) => f.id),
    ),
    openGoals: open(
      (await listRecords('goals', database)).filter((g) => g.status === 'open').map((g) => g.id),
    ),
    openIssues: (await listRecords('accountIssues', database))
      .map((issue) => ({ id: issue.id, until: issue.resolvedAt ?? Infinity }))
      .sort(byKey((row) => row.id)),
  };
}

/** What the derived tables hold. */
export async function readDerived(database: RapportDatabase): Promise<DerivedData> {
  return {
    latestGives: await database.latestGives.toArray(),
    openFollowUps: await database.openFollowUps.toArray(),
    openGoals: await database.openGoals.toArray(),
    openIssues: await database.openIssues.toArray(),
  };
}
