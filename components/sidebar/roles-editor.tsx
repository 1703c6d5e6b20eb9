/** Editing a contact's roles in the account and their seniority. */
import { useId, useState, type FormEvent } from 'react';
import { roles, seniorities, type Role, type Seniority } from '../../lib/db/schema';
import { errorMessage, roleLabels, seniorityLabels } from './labels';

export interface RolesEditorProps {
  roles: readonly Role[];
  seniority: Seniority;
  onSave(change: { roles: Role[]; seniority: Seniority }): Promise<void>;
  onClose(): void;
}

export function RolesEditor({ roles: current, seniority, onSave, onClose }: RolesEditorProps) {
  const [chosen, setChosen] = useState<ReadonlySet<Role>>(new Set(current));
  const [level, setLevel] = useState<Seniority>(seniority);
  const [error, setError] = useState<string | null>(null);
  const seniorityId = useId();

  const toggle = (role: Role) => {
    const next = new Set(chosen);
    if (next.has(role)) next.delete(role);
    else next.add(role);
    setChosen(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      // In the schema's order, so a save without changes writes the same list.
      await onSave({ roles: roles.filter((role) => chosen.has(role)), seniority: level });
      onClose();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  return (
    <form className="editor" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>Roles in the account</legend>
        {roles.map((role) => (
          <label key={role} className="check">
            <input type="checkbox" checked={chosen.has(role)} onChange={() => toggle(role)} />
            {roleLabels[role]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={seniorityId}>Seniority</label>
      <select id={seniorityId} value={level} onChange={(event) => setLevel(event.target.value as Seniority)}>
        {seniorities.map((value) => (
          <option key={value} value={value}>
            {seniorityLabels[value]}
          </option>
        ))}
      </select>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="editor-actions">
        <button type="submit">Save roles</button>
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
