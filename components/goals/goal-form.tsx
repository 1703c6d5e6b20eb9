/**
 * A new goal: whose (the contact or their account), title, target level or
 * revenue, deadline, the evidence checklist and the action steps with
 * dates. Checked with checkGoalInput (the goal schema) before saving: each
 * problem shows beside its field, tied to it, and nothing is saved; the
 * keyboard goes to the first field with a problem, so a screen reader reads
 * the problem with it (said only beside the field, it went unheard while the
 * focus stayed on "Create goal").
 */
import { useEffect, useId, useRef, type FormEvent } from 'react';
import { dateInputValue } from '../../lib/domain/follow-up-inputs';
import type { GoalDraft, GoalLineList } from '../../lib/domain/goal-inputs';
import { GoalOwnerChoice } from './goal-owner-choice';
import { useFocusAfterRender } from '../common/use-focus-after-render';
import { useGoalInput } from './use-goal-input';
import './goals.css';

export interface GoalFormProps {
  contactName: string;
  /** Null when the contact has no account: then the goal is theirs. */
  accountName: string | null;
  /** Whom an account goal's follow-ups go to (goals.ts goalContactId); null when nobody is left there. */
  accountFollowUpsTo: string | null;
  levels: ReadonlyArray<{ id: string; name: string }>;
  now: number;
  /** Resolves true when saved. */
  onCreate(draft: GoalDraft): Promise<boolean>;
  onCancel(): void;
}

/** A field's problem; `alert` for one that no field takes the keyboard to, so it is announced. */
function FieldError({
  id,
  message,
  alert = false,
}: {
  id: string;
  message: string | undefined;
  alert?: boolean;
}) {
  return message === undefined ? null : (
    <p id={id} className="field-error" role={alert ? 'alert' : undefined}>
      {message}
    </p>
  );
}

/** The first control of the form described by a problem shown beside it, in the order the form shows them. */
function firstProblem(form: HTMLElement): HTMLElement | undefined {
  const shown = (idRef: string) =>
    form.ownerDocument.getElementById(idRef)?.classList.contains('field-error');
  return [...form.querySelectorAll<HTMLElement>('input, select, button')].find((control) =>
    (control.getAttribute('aria-describedby') ?? '').split(' ').some(shown),
  );
}

export function GoalForm({
  contactName,
  accountName,
  accountFollowUpsTo,
  levels,
  now,
  onCreate,
  onCancel,
}: GoalFormProps) {
  const base = useId();
  const { input, errors, edit, removeLine, check, reset } = useGoalInput(now);
  const form = useRef<HTMLFormElement>(null);
  const focusAfterRender = useFocusAfterRender(form);
  // The form opens in place of "New goal": the keyboard goes on in its first field to fill in.
  const title = useRef<HTMLInputElement>(null);
  useEffect(() => title.current?.focus(), []);
  const id = (key: string) => `${base}-${key.replace(/\./g, '-')}`;
  const invalid = (key: string) => ({
    'aria-invalid': errors[key] !== undefined,
    'aria-describedby': errors[key] !== undefined ? id(`${key}-error`) : undefined,
  });

  /**
   * After a removal the keyboard goes on in the line that took the removed
   * one's place, else the one before, else the list's Add button: the Remove
   * button it was on is gone, or now removes another line.
   */
  const remove = (list: GoalLineList, index: number) => {
    removeLine(list, index);
    const line = index < input[list].length - 1 ? index : index - 1;
    const target = line < 0 ? list : list === 'steps' ? `steps.${line}.text` : `evidence.${line}`;
    focusAfterRender((root) => root.ownerDocument.getElementById(id(target)));
  };

  /** A line added is to be filled in: the keyboard goes to it, not left on the Add button. */
  const addEvidence = () => {
    edit('evidence', { evidence: [...input.evidence, ''] });
    focusAfterRender((root) => root.ownerDocument.getElementById(id(`evidence.${input.evidence.length}`)));
  };
  const addStep = () => {
    edit('steps', { steps: [...input.steps, { text: '', date: '' }] });
    focusAfterRender((root) => root.ownerDocument.getElementById(id(`steps.${input.steps.length}.text`)));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const draft = check();
    if (draft === null) focusAfterRender(firstProblem);
    else if (await onCreate(draft)) reset();
  };

  return (
    <form
      ref={form}
      className="panel-form goal-form"
      onSubmit={(event) => void submit(event)}
      // Escape leaves the form, as Cancel does (a select's own Escape, closing its list, is left alone).
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        onCancel();
      }}
      noValidate
      aria-label="New goal"
    >
      {accountName !== null && (
        <GoalOwnerChoice
          owner={input.owner}
          contactName={contactName}
          accountName={accountName}
          accountFollowUpsTo={accountFollowUpsTo}
          onChange={(owner) => edit('owner', { owner })}
        />
      )}
      <label htmlFor={id('title')}>Goal</label>
      <input
        id={id('title')}
        ref={title}
        value={input.title}
        placeholder="e.g. Make them a reference by spring"
        onChange={(event) => edit('title', { title: event.target.value })}
        {...invalid('title')}
      />
      <FieldError id={id('title-error')} message={errors.title} />

      <label htmlFor={id('level')}>Target level</label>
      <select
        id={id('level')}
        value={input.targetLevelId}
        onChange={(event) => edit('targetLevelId', { targetLevelId: event.target.value })}
      >
        <option value="">No target level</option>
        {levels.map((level) => (
          <option key={level.id} value={level.id}>
            {level.name}
          </option>
        ))}
      </select>

      <label htmlFor={id('targetRevenue')}>Target revenue (optional)</label>
      <input
        id={id('targetRevenue')}
        inputMode="decimal"
        value={input.targetRevenue}
        onChange={(event) => edit('targetRevenue', { targetRevenue: event.target.value })}
        {...invalid('targetRevenue')}
      />
      <FieldError id={id('targetRevenue-error')} message={errors.targetRevenue} />

      <label htmlFor={id('deadline')}>Deadline</label>
      <input
        id={id('deadline')}
        type="date"
        min={dateInputValue(now)}
        value={input.deadline}
        onChange={(event) => edit('deadline', { deadline: event.target.value })}
        {...invalid('deadline')}
      />
      <FieldError id={id('deadline-error')} message={errors.deadline} />

      <fieldset>
        <legend>When it is achieved, how will you know?</legend>
        {input.evidence.map((text, index) => (
          <div key={index} className="goal-line">
            <label htmlFor={id(`evidence.${index}`)}>Evidence {index + 1}</label>
            <input
              id={id(`evidence.${index}`)}
              value={text}
              onChange={(event) =>
                edit(`evidence.${index}`, {
                  evidence: input.evidence.map((t, i) => (i === index ? event.target.value : t)),
                })
              }
              {...invalid(`evidence.${index}`)}
            />
            <button
              type="button"
              aria-label={`Remove evidence ${index + 1}`}
              onClick={() => remove('evidence', index)}
            >
              Remove
            </button>
            <FieldError id={id(`evidence.${index}-error`)} message={errors[`evidence.${index}`]} />
          </div>
        ))}
        <FieldError id={id('evidence-error')} message={errors.evidence} />
        {/* With no evidence line left, the problem is said of the button that adds one. */}
        <button
          type="button"
          id={id('evidence')}
          aria-describedby={errors.evidence !== undefined ? id('evidence-error') : undefined}
          onClick={addEvidence}
        >
          Add evidence item
        </button>
      </fieldset>

      <fieldset>
        <legend>Action steps (each date becomes a follow-up)</legend>
        {input.steps.map((step, index) => (
          <div key={index} className="goal-line">
            <label htmlFor={id(`steps.${index}.text`)}>Step {index + 1}</label>
            <input
              id={id(`steps.${index}.text`)}
              value={step.text}
              onChange={(event) =>
                edit(`steps.${index}.text`, {
                  steps: input.steps.map((s, i) => (i === index ? { ...s, text: event.target.value } : s)),
                })
              }
              {...invalid(`steps.${index}.text`)}
            />
            <label htmlFor={id(`steps.${index}.date`)}>Step {index + 1} date</label>
            <input
              id={id(`steps.${index}.date`)}
              type="date"
              min={dateInputValue(now)}
              value={step.date}
              onChange={(event) =>
                edit(`steps.${index}.date`, {
                  steps: input.steps.map((s, i) => (i === index ? { ...s, date: event.target.value } : s)),
                })
              }
              {...invalid(`steps.${index}.date`)}
            />
            <button
              type="button"
              aria-label={`Remove step ${index + 1}`}
              onClick={() => remove('steps', index)}
            >
              Remove
            </button>
            <FieldError id={id(`steps.${index}.text-error`)} message={errors[`steps.${index}.text`]} />
            <FieldError id={id(`steps.${index}.date-error`)} message={errors[`steps.${index}.date`]} />
          </div>
        ))}
        <button type="button" id={id('steps')} onClick={addStep}>
          Add step
        </button>
      </fieldset>
      {/* What is wrong with the goal as a whole (too many lines) has no field of its own. */}
      <FieldError id={id('form-error')} message={errors.form} alert />
      <div className="panel-actions">
        <button type="submit">Create goal</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
