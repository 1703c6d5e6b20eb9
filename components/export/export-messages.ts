/** What a contact export says once it is over, wherever it was started (the Data section or a selection). */
import { countOf } from '../backup/plural';
import { exportFormatNames, type ContactExportFormat } from './export-views';

/** "Exported 12 contacts to rapport-contacts-2025-06-16.csv.", and how many damaged ones were left out. */
export function contactsExportedMessage({
  contacts,
  fileName,
  skipped,
}: {
  contacts: number;
  fileName: string;
  skipped: number;
}): string {
  const exported = `Exported ${countOf(contacts, 'contact')} to ${fileName}.`;
  if (skipped === 0) return exported;
  const were = skipped === 1 ? 'was' : 'were';
  return `${exported} ${countOf(skipped, 'damaged contact')} could not be read and ${were} left out.`;
}

/** "The CSV export failed: Downloads are blocked." */
export function contactsExportFailedMessage(format: ContactExportFormat, reason: string): string {
  return `The ${exportFormatNames[format]} export failed: ${reason}`;
}
