/** A few rows of one kind (created, merged, skipped), with what happens to each and how many more there are. */
import { countOf } from '../backup/plural';
import type { ExampleRow } from './import-views';

export interface ExampleListProps {
  label: string;
  rows: ExampleRow[];
  total: number;
}

export function ExampleList({ label, rows, total }: ExampleListProps) {
  if (total === 0) return null;
  return (
    <details className="import-examples" open={total <= 10}>
      <summary>{label}</summary>
      <ul aria-label={label}>
        {rows.map((row) => (
          <li key={row.row}>
            <span className="import-row-number">Row {row.row}</span>{' '}
            <strong>{row.name || '(no name)'}</strong>
            {row.detail && <> — {row.detail}</>}
          </li>
        ))}
      </ul>
      {total > rows.length && <p className="import-more">…and {countOf(total - rows.length, 'more row')}.</p>}
    </details>
  );
}
