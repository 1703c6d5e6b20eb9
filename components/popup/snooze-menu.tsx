/** Snooze choices: later today, tomorrow, next week, or a picked date (checked before anything is saved). */
import { useId, useState, type FormEvent } from 'react';
import { firstPickableDay, pickedSnoozeDate, snoozeOptions } from '../../lib/popup/snooze-options';

export interface SnoozeMenuProps {
  now: number;
  onSnooze(until: number, when: string): void;
  disabled?: boolean;
}

export function SnoozeMenu({ now, onSnooze, disabled = false }: SnoozeMenuProps) {
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const dateId = useId();
  const errorId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const picked = pickedSnoozeDate(date, now);
    if (!picked.ok) {
      setError(picked.error);
      return;
    }
    setError(null);
    onSnooze(picked.until, picked.when);
  };
  return (
    <div className="snooze-menu">
      <div role="group" aria-label="Snooze until" className="snooze-choices">
        {snoozeOptions(now).map((option, index) => (
          <button
            key={option.choice}
            type="button"
            disabled={disabled}
            autoFocus={index === 0}
            onClick={() => onSnooze(option.until, option.when)}
          >
            {option.label}
          </button>
        ))}
      </div>
      <form className="snooze-date" onSubmit={submit} noValidate>
        <label htmlFor={dateId}>Or a date</label>
        <input
          id={dateId}
          type="date"
          value={date}
          min={firstPickableDay(now)}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setDate(event.target.value)}
        />
        <button type="submit" disabled={disabled}>
          Snooze to date
        </button>
        {error && (
          <p id={errorId} className="popup-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
