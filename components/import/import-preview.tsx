/**
 * What the import will do, before anything is written: counts, examples (values left out
 * included), the level for new contacts.
 */
import { useId } from 'react';
import { countOf } from '../backup/plural';
import { ExampleList } from './example-list';
import type { ContactImportView } from './import-views';

type PreviewView = Extract<ContactImportView, { kind: 'preview' }>;

export interface ImportPreviewProps {
  view: PreviewView;
  onLevel: (levelId: string) => void;
  onImport: () => void;
  onCancel: () => void;
}

/** How the new contacts' first follow-ups are timed (lib/io/import-clock.ts). */
export function clockSentence(count: number, spreadDays: number): string {
  if (count === 0) return '';
  if (spreadDays <= 1) return 'Their follow-up clocks start today.';
  return `So that they do not all fall due on the same day, their first follow-ups are spread over ${countOf(spreadDays, 'day')} (about ${Math.ceil(count / spreadDays).toLocaleString()} a day), first rows first.`;
}

export function ImportPreview({ view, onLevel, onImport, onCancel }: ImportPreviewProps) {
  const levelId = useId();
  const { summary } = view;
  const nothing = summary.create + summary.merge === 0;
  return (
    <div className="backup-panel import-step" role="group" aria-label="Preview of the import">
      <h3 tabIndex={-1}>Preview: nothing is saved yet</h3>
      {view.notice && (
        <p className="import-notice" role="status">
          {view.notice}
        </p>
      )}
      <p>
        {view.fileName} ({view.format === 'linkedin' ? 'LinkedIn connections export' : 'CSV file'}):{' '}
        {countOf(view.rowCount, 'row')}.
      </p>
      <ul className="import-counts" aria-label="What the import will do">
        <li>
          <strong>{summary.create.toLocaleString()}</strong> new{' '}
          {summary.create === 1 ? 'contact' : 'contacts'}
          {summary.newAccounts > 0 && ` (and ${countOf(summary.newAccounts, 'new account')})`}
        </li>
        <li>
          <strong>{summary.merge.toLocaleString()}</strong> already in Rapport, to complete
        </li>
        <li>
          <strong>{summary.skip.toLocaleString()}</strong> skipped
        </li>
        {summary.leftOut > 0 && (
          <li>
            <strong>{summary.leftOut.toLocaleString()}</strong> imported with a value left out
          </li>
        )}
      </ul>
      <ExampleList
        label={`New contacts (${summary.create.toLocaleString()})`}
        rows={summary.examples.create}
        total={summary.create}
      />
      <ExampleList
        label={`To complete (${summary.merge.toLocaleString()})`}
        rows={summary.examples.merge}
        total={summary.merge}
      />
      <ExampleList
        label={`Skipped (${summary.skip.toLocaleString()})`}
        rows={summary.examples.skip}
        total={summary.skip}
      />
      <ExampleList
        label={`Values left out (${summary.leftOut.toLocaleString()})`}
        rows={summary.examples.leftOut}
        total={summary.leftOut}
      />
      {summary.leftOut > 0 && (
        <p className="import-hint">
          A role, seniority, cadence, “left account”, account revenue or potential value that Rapport does not
          recognise is left out, as if its cell were empty; the rest of the row is imported.
        </p>
      )}
      {summary.ownLevel > 0 && (
        <p className="import-hint">
          {summary.ownLevel === summary.create
            ? 'Every new contact starts at the level its row names.'
            : `${countOf(summary.ownLevel, 'new contact')} ${summary.ownLevel === 1 ? 'starts' : 'start'} at the level ${summary.ownLevel === 1 ? 'its' : 'their'} row names.`}
        </p>
      )}
      {summary.create > summary.ownLevel && (
        <p className="import-level">
          <label htmlFor={levelId}>
            {summary.ownLevel > 0 ? 'Level for the other new contacts' : 'Level for the new contacts'}
          </label>{' '}
          <select id={levelId} value={view.levelId} onChange={(event) => onLevel(event.currentTarget.value)}>
            {view.levels.map((level) => (
              <option key={level.id} value={level.id}>
                {level.name}
              </option>
            ))}
          </select>
        </p>
      )}
      {summary.create > 0 && <p className="import-hint">{clockSentence(summary.create, view.spreadDays)}</p>}
      <p className="import-hint">
        Contacts already in Rapport only get what they lack (an email, a profile, a headline, an account);
        nothing you entered is overwritten. You can undo the whole import afterwards.
      </p>
      <div className="backup-actions">
        <button type="button" onClick={onImport} disabled={nothing}>
          {nothing ? 'Nothing to import' : `Import ${countOf(summary.create + summary.merge, 'contact')}`}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
