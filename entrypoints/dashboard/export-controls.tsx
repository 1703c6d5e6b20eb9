/**
 * Wires the contact export section: counts the contacts (live, so the empty
 * state follows imports and deletions) and runs the export of all of them
 * (lib/io/contacts-export-download.ts), showing its progress.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ExportSection } from '../../components/export/export-section';
import type { ContactExportFormat, ContactExportView } from '../../components/export/export-views';
import { countContacts } from '../../lib/db/contacts-export';
import type { RapportDatabase } from '../../lib/db/database';
import { downloadContactsExport } from '../../lib/io/contacts-export-download';

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
      const exported = await downloadContactsExport(format, {
        database,
        now: now(),
        onProgress: (phase, done, total) => setView({ kind: 'working', format, phase, done, total }),
      });
      setView({ kind: 'exported', format, ...exported });
    } catch (error) {
      setView({ kind: 'failed', format, message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <ExportSection contactCount={contactCount} view={view} onExport={(format) => void exportAs(format)} />
  );
}
