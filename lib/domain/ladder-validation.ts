/**
 * The rules a user-edited ladder must keep beyond its record schema: levels
 * the user can tell apart, colours readable as text, and evidence on every
 * level above the floor (DOMAIN.md: every level keeps a definition made of
 * observable evidence; without it a level would be suggested for everyone).
 */
import { ladderSchema, type Ladder } from '../db/schema';
import { contrastRatio, LEVEL_TEXT_COLOR, MIN_TEXT_CONTRAST } from './color-contrast';

export interface LadderProblem {
  /** Index of the level concerned, or null for the ladder as a whole. */
  levelIndex: number | null;
  message: string;
}

export function validateLadder(ladder: Ladder): LadderProblem[] {
  const parsed = ladderSchema.safeParse(ladder);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      levelIndex: issue.path[0] === 'levels' && typeof issue.path[1] === 'number' ? issue.path[1] : null,
      message: issue.message,
    }));
  }
  const problems: LadderProblem[] = [];
  const ids = new Set<string>();
  const names = new Set<string>();
  const manualLabels = new Map<string, string>();
  for (const [index, level] of ladder.levels.entries()) {
    const problem = (message: string) => problems.push({ levelIndex: index, message });
    if (ids.has(level.id)) problem(`another level already has the id "${level.id}"`);
    ids.add(level.id);
    const name = level.name.trim().toLocaleLowerCase();
    if (names.has(name)) problem(`another level is already called "${level.name.trim()}"`);
    names.add(name);
    const contrast = contrastRatio(level.color, LEVEL_TEXT_COLOR);
    if (contrast < MIN_TEXT_CONTRAST) {
      problem(
        `the colour ${level.color} is too light to read text on (contrast ${contrast.toFixed(1)}:1, needs ${MIN_TEXT_CONTRAST}:1)`,
      );
    }
    if (index > 0 && level.evidence.length === 0)
      problem(`"${level.name}" needs at least one piece of evidence`);
    for (const rule of level.evidence) {
      if (rule.kind !== 'manual') continue;
      // Contacts store ticks by criterion id, so one id must mean one criterion.
      const label = manualLabels.get(rule.id);
      if (label !== undefined && label !== rule.label) {
        problem(`the criterion id "${rule.id}" is used for both "${label}" and "${rule.label}"`);
      }
      manualLabels.set(rule.id, rule.label);
    }
  }
  return problems;
}
