/**
 * Default cadences: days between value-adding touches for each level and
 * account tier, and how early a follow-up counts as "due soon". A contact's
 * own cadence (set in the sidebar) overrides these.
 */
import './settings.css';
import { useId, useRef, useState } from 'react';
import { useFocusRescue } from '../common/use-focus-rescue';
import type { Ladder } from '../../lib/db/schema';
import {
  cadenceSettingsSchema,
  type CadenceSettings,
  type TierCadence,
} from '../../lib/domain/cadence-settings';
import { numberFieldValue } from './number-field-value';
import { useDraft } from './use-draft';

export interface CadenceEditorProps {
  cadence: CadenceSettings;
  ladder: Ladder;
  onSave(next: CadenceSettings): Promise<void>;
}

const tiers = [
  { key: 'top', label: 'Top tier' },
  { key: 'middle', label: 'Middle tier' },
  { key: 'low', label: 'Low tier' },
] as const;

export function CadenceEditor({ cadence, ladder, onSave }: CadenceEditorProps) {
  const headingId = useId();
  const editing = useDraft(cadence, 'settings.cadence');
  const draft = editing.value;
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // Saving disables Save cadences, and the focus with it: it goes back to the first cadence.
  const section = useRef<HTMLElement>(null);
  useFocusRescue(section, saved, saved ? ['input'] : []);

  const setDraft = (next: CadenceSettings) => {
    editing.change(next);
    setSaved(false);
  };

  const rows = [
    ...ladder.levels.map((level) => ({ key: level.id, label: level.name, value: draft.byLevel[level.id] })),
    { key: null, label: 'Any other level', value: draft.otherLevels },
  ];

  const setRow = (key: string | null, tier: keyof TierCadence, days: number) => {
    const current = (key === null ? draft.otherLevels : draft.byLevel[key]) ?? draft.otherLevels;
    const row = { ...current, [tier]: days };
    setDraft(
      key === null ? { ...draft, otherLevels: row } : { ...draft, byLevel: { ...draft.byLevel, [key]: row } },
    );
  };

  const check = cadenceSettingsSchema.safeParse(draft);
  const problems = check.success
    ? []
    : check.error.issues.map((issue) => {
        // byLevel cells are at [byLevel, level id, tier], otherLevels cells at [otherLevels, tier].
        const [where, levelId, cellTier] = issue.path;
        const tierKey = where === 'byLevel' ? cellTier : levelId;
        const row =
          where === 'byLevel'
            ? (ladder.levels.find((level) => level.id === levelId)?.name ?? String(levelId))
            : where === 'otherLevels'
              ? 'Any other level'
              : 'Due soon';
        // A cell's problem names its tier; a row's (the order of its tiers) names the row alone.
        const tier = tiers.find((candidate) => candidate.key === tierKey);
        return `${tier ? `${row}, ${tier.label.toLowerCase()}` : row}: ${issue.message}`;
      });

  const save = async () => {
    if (!check.success) return;
    setError(null);
    try {
      await onSave(check.data);
      editing.reset();
      setSaved(true);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  return (
    <section className="settings-block" aria-labelledby={headingId} ref={section}>
      <h3 id={headingId}>Follow-up cadence</h3>
      <p className="hint">
        Days between value-adding touches. The top tier gets the tightest rhythm; the others longer, never
        none.
      </p>
      <table className="cadence-table">
        <thead>
          <tr>
            <th scope="col">Level</th>
            {tiers.map((tier) => (
              <th key={tier.key} scope="col">
                {tier.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key ?? '*'}>
              <th scope="row">{row.label}</th>
              {tiers.map((tier) => (
                <td key={tier.key}>
                  <input
                    type="number"
                    min={1}
                    max={3650}
                    aria-label={`${row.label}, ${tier.label.toLowerCase()}, days`}
                    value={numberFieldValue((row.value ?? draft.otherLevels)[tier.key])}
                    onChange={(event) => setRow(row.key, tier.key, event.currentTarget.valueAsNumber)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <label>
        A follow-up is “due soon” this many days ahead{' '}
        <input
          type="number"
          min={0}
          max={30}
          value={numberFieldValue(draft.dueSoonDays)}
          onChange={(event) => {
            setDraft({ ...draft, dueSoonDays: event.currentTarget.valueAsNumber });
          }}
        />
      </label>
      {problems.length > 0 && (
        <ul className="problems" aria-live="polite">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {error && (
        <p className="error" role="alert">
          Not saved: {error}
        </p>
      )}
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={!editing.dirty || problems.length > 0}
          onClick={() => void save()}
        >
          Save cadences
        </button>
        <button type="button" disabled={!editing.dirty} onClick={editing.reset}>
          Discard changes
        </button>
        {saved && <span role="status">Saved. Badges and reminders follow the new cadences.</span>}
      </div>
    </section>
  );
}
