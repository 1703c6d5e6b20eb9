/**
 * The goal form's input, checked with the goal schema (schema.ts goalSchema)
 * before anything is saved, each problem as a sentence keyed by the field it
 * belongs to, so the form can show it beside that field.
 */
import { goalSchema, MAX_LIST, MAX_NAME } from '../db/schema';
import { parseAmount } from './amount';
import { followUpDate, type Checked } from './follow-up-inputs';

export interface GoalFormInput {
  /** Whose goal: the contact in view, or their account. */
  owner: 'contact' | 'account';
  title: string;
  /** A ladder level id, or '' for none. */
  targetLevelId: string;
  /** A revenue figure as typed, or '' for none. */
  targetRevenue: string;
  /** A date input's value (yyyy-MM-dd). */
  deadline: string;
  evidence: string[];
  steps: Array<{ text: string; date: string }>;
}

/** The checked goal, ready to save. */
export interface GoalDraft {
  owner: 'contact' | 'account';
  title: string;
  targetLevelId: string | null;
  targetRevenue: number | null;
  deadline: number;
  evidence: string[];
  steps: Array<{ text: string; dueAt: number }>;
}

/** Field keys: 'title', 'targetRevenue', 'deadline', 'evidence', 'evidence.2', 'steps.0.text', 'steps.0.date', 'form'. */
export type GoalErrors = Record<string, string>;

/** The form's lists of lines, each line keyed by its index: 'evidence.2', 'steps.0.text'. */
export type GoalLineList = 'evidence' | 'steps';

/** Said of a line (title, evidence, step) that is too long; an empty one is asked for in its own words. */
const lineMessage = `Write it in at most ${MAX_NAME * 2} characters.`;

/** The problem a goal schema issue stands for, keyed by the field it belongs to. */
function messageFor(issue: { path: readonly PropertyKey[]; code: string }): { key: string; message: string } {
  const [field, index, part] = issue.path;
  const empty = issue.code === 'too_small';
  switch (field) {
    case 'title':
      return { key: 'title', message: empty ? 'Give the goal a title.' : lineMessage };
    case 'targetRevenue':
      return { key: 'targetRevenue', message: 'A target revenue is a positive amount.' };
    case 'evidence':
      return typeof index === 'number'
        ? {
            key: `evidence.${index}`,
            message: empty ? 'Say what you will see, or remove the line.' : lineMessage,
          }
        : { key: 'form', message: `A goal has at most ${MAX_LIST} evidence items.` };
    case 'steps':
      return typeof index === 'number' && part === 'text'
        ? { key: `steps.${index}.text`, message: empty ? 'Say what the step is, or remove it.' : lineMessage }
        : { key: 'form', message: `A goal has at most ${MAX_LIST} steps.` };
    default:
      return { key: 'form', message: 'This goal cannot be saved as it is.' };
  }
}

/**
 * The problems left once line `index` of a list is removed: that line's go
 * with it, and those of the lines after it move up with their lines, so each
 * stays beside the line it was said of.
 */
export function errorsWithoutLine(errors: GoalErrors, list: GoalLineList, index: number): GoalErrors {
  const kept: GoalErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const [field, at, ...rest] = key.split('.');
    const line = Number(at);
    if (field !== list || at === undefined || !Number.isInteger(line)) kept[key] = message;
    else if (line !== index) kept[[field, line > index ? line - 1 : line, ...rest].join('.')] = message;
  }
  return kept;
}

export function checkGoalInput(
  input: GoalFormInput,
  now: number,
): { ok: true; draft: GoalDraft } | { ok: false; errors: GoalErrors } {
  const errors: GoalErrors = {};
  const deadline: Checked<number> =
    input.deadline.trim() === ''
      ? { ok: false, error: 'Choose the day the goal is due.' }
      : followUpDate(input.deadline, now);
  if (!deadline.ok) errors.deadline = deadline.error;
  const revenueText = input.targetRevenue.trim();
  const revenue = revenueText === '' ? null : parseAmount(revenueText);
  const targetRevenue = revenue?.ok ? revenue.value : null;
  // Said under the field, which is labelled: the reason alone.
  if (revenue && !revenue.ok) errors.targetRevenue = revenue.error;
  const stepDates = input.steps.map((step, index) => {
    const date = followUpDate(step.date, now);
    if (!date.ok) errors[`steps.${index}.date`] = date.error;
    return date.ok ? date.value : now;
  });
  const targetLevelId = input.targetLevelId === '' ? null : input.targetLevelId;
  // "When I have achieved this, how will I know?" (DOMAIN.md): a goal needs at least one answer.
  if (input.evidence.length === 0) {
    errors.evidence = 'Add at least one thing you will see when the goal is achieved.';
  }

  // The schema is the one the database enforces; ids and owner are stand-ins here.
  const candidate = {
    id: 'draft',
    contactId: 'owner',
    accountId: null,
    title: input.title,
    targetLevelId,
    targetRevenue: targetRevenue !== null && Number.isFinite(targetRevenue) ? targetRevenue : null,
    deadline: deadline.ok ? deadline.value : now,
    evidence: input.evidence.map((text, index) => ({ id: `e${index}`, text, met: false })),
    steps: input.steps.map((step, index) => ({
      id: `s${index}`,
      text: step.text,
      dueAt: stepDates[index]!,
      doneAt: null,
    })),
    status: 'open' as const,
    createdAt: now,
    updatedAt: now,
  };
  const parsed = goalSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const { key, message } = messageFor(issue);
      errors[key] ??= message;
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    draft: {
      owner: input.owner,
      title: parsed.data.title,
      targetLevelId,
      targetRevenue: parsed.data.targetRevenue,
      deadline: parsed.data.deadline,
      evidence: parsed.data.evidence.map((item) => item.text),
      steps: parsed.data.steps.map((step) => ({ text: step.text, dueAt: step.dueAt })),
    },
  };
}
