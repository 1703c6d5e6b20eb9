/** The report at the end: created, merged, skipped (with reasons), the values left out, and Undo. */
import { countOf } from '../backup/plural';
import { ExampleList } from './example-list';
import { clockSentence } from './import-preview';
import type { ContactImportReport } from './import-views';

export interface ImportReportProps {
  fileName: string;
  report: ContactImportReport;
  undoing: boolean;
  onUndo: () => void;
  onDone: () => void;
}

export function ImportReportPanel({ fileName, report, undoing, onUndo, onDone }: ImportReportProps) {
  return (
    <div className="backup-panel import-step" role="group" aria-label="Import report">
      <h3 tabIndex={-1}>Import finished</h3>
      <p role="status">
        Imported {fileName}: {countOf(report.created, 'contact')} created,{' '}
        {report.merged.length.toLocaleString()} merged, {report.skipped.length.toLocaleString()} skipped
        {report.leftOut.length > 0 && `, ${countOf(report.leftOut.length, 'row')} with a value left out`}.
      </p>
      <ul className="import-counts" aria-label="What the import did">
        <li>
          {countOf(report.created, 'new contact')}
          {levelWords(report.created, report.ownLevel, report.levelName)}
          {report.accountsCreated > 0 && `, in ${countOf(report.accountsCreated, 'new account')}`}
        </li>
        <li>{countOf(report.merged.length, 'contact')} completed</li>
        <li>{countOf(report.skipped.length, 'row')} skipped</li>
        {report.leftOut.length > 0 && (
          <li>{countOf(report.leftOut.length, 'row')} imported with a value left out</li>
        )}
      </ul>
      {report.created > 0 && (
        <p className="import-hint">{clockSentence(report.created, report.spreadDays)}</p>
      )}
      <ExampleList
        label={`Completed (${report.merged.length.toLocaleString()})`}
        rows={report.merged.slice(0, 50)}
        total={report.merged.length}
      />
      <ExampleList
        label={`Skipped, with reasons (${report.skipped.length.toLocaleString()})`}
        rows={report.skipped.slice(0, 200)}
        total={report.skipped.length}
      />
      <ExampleList
        label={`Values left out (${report.leftOut.length.toLocaleString()})`}
        rows={report.leftOut.slice(0, 200)}
        total={report.leftOut.length}
      />
      <div className="backup-actions">
        <button type="button" className="danger" onClick={onUndo} disabled={undoing}>
          {undoing ? 'Undoing…' : 'Undo import'}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Import another file
        </button>
      </div>
    </div>
  );
}

/** Where the new contacts start: the level chosen, the levels their rows named, or some of each. */
function levelWords(created: number, ownLevel: number, levelName: string): string {
  if (ownLevel === 0) return ` at level ${levelName}`;
  if (ownLevel === created) return ', each at the level its row named';
  return `: ${ownLevel.toLocaleString()} at the level their row named, ${(created - ownLevel).toLocaleString()} at level ${levelName}`;
}
