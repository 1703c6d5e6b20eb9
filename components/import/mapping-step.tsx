/** The column-mapping step for a CSV that is not LinkedIn's: the first rows, and a field per column. */
import { columnName, importFieldLabels, importFields, type ImportField } from '../../lib/io/csv-mapping';
import { countOf } from '../backup/plural';
import type { ContactImportView } from './import-views';

type MappingView = Extract<ContactImportView, { kind: 'mapping' }>;

export interface MappingStepProps {
  view: MappingView;
  onChange: (column: number, field: ImportField | null) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

export function MappingStep({ view, onChange, onConfirm, onCancel }: MappingStepProps) {
  return (
    <div className="backup-panel import-step" role="group" aria-label="Match the columns">
      <h3 tabIndex={-1}>Which column is which?</h3>
      <p>
        {view.fileName}: {countOf(view.rowCount, 'row')}, {countOf(view.header.length, 'column')}.{' '}
        {view.remembered
          ? 'These are the choices you made last time for a file with these columns.'
          : 'Rapport guessed from the column names; check them. Your choices are remembered for the next file like this.'}
      </p>
      <div className="import-table-scroll">
        <table className="import-table">
          <caption className="visually-hidden">
            The first rows of {view.fileName}, and what each column holds
          </caption>
          <thead>
            <tr>
              {view.header.map((header, i) => (
                <th key={i} scope="col">
                  <span className="import-column-name">{columnName(header, i)}</span>
                  <select
                    aria-label={`What “${columnName(header, i)}” holds`}
                    value={view.mapping[i] ?? ''}
                    onChange={(event) =>
                      onChange(i, (event.currentTarget.value || null) as ImportField | null)
                    }
                  >
                    <option value="">Leave out</option>
                    {importFields.map((field) => (
                      <option key={field} value={field}>
                        {importFieldLabels[field]}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.sample.map((cells, r) => (
              <tr key={r}>
                {view.header.map((_, i) => (
                  <td key={i}>{cells[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {view.problems.length > 0 && (
        <ul className="import-problems" aria-live="polite">
          {view.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="backup-actions">
        <button type="button" onClick={onConfirm} disabled={view.problems.length > 0}>
          Preview the import
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
