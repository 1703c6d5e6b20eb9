/**
 * Placing a contact at an account: find an existing one by name, create one
 * by the name typed, or take them out of any account.
 */
import { useId, useState } from 'react';
import { errorMessage } from './labels';

export interface AccountOption {
  accountId: string;
  name: string;
}

export interface AccountEditorProps {
  currentAccountId: string | null;
  query: string;
  onQueryChange(query: string): void;
  /** Accounts matching the query; undefined while searching. */
  options: readonly AccountOption[] | undefined;
  validateName(name: string): string | null;
  onPick(accountId: string | null): Promise<void>;
  onCreate(name: string): Promise<void>;
  onClose(): void;
}

export function AccountEditor(props: AccountEditorProps) {
  const { currentAccountId, query, onQueryChange, options, validateName, onPick, onCreate, onClose } = props;
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
      onClose();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };

  const create = () => {
    const problem = validateName(query);
    if (problem !== null) {
      setError(problem);
      return;
    }
    void run(() => onCreate(query));
  };

  const exact = options?.some((option) => option.name.toLowerCase() === query.trim().toLowerCase()) ?? false;

  return (
    <div className="editor" role="group" aria-label="Change account">
      <label htmlFor={inputId}>Account name</label>
      <input
        id={inputId}
        type="search"
        value={query}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => onQueryChange(event.target.value)}
      />
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {query.trim() !== '' && options !== undefined ? (
        <ul className="choice-list" aria-label="Matching accounts">
          {options.map((option) => (
            <li key={option.accountId}>
              <button
                type="button"
                className="choice"
                disabled={option.accountId === currentAccountId}
                onClick={() => void run(() => onPick(option.accountId))}
              >
                {option.name}
                {option.accountId === currentAccountId ? ' (current)' : ''}
              </button>
            </li>
          ))}
          {options.length === 0 ? <li className="muted">No account by that name yet.</li> : null}
        </ul>
      ) : null}
      <div className="editor-actions">
        {query.trim() !== '' && !exact ? (
          <button type="button" onClick={create}>
            Create account “{query.trim()}”
          </button>
        ) : null}
        {currentAccountId !== null ? (
          <button type="button" className="secondary" onClick={() => void run(() => onPick(null))}>
            No account
          </button>
        ) : null}
        <button type="button" className="secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </div>
  );
}
