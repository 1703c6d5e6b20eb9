/** What the backup section shows, as data: the dashboard decides, the components render. */
import type { RecordCounts } from '../../lib/db/replace-all';
import type { BackupProgress } from '../../lib/io/backup';

export type ExportView =
  | { kind: 'idle' }
  | { kind: 'exporting' }
  | { kind: 'exported'; fileName: string; records: number; skipped: number }
  | { kind: 'failed'; message: string };

export type ImportView =
  | { kind: 'idle' }
  | { kind: 'working'; progress: BackupProgress }
  | { kind: 'confirm'; fileName: string; incoming: number; existing: number }
  | { kind: 'imported'; fileName: string; counts: RecordCounts }
  | { kind: 'undone' }
  | { kind: 'failed'; summary: string; problems: string[] };
