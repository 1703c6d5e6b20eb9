/** What the contact export section shows, as data: the dashboard decides, the components render. */

export type ContactExportFormat = 'csv' | 'vcard';

export const exportFormatNames: Record<ContactExportFormat, string> = { csv: 'CSV', vcard: 'vCard' };

export type ContactExportView =
  | { kind: 'idle' }
  | {
      kind: 'working';
      format: ContactExportFormat;
      /** Reading the contacts from the database, then writing the file. */
      phase: 'reading' | 'writing';
      done: number;
      total: number;
    }
  | { kind: 'exported'; format: ContactExportFormat; fileName: string; contacts: number; skipped: number }
  | { kind: 'failed'; format: ContactExportFormat; message: string };
