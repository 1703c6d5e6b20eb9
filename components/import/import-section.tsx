/**
 * "Import contacts": LinkedIn's Connections.csv or any CSV, in steps:
 * choose the file, match the columns (generic CSVs only), preview what will
 * be created, completed and skipped, import with progress, then the report
 * with Undo. Bad files get a message saying what to do (role="alert").
 * Focus moves to each step's heading, so keyboard and screen-reader users
 * land where the new content is.
 */
import { useEffect, useId, useRef } from 'react';
import type { ImportField } from '../../lib/io/csv-mapping';
import { countOf } from '../backup/plural';
import { useFocusRescue } from '../common/use-focus-rescue';
import { FileDrop } from './file-drop';
import { ImportPreview } from './import-preview';
import { ImportProgressBar } from './import-progress';
import { ImportReportPanel } from './import-report';
import type { ContactImportView } from './import-views';
import { MappingStep } from './mapping-step';
import './import.css';

export interface ImportSectionProps {
  view: ContactImportView;
  onFile: (file: File) => void;
  onMapping: (column: number, field: ImportField | null) => void;
  onConfirmMapping: () => void;
  onLevel: (levelId: string) => void;
  onImport: () => void;
  onUndo: () => void;
  /** Back to choosing a file. */
  onReset: () => void;
}

const busyKinds: ReadonlySet<ContactImportView['kind']> = new Set(['reading', 'planning', 'importing']);

export function ImportSection(props: ImportSectionProps) {
  const { view } = props;
  const headingId = useId();
  const section = useRef<HTMLElement>(null);

  // A new step: focus its heading (only steps that have one; never on first render).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    section.current?.querySelector<HTMLElement>('h3[tabindex="-1"]')?.focus();
  }, [view.kind]);
  // A step without a heading (a refusal, the undo's result) gives the focus to the file input.
  useFocusRescue(section, view.kind, ['input[type="file"]:not(:disabled)']);

  return (
    <section className="backup import" aria-labelledby={headingId} ref={section}>
      <h2 id={headingId}>Import contacts</h2>
      <p>
        Bring in your LinkedIn connections or a contact list from another tool. You see what will happen
        before anything is saved, and you can undo the import afterwards.
      </p>
      {(view.kind === 'idle' ||
        view.kind === 'refused' ||
        view.kind === 'failed' ||
        view.kind === 'undone' ||
        busyKinds.has(view.kind)) && <FileDrop disabled={busyKinds.has(view.kind)} onFile={props.onFile} />}
      <Step {...props} />
    </section>
  );
}

function Step(props: ImportSectionProps) {
  const { view } = props;
  switch (view.kind) {
    case 'idle':
      return null;
    case 'reading':
      return <p role="status">Reading {view.fileName}…</p>;
    case 'planning':
      return <p role="status">Comparing {view.fileName} with your contacts…</p>;
    case 'refused':
      return (
        <div className="backup-panel backup-error" role="alert">
          <p>
            <strong>{view.fileName} cannot be imported; nothing was changed.</strong>
          </p>
          <p>{view.message}</p>
        </div>
      );
    case 'failed':
      return (
        <div className="backup-panel backup-error" role="alert">
          <p>
            <strong>{view.fileName} was not imported; your contacts are unchanged.</strong>
          </p>
          <p>{view.message}</p>
        </div>
      );
    case 'mapping':
      return (
        <MappingStep
          view={view}
          onChange={props.onMapping}
          onConfirm={props.onConfirmMapping}
          onCancel={props.onReset}
        />
      );
    case 'preview':
      return (
        <ImportPreview
          view={view}
          onLevel={props.onLevel}
          onImport={props.onImport}
          onCancel={props.onReset}
        />
      );
    case 'importing':
      return <ImportProgressBar done={view.done} total={view.total} />;
    case 'imported':
      return (
        <ImportReportPanel
          fileName={view.fileName}
          report={view.report}
          undoing={view.undoing}
          onUndo={props.onUndo}
          onDone={props.onReset}
        />
      );
    case 'undone':
      if (view.removed + view.restored + view.accountsRemoved + view.kept === 0) {
        return (
          <p className="backup-panel" role="status">
            Nothing of this import was left to undo: what it added or changed is no longer in Rapport.
          </p>
        );
      }
      return (
        <p className="backup-panel" role="status">
          Import undone: {countOf(view.removed, 'contact')} removed, {countOf(view.restored, 'contact')} put
          back as they were, {countOf(view.accountsRemoved, 'account')} removed.
          {view.kept > 0 &&
            ` ${countOf(view.kept, 'imported contact')} you changed or logged gestures for since ${view.kept === 1 ? 'was' : 'were'} kept.`}
        </p>
      );
  }
}
