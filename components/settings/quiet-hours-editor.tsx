/** Quiet hours: when Rapport shows no notifications; follow-ups falling due then are announced when they end. */
import './settings.css';
import { useId, useRef, useState } from 'react';
import type { z } from 'zod';
import { quietHoursSchema, type QuietHours } from '../../lib/reminders/quiet-hours-setting';
import { useFocusRescue } from '../common/use-focus-rescue';
import { useDraft } from './use-draft';

export interface QuietHoursEditorProps {
  quietHours: QuietHours;
  onSave(next: QuietHours): Promise<void>;
}

type TimeField = 'start' | 'end';

/**
 * What each time field's problem says, naming the field. A time input
 * shows its time in the browser's own format (11:30 PM) and reports an
 * empty value for a time it cannot read, so a field that fails the
 * schema's format is one with no time in it: the words ask for the time,
 * never for a format the user does not see.
 */
const fieldWords: Record<TimeField, { label: string; empty: string }> = {
  start: { label: 'From', empty: 'From: enter the time quiet hours start.' },
  end: { label: 'to', empty: 'To: enter the time quiet hours end.' },
};
const sameTimes = 'To: quiet hours must end at another time than they start.';

/** Each time field's problem, the first found: with both times empty, they are also "equal". */
function problemsByField(issues: readonly z.core.$ZodIssue[]): Partial<Record<TimeField, string>> {
  const problems: Partial<Record<TimeField, string>> = {};
  for (const issue of issues) {
    // A time the schema cannot read is on its own field; two equal times (its refine) on the end.
    const field: TimeField = issue.path[0] === 'start' ? 'start' : 'end';
    problems[field] ??= issue.code === 'custom' ? sameTimes : fieldWords[field].empty;
  }
  return problems;
}

export function QuietHoursEditor({ quietHours, onSave }: QuietHoursEditorProps) {
  const headingId = useId();
  const problemId = useId();
  const editing = useDraft(quietHours, 'settings.quietHours');
  const draft = editing.value;
  const [status, setStatus] = useState<string | null>(null);
  // Saving disables Save quiet hours, and the focus with it: it goes back to the first quiet-hours field.
  const section = useRef<HTMLElement>(null);
  useFocusRescue(section, status, ['input']);

  const change = (patch: Partial<QuietHours>) => {
    editing.change({ ...draft, ...patch });
    setStatus(null);
  };
  const check = quietHoursSchema.safeParse(draft);
  const problems = check.success ? {} : problemsByField(check.error.issues);
  const problemFields = (Object.keys(fieldWords) as TimeField[]).filter((field) => problems[field]);

  const save = async () => {
    if (!check.success) return;
    try {
      await onSave(check.data);
      editing.reset();
      setStatus('Saved.');
    } catch (caught) {
      setStatus(`Not saved: ${caught instanceof Error ? caught.message : String(caught)}`);
    }
  };

  const timeInput = (field: TimeField) => (
    <label>
      {fieldWords[field].label}{' '}
      <input
        type="time"
        value={draft[field]}
        disabled={!draft.enabled}
        aria-invalid={problems[field] !== undefined}
        aria-describedby={problems[field] !== undefined ? `${problemId}-${field}` : undefined}
        onChange={(event) => change({ [field]: event.currentTarget.value })}
      />
    </label>
  );

  return (
    <section className="settings-block" aria-labelledby={headingId} ref={section}>
      <h3 id={headingId}>Quiet hours</h3>
      <p className="hint">No notifications in these hours; what falls due then is announced when they end.</p>
      <label>
        <input
          type="checkbox"
          checked={draft.enabled}
          onChange={(event) => change({ enabled: event.currentTarget.checked })}
        />{' '}
        Keep notifications quiet
      </label>
      <div className="row">
        {timeInput('start')}
        {timeInput('end')}
      </div>
      {problemFields.length > 0 && (
        <ul className="problems" aria-live="polite">
          {problemFields.map((field) => (
            <li key={field} id={`${problemId}-${field}`}>
              {problems[field]}
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={!editing.dirty || problemFields.length > 0}
          onClick={() => void save()}
        >
          Save quiet hours
        </button>
        {status && <span role="status">{status}</span>}
      </div>
    </section>
  );
}
