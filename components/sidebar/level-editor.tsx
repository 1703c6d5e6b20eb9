/**
 * Changing a contact's level: pick one, see the evidence that level asks
 * for (met or not) before anything is saved, then save or cancel.
 */
import { useId, useState } from 'react';
import type { Ladder } from '../../lib/db/schema';
import type { LevelPreview } from '../../lib/sidebar/level-preview';
import { errorMessage } from './labels';

export interface LevelEditorProps {
  ladder: Ladder;
  currentLevelId: string;
  preview(levelId: string): LevelPreview;
  onSave(levelId: string): Promise<void>;
  onClose(): void;
}

export function LevelEditor({ ladder, currentLevelId, preview, onSave, onClose }: LevelEditorProps) {
  const [chosen, setChosen] = useState(currentLevelId);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const selectId = useId();
  const shown = chosen === currentLevelId ? null : preview(chosen);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await onSave(chosen);
      onClose();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="editor" role="group" aria-label="Change level">
      <label htmlFor={selectId}>New level</label>
      <select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        {ladder.levels.map((level) => (
          <option key={level.id} value={level.id}>
            {level.name}
          </option>
        ))}
      </select>
      {shown ? (
        <div className="level-preview" aria-live="polite">
          <p>
            <strong>{shown.level.name}</strong>: {shown.level.definition}
          </p>
          {shown.checks.length === 0 ? (
            <p>This level asks for no evidence.</p>
          ) : (
            <ul className="checklist" aria-label={`Evidence ${shown.level.name} asks for`}>
              {shown.checks.map((check, index) => (
                <li key={index} className={check.met ? 'met' : 'unmet'}>
                  <span aria-hidden="true">{check.met ? '✓' : '✗'}</span>{' '}
                  <span className="visually-hidden">{check.met ? 'Met: ' : 'Missing: '}</span>
                  {check.text}
                </li>
              ))}
            </ul>
          )}
          {shown.supported ? (
            <p className="ok">The evidence supports {shown.level.name}.</p>
          ) : (
            <p className="warning">
              The evidence supports {shown.suggested.name}; set as {shown.level.name}, the card will flag it
              as an assumption until the missing evidence is there.
            </p>
          )}
        </div>
      ) : (
        <p className="muted">Choose a level to see the evidence it asks for.</p>
      )}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="editor-actions">
        <button type="button" onClick={() => void save()} disabled={shown === null || saving}>
          Save level
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </div>
  );
}
