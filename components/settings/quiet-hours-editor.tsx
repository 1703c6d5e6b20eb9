/** Quiet hours: when Rapport shows no notifications; follow-ups falling due then are announced when they end. */
import './settings.css';
import { useId, useState } from 'react';
import { quietHoursSchema, type QuietHours } from '../../lib/reminders/quiet-hours-setting';
import { useDraft } from './use-draft';

export interface QuietHoursEditorProps {
  quietHours: QuietHours;
  onSave(next: QuietHours): Promise<void>;
}

export function QuietHoursEditor({ quietHours, onSave }: QuietHoursEditorProps) {
  const headingId = useId();
  const editing = useDraft(quietHours, 'settings.quietHours');
  const draft = editing.value;
  const [status, setStatus] = useState<string | null>(null);

  const change = (patch: Partial<QuietHours>) => {
    editing.change({ ...draft, ...patch });
    setStatus(null);
  };
  const check = quietHoursSchema.safeParse(draft);
  const problems = check.success ? [] : check.error.issues.map((issue) => issue.message);

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

  return (
    <section className="settings-block" aria-labelledby={headingId}>
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
        <label>
          From{' '}
          <input
            type="time"
            value={draft.start}
            disabled={!draft.enabled}
            onChange={(event) => change({ start: event.currentTarget.value })}
          />
        </label>
        <label>
          to{' '}
          <input
            type="time"
            value={draft.end}
            disabled={!draft.enabled}
            onChange={(event) => change({ end: event.currentTarget.value })}
          />
        </label>
      </div>
      {problems.length > 0 && (
        <ul className="problems" aria-live="polite">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={!editing.dirty || problems.length > 0}
          onClick={() => void save()}
        >
          Save quiet hours
        </button>
        {status && <span role="status">{status}</span>}
      </div>
    </section>
  );
}
