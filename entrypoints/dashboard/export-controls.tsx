/**
 * Wires the contact export section: counts the contacts (live, so the empty
 * state follows imports and deletions), reads them in chunks with progress,
 * builds the CSV or vCard file and hands it to the browser's downloads.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ExportSection } from '../../components/export/export-section';
import type { ContactExportFormat, ContactExportView } from '../../components/export/export-views';
import { countContacts, loadContactsForExport } from '../../lib/db/contacts-export';
import type { RapportDatabase } from '../../lib/db/database';
import { downloadFile } from '../../lib/io/backup-download';
import { buildContactsExportBlob, contactsExportFileName } from '../../lib/io/contacts-export-file';

export interface ExportControlsProps {
  database: RapportDatabase;
  /** The current time, for the file name. */
  now: () => number;
}

export function ExportControls({ database, now }: ExportControlsProps) {
  const contactCount = useLiveQuery(() => countContacts(database), [database]) ?? null;
  const [view, setView] = useState<ContactExportView>({ kind: 'idle' });

  async function exportAs(format: ContactExportFormat) {
    setView({ kind: 'working', format, phase: 'reading', done: 0, total: contactCount ?? 0 });
    try {
      const { contacts, accounts, ladder, skipped } = await loadContactsForExport({
        database,
        onProgress: ({ done, total }) => setView({ kind: 'working', format, phase: 'reading', done, total }),
      });
      const fileName = contactsExportFileName(now(), format);
      const blob = await buildContactsExportBlob(
        format,
        contacts,
        { accounts, ladder },
        {
          onProgress: (done, total) => setView({ kind: 'working', format, phase: 'writing', done, total }),
        },
      );
      downloadFile(blob, fileName);
      setView({ kind: 'exported', format, fileName, contacts: contacts.length, skipped: skipped.length });
    } catch (error) {
      setView({ kind: 'failed', format, message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <ExportSection contactCount={contactCount} view={view} onExport={(format) => void exportAs(format)} />
  );
}
