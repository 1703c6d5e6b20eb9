/**
 * Saving a new ladder. Contacts refer to levels by id, so a removed level
 * would leave its contacts on a level that no longer exists; the user says
 * where each removed level's contacts go, and the ladder, those contacts and
 * the goals aiming at a removed level move together in one transaction.
 * What was there before is returned, so the change can be undone; the undo
 * takes back only what the save moved, so whatever the user did since (a tag
 * added, a contact deleted or moved again) stays as it is.
 */
import { validateLadder } from '../domain/ladder-validation';
import { db, type RapportDatabase } from './database';
import type { Contact, Goal, Ladder } from './schema';
import { getSetting, ladderSetting, setSetting } from './settings';
import { InvalidRecordError } from './validation';

/** For each level being removed, the id of the level (on the new ladder) its contacts and goals move to. */
export type LevelMoves = Record<string, string>;

export interface LadderChangeUndo {
  ladder: Ladder;
  /** Contacts and goals as they were, before they moved off removed levels. */
  contacts: Contact[];
  goals: Goal[];
  moves: LevelMoves;
  /** When the save moved them: the `updatedAt` it gave them. */
  savedAt: number;
}

/** Levels of `current` that `next` no longer has. */
export function removedLevels(current: Ladder, next: Ladder): Ladder['levels'] {
  const kept = new Set(next.levels.map((level) => level.id));
  return current.levels.filter((level) => !kept.has(level.id));
}

/** How many contacts are on each level id (including ids no longer on the ladder). */
export async function countContactsByLevel(
  levelIds: readonly string[],
  database: RapportDatabase = db,
): Promise<Record<string, number>> {
  const counts = await Promise.all(
    levelIds.map((id) => database.contacts.where('levelId').equals(id).count()),
  );
  return Object.fromEntries(levelIds.map((id, index) => [id, counts[index]!]));
}

/** How many goals aim at each level id. Goals are few and their target has no index: one read of them all. */
export async function countGoalsByTargetLevel(
  levelIds: readonly string[],
  database: RapportDatabase = db,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = Object.fromEntries(levelIds.map((id) => [id, 0]));
  await database.goals.each((goal) => {
    if (goal.targetLevelId !== null && goal.targetLevelId in counts) counts[goal.targetLevelId]! += 1;
  });
  return counts;
}

export async function saveLadder(
  next: Ladder,
  moves: LevelMoves,
  now: number,
  database: RapportDatabase = db,
): Promise<LadderChangeUndo> {
  const problems = validateLadder(next).map((problem) =>
    problem.levelIndex === null ? problem.message : `level ${problem.levelIndex + 1}: ${problem.message}`,
  );
  if (problems.length > 0) throw new InvalidRecordError('settings', problems);
  const nextIds = new Set(next.levels.map((level) => level.id));
  return database.transaction('rw', [database.settings, database.contacts, database.goals], async () => {
    const current = await getSetting(ladderSetting, database);
    const removed = removedLevels(current, next);
    const unplaced = removed.filter((level) => !nextIds.has(moves[level.id] ?? ''));
    if (unplaced.length > 0) {
      throw new InvalidRecordError(
        'settings',
        unplaced.map((level) => `say which level the contacts and goals on "${level.name}" move to`),
      );
    }
    const removedIds = removed.map((level) => level.id);
    const [contacts, goals] = await Promise.all([
      database.contacts.where('levelId').anyOf(removedIds).toArray(),
      database.goals
        .filter((goal) => goal.targetLevelId !== null && removedIds.includes(goal.targetLevelId))
        .toArray(),
    ]);
    await database.contacts.bulkPut(
      contacts.map((contact) => ({ ...contact, levelId: moves[contact.levelId]!, updatedAt: now })),
    );
    await database.goals.bulkPut(
      goals.map((goal) => ({ ...goal, targetLevelId: moves[goal.targetLevelId!]!, updatedAt: now })),
    );
    await setSetting(ladderSetting, next, database);
    return { ladder: current, contacts, goals, moves, savedAt: now };
  });
}

/**
 * What to write back for a record the save moved (`before` as it was, `now`
 * as it is), or null to leave it. Untouched since the save, it goes back
 * whole, older `updatedAt` and all, so the level history forgets the move
 * (level-history.ts). Edited since, only the level goes back, stamped at the
 * undo. Deleted, or moved again since, it is left: the later choice stands.
 */
function movedBack<T extends { updatedAt: number }>(
  before: T,
  now: T | undefined,
  where: { stillMoved(record: T): boolean; restore(record: T): T },
  undo: { savedAt: number; undoneAt: number },
): T[] {
  if (now === undefined || !where.stillMoved(now)) return [];
  if (now.updatedAt === undo.savedAt) return [before];
  return [{ ...where.restore(now), updatedAt: Math.max(undo.undoneAt, now.updatedAt) }];
}

/**
 * Puts the ladder back, and the contacts and goals the change moved back on
 * their removed levels, where they still are where the change put them.
 */
export async function undoLadderChange(
  undo: LadderChangeUndo,
  undoneAt: number,
  database: RapportDatabase = db,
): Promise<void> {
  const { moves } = undo;
  const when = { savedAt: undo.savedAt, undoneAt };
  await database.transaction('rw', [database.settings, database.contacts, database.goals], async () => {
    const [contacts, goals] = await Promise.all([
      database.contacts.bulkGet(undo.contacts.map((contact) => contact.id)),
      database.goals.bulkGet(undo.goals.map((goal) => goal.id)),
    ]);
    await setSetting(ladderSetting, undo.ladder, database);
    await database.contacts.bulkPut(
      undo.contacts.flatMap((before, i) =>
        movedBack(
          before,
          contacts[i],
          {
            stillMoved: (now) => now.levelId === moves[before.levelId],
            restore: (now) => ({ ...now, levelId: before.levelId }),
          },
          when,
        ),
      ),
    );
    await database.goals.bulkPut(
      undo.goals.flatMap((before, i) =>
        movedBack(
          before,
          goals[i],
          {
            stillMoved: (now) => now.targetLevelId === moves[before.targetLevelId!],
            restore: (now) => ({ ...now, targetLevelId: before.targetLevelId }),
          },
          when,
        ),
      ),
    );
  });
}
