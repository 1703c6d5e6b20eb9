/**
 * What an account is worth when the 80/20 tiers rank it: its revenue to date
 * alone, or that and its potential (DOMAIN.md: "revenue to date and/or
 * potential"). Counting potential lets a big prospect that has bought little
 * yet reach the top tier and its tighter cadence.
 */
import './settings.css';
import { useId, useRef, useState } from 'react';
import { useFocusRescue } from '../common/use-focus-rescue';
import { useDraft } from './use-draft';

export interface TierValueEditorProps {
  includePotential: boolean;
  onSave(includePotential: boolean): Promise<void>;
}

export function TierValueEditor({ includePotential, onSave }: TierValueEditorProps) {
  const headingId = useId();
  const editing = useDraft(includePotential, 'settings.includePotential');
  const [status, setStatus] = useState<string | null>(null);
  // Saving disables Save account value, and the focus with it: it goes back to the checkbox.
  const section = useRef<HTMLElement>(null);
  useFocusRescue(section, status, ['input']);

  const save = async () => {
    try {
      await onSave(editing.value);
      editing.reset();
      setStatus('Saved. Tiers, badges and reminders follow it.');
    } catch (caught) {
      setStatus(`Not saved: ${caught instanceof Error ? caught.message : String(caught)}`);
    }
  };

  return (
    <section className="settings-block" aria-labelledby={headingId} ref={section}>
      <h3 id={headingId}>Account value</h3>
      <p className="hint">
        Off, accounts are ranked by revenue to date; on, by revenue plus potential, so a large prospect can
        reach the top tier.
      </p>
      <label>
        <input
          type="checkbox"
          checked={editing.value}
          onChange={(event) => {
            // Ticked back to what is saved, there is nothing left to save.
            const checked = event.currentTarget.checked;
            if (checked === includePotential) editing.reset();
            else editing.change(checked);
            setStatus(null);
          }}
        />{' '}
        Count each account’s potential in its value (for the 80/20 tiers)
      </label>
      <div className="row">
        <button type="button" className="primary" disabled={!editing.dirty} onClick={() => void save()}>
          Save account value
        </button>
        {status && <span role="status">{status}</span>}
      </div>
    </section>
  );
}
