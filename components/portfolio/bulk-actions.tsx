/**
 * What can be done to the selected contacts at once: set their level, set
 * their cadence (or back to the default), add tags, export them (the same
 * CSV and vCard files as the Data section's export of all contacts), delete
 * them. A cadence or tag that cannot be saved says why inline and nothing is
 * sent; delete asks first.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { focusIsLost } from '../common/use-focus-rescue';
import { contactsExportFailedMessage } from '../export/export-messages';
import { exportFormatNames, type ContactExportFormat } from '../export/export-views';
import { contactsCount, formatCount } from './labels';

export type BulkAction =
  | { kind: 'level'; levelId: string }
  | { kind: 'cadence'; days: number | null }
  | { kind: 'tags'; text: string }
  | { kind: 'export'; format: ContactExportFormat }
  | { kind: 'delete' };

/** What the status line says while `action` runs on `count` contacts: deleting hundreds takes seconds. */
export function bulkActionUnderWay(action: BulkAction, count: number): string {
  const who = contactsCount(count);
  switch (action.kind) {
    case 'level':
      return `Setting the level of ${who}…`;
    case 'cadence':
      return `Setting the cadence of ${who}…`;
    case 'tags':
      return `Adding tags to ${who}…`;
    case 'export':
      return `Exporting ${who} as ${exportFormatNames[action.format]}…`;
    case 'delete':
      return `Deleting ${who}…`;
  }
}

/** What the alert says when `action` fails: an export changes nothing either way, so it says what failed. */
export function bulkActionFailed(action: BulkAction, reason: string): string {
  return action.kind === 'export'
    ? contactsExportFailedMessage(action.format, reason)
    : `Nothing was changed: ${reason}`;
}

const exportFormats: readonly ContactExportFormat[] = ['csv', 'vcard'];

export interface BulkActionsBarProps {
  count: number;
  levels: readonly { id: string; name: string }[];
  busy: boolean;
  onAction(action: BulkAction): void;
  onClearSelection(): void;
}

const DEFAULT_CADENCE = 'default';

export function BulkActionsBar({ count, levels, busy, onAction, onClearSelection }: BulkActionsBarProps) {
  const id = useId();
  const [levelId, setLevelId] = useState(levels[0]?.id ?? '');
  const [cadence, setCadence] = useState('');
  const [cadenceError, setCadenceError] = useState<string | null>(null);
  const [tags, setTags] = useState('');
  const [tagError, setTagError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const who = contactsCount(count);
  // Cancelling the confirmation (its button or Escape) puts the focus back on "Delete…".
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  const cancel = () => {
    cancelled.current = true;
    setConfirming(false);
  };
  useEffect(() => {
    if (confirming || !cancelled.current) return;
    cancelled.current = false;
    deleteButton.current?.focus();
  }, [confirming]);
  // The bar is disabled while an export runs, and a browser may drop the focus from the disabled button:
  // once done, it goes back to the export button pressed (before the view's own rescue sends it elsewhere).
  const exportButton = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    const button = exportButton.current;
    if (busy || !button) return;
    exportButton.current = null;
    if (focusIsLost(button.ownerDocument)) button.focus();
  }, [busy]);

  const submitCadence = (event: FormEvent) => {
    event.preventDefault();
    const text = cadence.trim();
    if (text.toLowerCase() === DEFAULT_CADENCE) {
      setCadenceError(null);
      onAction({ kind: 'cadence', days: null });
      return;
    }
    // Digits only: Number() would also take "1e1" or "0x10" as a count of days.
    const days = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isInteger(days) || days < 1 || days > 3650) {
      setCadenceError('A cadence is a whole number of days from 1 to 3650.');
      return;
    }
    setCadenceError(null);
    onAction({ kind: 'cadence', days });
  };

  const submitTags = (event: FormEvent) => {
    event.preventDefault();
    if (tags.trim() === '' || tags.split(',').every((tag) => tag.trim() === '')) {
      setTagError('Type a tag to add.');
      return;
    }
    setTagError(null);
    onAction({ kind: 'tags', text: tags });
  };

  return (
    <section className="bulk-actions" aria-label={`Change the ${who} selected`}>
      <p className="bulk-count">
        <strong>{who} selected</strong>{' '}
        <button type="button" className="link-button" onClick={onClearSelection}>
          Clear selection
        </button>
      </p>
      <div className="bulk-forms">
        <form
          className="bulk-form"
          onSubmit={(event) => {
            event.preventDefault();
            onAction({ kind: 'level', levelId });
          }}
        >
          <label htmlFor={`${id}-level`}>Set level</label>
          <select id={`${id}-level`} value={levelId} onChange={(event) => setLevelId(event.target.value)}>
            {levels.map((level) => (
              <option key={level.id} value={level.id}>
                {level.name}
              </option>
            ))}
          </select>
          <button type="submit" disabled={busy}>
            Set level
          </button>
        </form>
        <form className="bulk-form" onSubmit={submitCadence} noValidate>
          <label htmlFor={`${id}-cadence`}>Cadence (days)</label>
          <input
            id={`${id}-cadence`}
            inputMode="numeric"
            size={5}
            value={cadence}
            aria-invalid={cadenceError !== null}
            aria-describedby={cadenceError ? `${id}-cadence-error` : undefined}
            onChange={(event) => setCadence(event.target.value)}
          />
          <button type="submit" disabled={busy}>
            Set cadence
          </button>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => {
              setCadenceError(null);
              onAction({ kind: 'cadence', days: null });
            }}
          >
            Default cadence
          </button>
          {cadenceError && (
            <p id={`${id}-cadence-error`} className="field-error" role="alert">
              {cadenceError}
            </p>
          )}
        </form>
        <form className="bulk-form" onSubmit={submitTags} noValidate>
          <label htmlFor={`${id}-tags`}>Tags</label>
          <input
            id={`${id}-tags`}
            value={tags}
            placeholder="e.g. golf, conference 2026"
            aria-invalid={tagError !== null}
            aria-describedby={tagError ? `${id}-tags-error` : undefined}
            onChange={(event) => setTags(event.target.value)}
          />
          <button type="submit" disabled={busy}>
            Add tags
          </button>
          {tagError && (
            <p id={`${id}-tags-error`} className="field-error" role="alert">
              {tagError}
            </p>
          )}
        </form>
        <div className="bulk-form" role="group" aria-label="Export">
          {exportFormats.map((format) => (
            <button
              key={format}
              type="button"
              className="secondary"
              disabled={busy}
              onClick={(event) => {
                exportButton.current = event.currentTarget;
                onAction({ kind: 'export', format });
              }}
            >
              Export {formatCount(count)} as {exportFormatNames[format]}
            </button>
          ))}
        </div>
        {confirming ? (
          <div
            className="bulk-confirm"
            role="group"
            aria-label="Confirm deletion"
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              event.preventDefault();
              cancel();
            }}
          >
            <p>Delete {who} with their gestures, notes, follow-ups and goals? You can undo it right after.</p>
            <button
              type="button"
              className="danger"
              disabled={busy}
              // The confirmation replaces the button that opened it: focus goes to the decision.
              autoFocus
              // The confirmation stays, disabled, while the deletion runs: taken away, it would drop the
              // keyboard to the top of the page. Done, the bar goes with the selection (the focus to
              // Undo); failed, the decision is still there to take again or cancel.
              onClick={() => onAction({ kind: 'delete' })}
            >
              Delete {who}
            </button>{' '}
            <button type="button" className="secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        ) : (
          <button
            type="button"
            className="danger"
            ref={deleteButton}
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            Delete…
          </button>
        )}
      </div>
    </section>
  );
}
