/**
 * A new goal as it is being filled in, checked on submit as every goal is
 * (goal-inputs.ts checkGoalInput): a refusal keeps the input and says what is
 * wrong beside each field; an edit takes away what was said of the field it
 * changes, as it may no longer hold (as a note's draft does,
 * components/notes/use-note-draft.ts).
 */
import { useState } from 'react';
import {
  checkGoalInput,
  errorsWithoutLine,
  type GoalDraft,
  type GoalErrors,
  type GoalFormInput,
  type GoalLineList,
} from '../../lib/domain/goal-inputs';

export interface GoalInput {
  input: GoalFormInput;
  /** What was wrong at the last submit, each until its field is edited or the goal submitted again. */
  errors: GoalErrors;
  /** Takes the user's edit of the field `key` (an error key: 'title', 'steps.0.date'). */
  edit(key: string, patch: Partial<GoalFormInput>): void;
  /** Takes a line out of a list, with what was said of it. */
  removeLine(list: GoalLineList, index: number): void;
  /** The goal ready to save, or null when it is refused (the errors say why). */
  check(): GoalDraft | null;
  /** Back to an empty form, once the goal is saved. */
  reset(): void;
}

const blank = (): GoalFormInput => ({
  owner: 'contact',
  title: '',
  targetLevelId: '',
  targetRevenue: '',
  deadline: '',
  evidence: [''],
  steps: [],
});

export function useGoalInput(now: number): GoalInput {
  const [input, setInput] = useState<GoalFormInput>(blank);
  const [errors, setErrors] = useState<GoalErrors>({});
  const edit = (key: string, patch: Partial<GoalFormInput>) => {
    setInput((current) => ({ ...current, ...patch }));
    setErrors(({ [key]: _said, ...rest }) => rest);
  };
  const removeLine = (list: GoalLineList, index: number) => {
    setInput((current) =>
      list === 'evidence'
        ? { ...current, evidence: current.evidence.filter((_, i) => i !== index) }
        : { ...current, steps: current.steps.filter((_, i) => i !== index) },
    );
    setErrors((current) => errorsWithoutLine(current, list, index));
  };
  const check = () => {
    const checked = checkGoalInput(input, now);
    setErrors(checked.ok ? {} : checked.errors);
    return checked.ok ? checked.draft : null;
  };
  const reset = () => {
    setInput(blank());
    setErrors({});
  };
  return { input, errors, edit, removeLine, check, reset };
}
