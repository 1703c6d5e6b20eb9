/**
 * The follow-up panel's forms: cadence, a dated follow-up, a snooze. Each
 * checks its input first and shows a problem beside the field, saving
 * nothing; the caller gets only valid values.
 */
import { useId, useState, type FormEvent } from 'react';
import type { ResolvedCadence } from '../../lib/domain/cadence';
import { cadenceDays, dateInputValue, followUpDate, followUpReason } from '../../lib/domain/follow-up-inputs';
import { firstPickableDay, pickedSnoozeDate, snoozeOptions } from '../../lib/popup/snooze-options';
import './follow-ups.css';

export function cadenceSourceText(cadence: ResolvedCadence, tier: string): string {
  switch (cadence.source) {
    case 'contact':
      return 'set for this contact';
    case 'level':
      return `the default for their level at a ${tier}-tier account`;
    case 'other-levels':
      return `the default for levels without a cadence of their own, at a ${tier}-tier account`;
  }
}

export interface CadenceEditorProps {
  cadence: ResolvedCadence;
  defaultCadence: ResolvedCadence;
  tier: string;
  /** A number of days for this contact, or null to go back to the default. */
  onSet(days: number | null): void;
}

export function CadenceEditor({ cadence, defaultCadence, tier, onSet }: CadenceEditorProps) {
  const inputId = useId();
  const errorId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = cadenceDays(text);
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    setError(null);
    setText('');
    onSet(checked.value);
  };
  return (
    <div className="cadence-editor">
      <p>
        Every <strong>{cadence.days} days</strong>: {cadenceSourceText(cadence, tier)}.
      </p>
      <form className="panel-form inline-form" onSubmit={submit} noValidate>
        <label htmlFor={inputId}>Cadence for this contact, in days</label>
        <div className="panel-actions">
          <input
            id={inputId}
            inputMode="numeric"
            value={text}
            placeholder={String(cadence.days)}
            aria-invalid={error !== null}
            aria-describedby={error !== null ? errorId : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit">Set cadence</button>
          {cadence.source === 'contact' && (
            <button type="button" onClick={() => onSet(null)}>
              Use the default ({defaultCadence.days} days)
            </button>
          )}
        </div>
        {error !== null && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}

export interface FollowUpFormProps {
  now: number;
  /** Resolves true when saved, so the form can clear itself. */
  onSubmit(request: { dueAt: number; reason: string }): Promise<boolean>;
}

export function FollowUpForm({ now, onSubmit }: FollowUpFormProps) {
  const ids = { date: useId(), reason: useId(), dateError: useId(), reasonError: useId() };
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ date?: string; reason?: string }>({});
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const dueAt = followUpDate(date, now);
    const why = followUpReason(reason);
    setErrors({ date: dueAt.ok ? undefined : dueAt.error, reason: why.ok ? undefined : why.error });
    if (!dueAt.ok || !why.ok) return;
    if (await onSubmit({ dueAt: dueAt.value, reason: why.value })) {
      setDate('');
      setReason('');
    }
  };
  return (
    <form className="panel-form" onSubmit={(event) => void submit(event)} noValidate>
      <h3>Set a follow-up</h3>
      <label htmlFor={ids.date}>Day</label>
      <input
        id={ids.date}
        type="date"
        min={dateInputValue(now)}
        value={date}
        aria-invalid={errors.date !== undefined}
        aria-describedby={errors.date !== undefined ? ids.dateError : undefined}
        onChange={(event) => setDate(event.target.value)}
      />
      {errors.date !== undefined && (
        <p id={ids.dateError} className="field-error">
          {errors.date}
        </p>
      )}
      <label htmlFor={ids.reason}>What for</label>
      <input
        id={ids.reason}
        value={reason}
        aria-invalid={errors.reason !== undefined}
        aria-describedby={errors.reason !== undefined ? ids.reasonError : undefined}
        onChange={(event) => setReason(event.target.value)}
      />
      {errors.reason !== undefined && (
        <p id={ids.reasonError} className="field-error">
          {errors.reason}
        </p>
      )}
      <div className="panel-actions">
        <button type="submit">Set follow-up</button>
      </div>
    </form>
  );
}

export interface SnoozeControlsProps {
  now: number;
  /** `when` reads as "until tomorrow", for the status line. */
  onSnooze(until: number, when: string): void;
}

export function SnoozeControls({ now, onSnooze }: SnoozeControlsProps) {
  const headingId = useId();
  const dateId = useId();
  const errorId = useId();
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const pick = (event: FormEvent) => {
    event.preventDefault();
    const picked = pickedSnoozeDate(date, now);
    if (!picked.ok) {
      setError(picked.error);
      return;
    }
    setError(null);
    setDate('');
    onSnooze(picked.until, picked.when);
  };
  return (
    <div role="group" aria-labelledby={headingId} className="snooze-controls">
      <h3 id={headingId}>Snooze</h3>
      <div className="panel-actions">
        {snoozeOptions(now).map((option) => (
          <button
            key={option.choice}
            type="button"
            aria-label={`Snooze ${option.when}`}
            onClick={() => onSnooze(option.until, option.when)}
          >
            {option.label}
          </button>
        ))}
      </div>
      <form className="panel-form" onSubmit={pick} noValidate>
        <label htmlFor={dateId}>Snooze until a day</label>
        <div className="panel-actions">
          <input
            id={dateId}
            type="date"
            min={firstPickableDay(now)}
            value={date}
            aria-invalid={error !== null}
            aria-describedby={error !== null ? errorId : undefined}
            onChange={(event) => setDate(event.target.value)}
          />
          <button type="submit">Snooze until then</button>
        </div>
        {error !== null && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
