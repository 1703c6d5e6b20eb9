/**
 * Saving a new ladder. Contacts refer to levels by id, so a removed level
 * would leave its contacts on a level that no longer exists; the user says
 * where each removed level's contacts go, and the ladder, those contacts and
 * the goals aiming at a removed level move together in one transaction.
 * What was there before is returned, so the change can be undone.
 */
import { validateLadder } from '../domain/ladder-validation';
import { db, type RapportDatabase } from './database';
import type { Contact, Goal, Ladder } from './schema';
import { getSetting, ladderSetting, setSetting } from './settings';
import { InvalidRecordError } from './validation';

/** For each level being removed, the id of the level (on the new ladder) its contacts move to. */
export type LevelMoves = Record<string, string>;

export interface LadderChangeUndo {
  ladder: Ladder;
  /** Contacts and goals as they were, before they moved off removed levels. */
  contacts: Contact[];
  goals: Goal[];
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
        unplaced.map((level) => `say which level the contacts on "${level.name}" move to`),
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
    return { ladder: current, contacts, goals };
  });
}

/** Puts the ladder, and every contact and goal the change moved, back as they were. */
export async function undoLadderChange(
  undo: LadderChangeUndo,
  database: RapportDatabase = db,
): Promise<void> {
  await database.transaction('rw', [database.settings, database.contacts, database.goals], async () => {
    await setSetting(ladderSetting, undo.ladder, database);
    await database.contacts.bulkPut(undo.contacts);
    await database.goals.bulkPut(undo.goals);
  });
}
