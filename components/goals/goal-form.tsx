/**
 * A new goal: whose (the contact or their account), title, target level or
 * revenue, deadline, the evidence checklist and the action steps with
 * dates. Checked with checkGoalInput (the goal schema) before saving: each
 * problem shows beside its field and nothing is saved.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { dateInputValue } from '../../lib/domain/follow-up-inputs';
import {
  checkGoalInput,
  type GoalDraft,
  type GoalErrors,
  type GoalFormInput,
} from '../../lib/domain/goal-inputs';
import './goals.css';

export interface GoalFormProps {
  contactName: string;
  /** Null when the contact has no account: then the goal is theirs. */
  accountName: string | null;
  levels: ReadonlyArray<{ id: string; name: string }>;
  now: number;
  /** Resolves true when saved. */
  onCreate(draft: GoalDraft): Promise<boolean>;
  onCancel(): void;
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

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message === undefined ? null : (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}

export function GoalForm({ contactName, accountName, levels, now, onCreate, onCancel }: GoalFormProps) {
  const base = useId();
  const [input, setInput] = useState<GoalFormInput>(blank);
  const [errors, setErrors] = useState<GoalErrors>({});
  // The form opens in place of "New goal": the keyboard goes on in its first field to fill in.
  const title = useRef<HTMLInputElement>(null);
  useEffect(() => title.current?.focus(), []);
  const id = (key: string) => `${base}-${key.replace(/\./g, '-')}`;
  const invalid = (key: string) => ({
    'aria-invalid': errors[key] !== undefined,
    'aria-describedby': errors[key] !== undefined ? id(`${key}-error`) : undefined,
  });
  const update = (patch: Partial<GoalFormInput>) => setInput((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkGoalInput(input, now);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    if (await onCreate(checked.draft)) setInput(blank());
  };

  return (
    <form
      className="panel-form goal-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label="New goal"
    >
      {accountName !== null && (
        <fieldset>
          <legend>Goal for</legend>
          <label className="inline-choice">
            <input
              type="radio"
              checked={input.owner === 'contact'}
              onChange={() => update({ owner: 'contact' })}
            />
            {contactName}
          </label>
          <label className="inline-choice">
            <input
              type="radio"
              checked={input.owner === 'account'}
              onChange={() => update({ owner: 'account' })}
            />
            {accountName} (the account)
          </label>
        </fieldset>
      )}
      <label htmlFor={id('title')}>Goal</label>
      <input
        id={id('title')}
        ref={title}
        value={input.title}
        placeholder="e.g. Make them a reference by spring"
        onChange={(event) => update({ title: event.target.value })}
        {...invalid('title')}
      />
      <FieldError id={id('title-error')} message={errors.title} />

      <label htmlFor={id('level')}>Target level</label>
      <select
        id={id('level')}
        value={input.targetLevelId}
        onChange={(event) => update({ targetLevelId: event.target.value })}
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
        onChange={(event) => update({ targetRevenue: event.target.value })}
        {...invalid('targetRevenue')}
      />
      <FieldError id={id('targetRevenue-error')} message={errors.targetRevenue} />

      <label htmlFor={id('deadline')}>Deadline</label>
      <input
        id={id('deadline')}
        type="date"
        min={dateInputValue(now)}
        value={input.deadline}
        onChange={(event) => update({ deadline: event.target.value })}
        {...invalid('deadline')}
      />
      <FieldError id={id('deadline-error')} message={errors.deadline} />

      <fieldset aria-describedby={errors.evidence !== undefined ? id('evidence-error') : undefined}>
        <legend>When it is achieved, how will you know?</legend>
        {input.evidence.map((text, index) => (
          <div key={index} className="goal-line">
            <label htmlFor={id(`evidence.${index}`)}>Evidence {index + 1}</label>
            <input
              id={id(`evidence.${index}`)}
              value={text}
              onChange={(event) =>
                update({ evidence: input.evidence.map((t, i) => (i === index ? event.target.value : t)) })
              }
              {...invalid(`evidence.${index}`)}
            />
            <button
              type="button"
              aria-label={`Remove evidence ${index + 1}`}
              onClick={() => update({ evidence: input.evidence.filter((_, i) => i !== index) })}
            >
              Remove
            </button>
            <FieldError id={id(`evidence.${index}-error`)} message={errors[`evidence.${index}`]} />
          </div>
        ))}
        <FieldError id={id('evidence-error')} message={errors.evidence} />
        <button type="button" onClick={() => update({ evidence: [...input.evidence, ''] })}>
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
                update({
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
                update({
                  steps: input.steps.map((s, i) => (i === index ? { ...s, date: event.target.value } : s)),
                })
              }
              {...invalid(`steps.${index}.date`)}
            />
            <button
              type="button"
              aria-label={`Remove step ${index + 1}`}
              onClick={() => update({ steps: input.steps.filter((_, i) => i !== index) })}
            >
              Remove
            </button>
            <FieldError id={id(`steps.${index}.text-error`)} message={errors[`steps.${index}.text`]} />
            <FieldError id={id(`steps.${index}.date-error`)} message={errors[`steps.${index}.date`]} />
          </div>
        ))}
        <button type="button" onClick={() => update({ steps: [...input.steps, { text: '', date: '' }] })}>
          Add step
        </button>
      </fieldset>
      <FieldError id={id('form-error')} message={errors.form} />
      <div className="panel-actions">
        <button type="submit">Create goal</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
