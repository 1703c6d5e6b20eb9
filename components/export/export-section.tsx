/**
 * "Export contacts": the contacts as a CSV file (for a spreadsheet or a CRM)
 * or as one vCard file (for an address book), with progress while a large
 * list is read, and the result. With no contacts the buttons are disabled
 * and say why. The JSON backup (the Backup section) stays the complete copy.
 */
import { useId } from 'react';
import { countOf } from '../backup/plural';
import { contactsExportedMessage, contactsExportFailedMessage } from './export-messages';
import type { ContactExportFormat, ContactExportView } from './export-views';
import './export.css';

export interface ExportSectionProps {
  /** How many contacts are stored; null while not known yet. */
  contactCount: number | null;
  view: ContactExportView;
  onExport: (format: ContactExportFormat) => void;
}

export function ExportSection({ contactCount, view, onExport }: ExportSectionProps) {
  const headingId = useId();
  const reasonId = useId();
  const empty = contactCount === 0;
  const disabled = contactCount === null || empty || view.kind === 'working';

  return (
    <section className="backup contact-export" aria-labelledby={headingId}>
      <h2 id={headingId}>Export contacts</h2>
      <p>Take your contacts to another tool:</p>
      <ul className="export-formats">
        <li>
          <strong>CSV</strong> opens in Excel, LibreOffice, Google Sheets and most CRMs: one row per contact
          with their emails, LinkedIn profiles, account, level, roles and tags.
        </li>
        <li>
          <strong>vCard</strong> (.vcf) imports into address books (Apple Contacts, Google Contacts, Outlook),
          all contacts in one file.
        </li>
      </ul>
      <p>Neither keeps everything (gestures, notes, goals): for a complete copy, export a backup below.</p>
      {empty && (
        <p id={reasonId} className="export-empty">
          There are no contacts to export yet. Add people from their LinkedIn profile, Gmail or Outlook, or
          import a contact list above.
        </p>
      )}
      <div className="backup-actions">
        <button
          type="button"
          disabled={disabled}
          aria-describedby={empty ? reasonId : undefined}
          onClick={() => onExport('csv')}
        >
          Export CSV
        </button>
        <button
          type="button"
          disabled={disabled}
          aria-describedby={empty ? reasonId : undefined}
          onClick={() => onExport('vcard')}
        >
          Export vCard
        </button>
      </div>
      <div className="export-progress" aria-live="polite">
        {view.kind === 'working' && <ExportProgress phase={view.phase} done={view.done} total={view.total} />}
      </div>
      <ExportResult view={view} />
    </section>
  );
}

function ExportProgress({
  phase,
  done,
  total,
}: {
  phase: 'reading' | 'writing';
  done: number;
  total: number;
}) {
  const what = phase === 'reading' ? 'Reading contacts' : 'Writing the file';
  const text = `${what}: ${done.toLocaleString()} of ${countOf(total, 'contact')}`;
  return (
    <>
      <progress aria-label="Export progress" value={done} max={Math.max(total, 1)} />
      <p>{text}</p>
    </>
  );
}

function ExportResult({ view }: { view: ContactExportView }) {
  switch (view.kind) {
    case 'idle':
    case 'working':
      return null;
    case 'exported':
      return (
        <p role="status" className="export-done">
          {contactsExportedMessage(view)}
        </p>
      );
    case 'failed':
      return (
        <p role="alert" className="export-error">
          {contactsExportFailedMessage(view.format, view.message)}
        </p>
      );
  }
}
