/**
 * Relationship goals (DOMAIN.md): a target level or revenue by a deadline,
 * a checklist answering "when I have achieved this, how will I know?", and
 * an action plan whose dated steps become follow-ups.
 */
import { differenceInCalendarDays } from 'date-fns';
import { MAX_NAME, type Contact, type FollowUp, type Goal, type Ladder } from '../db/schema';
import { compareText } from './compare-text';
import { toInstant, type Now } from './time';

type Step = Goal['steps'][number];

export interface GoalProgress {
  met: number;
  total: number;
  /** met / total, 0 while the checklist is empty. */
  ratio: number;
}

export function goalProgress(goal: Pick<Goal, 'evidence'>): GoalProgress {
  const total = goal.evidence.length;
  const met = goal.evidence.filter((item) => item.met).length;
  return { met, total, ratio: total === 0 ? 0 : met / total };
}

/** Steps not done yet, earliest due first. */
export function openSteps(goal: Pick<Goal, 'steps'>): Step[] {
  return goal.steps.filter((step) => step.doneAt === null).sort((a, b) => a.dueAt - b.dueAt);
}

/** When the earliest open step of an open goal falls due; null when nothing is left to do. */
export function nextStepDueAt(goal: Pick<Goal, 'status' | 'steps'>): number | null {
  if (goal.status !== 'open') return null;
  let earliest: number | null = null;
  for (const step of goal.steps) {
    if (step.doneAt === null && (earliest === null || step.dueAt < earliest)) earliest = step.dueAt;
  }
  return earliest;
}

export interface GoalTargetContext {
  ladder: Ladder;
  /**
   * For a target level: the level of the person the goal is about, a contact
   * goal's contact or, for an account goal, whoever its follow-ups go to
   * (goalContactId).
   */
  levelId: string | null;
  /** The account's revenue to date, for a target revenue. */
  revenue: number | null;
}

export interface GoalView {
  progress: GoalProgress;
  openSteps: Step[];
  /** Open steps whose due day has passed (a step due today is not overdue yet). */
  overdueSteps: Step[];
  /** Calendar days to the deadline; negative once it has passed. */
  daysToDeadline: number;
  /** Whether the target level or revenue is reached; null when the goal sets none or the context lacks the figure. */
  targetReached: boolean | null;
}

export function goalView(goal: Goal, context: GoalTargetContext, now: Now): GoalView {
  const at = toInstant(now);
  const open = openSteps(goal);
  return {
    progress: goalProgress(goal),
    openSteps: open,
    overdueSteps: open.filter((step) => differenceInCalendarDays(step.dueAt, at) < 0),
    daysToDeadline: differenceInCalendarDays(goal.deadline, at),
    targetReached: goalTargetReached(goal, context),
  };
}

/**
 * Whether the goal's target level and revenue are both reached; null when it
 * sets none, or the context lacks the figure, or a level is not on the ladder.
 */
export function goalTargetReached(
  goal: Pick<Goal, 'targetLevelId' | 'targetRevenue'>,
  { ladder, levelId, revenue }: GoalTargetContext,
): boolean | null {
  const checks: boolean[] = [];
  if (goal.targetLevelId !== null) {
    const rungOf = (id: string | null) => ladder.levels.findIndex((level) => level.id === id);
    const [reached, target] = [rungOf(levelId), rungOf(goal.targetLevelId)];
    // A level taken off the ladder has no place on it to compare.
    if (reached === -1 || target === -1) return null;
    checks.push(reached >= target);
  }
  if (goal.targetRevenue !== null) {
    if (revenue === null) return null;
    checks.push(revenue >= goal.targetRevenue);
  }
  return checks.length === 0 ? null : checks.every(Boolean);
}

/**
 * Who an account goal's follow-ups go to: the champion, else a decision
 * maker, else anyone still at the account; among several, the first
 * recorded (earliest createdAt, then id), in whatever order they are given.
 * A contact goal's follow-ups go to that contact.
 */
export function goalContactId(
  goal: Pick<Goal, 'contactId'>,
  accountContacts: readonly Contact[],
): string | null {
  if (goal.contactId !== null) return goal.contactId;
  const present = accountContacts.filter((contact) => !contact.left);
  const owner =
    firstRecorded(present.filter((contact) => contact.roles.includes('champion'))) ??
    firstRecorded(present.filter((contact) => contact.roles.includes('decision-maker'))) ??
    firstRecorded(present);
  return owner?.id ?? null;
}

function firstRecorded(people: readonly Contact[]): Contact | undefined {
  let first: Contact | undefined;
  for (const person of people) {
    if (
      first === undefined ||
      person.createdAt < first.createdAt ||
      (person.createdAt === first.createdAt && compareText(person.id, first.id) < 0)
    )
      first = person;
  }
  return first;
}

/** The follow-up an action step becomes; the data layer stores it keyed by (goalId, stepId). */
export type GoalFollowUpDraft = Pick<
  FollowUp,
  'contactId' | 'dueAt' | 'reason' | 'source' | 'goalId' | 'stepId'
>;

/** One follow-up per open step of an open goal. */
export function goalFollowUps(goal: Goal, contactId: string): GoalFollowUpDraft[] {
  if (goal.status !== 'open') return [];
  return openSteps(goal).map((step) => ({
    contactId,
    dueAt: step.dueAt,
    // The follow-up's reason has the same cap as a goal title alone.
    reason: `${goal.title}: ${step.text}`.slice(0, MAX_NAME * 2),
    source: 'goal',
    goalId: goal.id,
    stepId: step.id,
  }));
}
