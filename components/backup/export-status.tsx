import type { ExportView } from './backup-views';
import { countOf } from './plural';

export function ExportStatus({ view }: { view: ExportView }) {
  switch (view.kind) {
    case 'idle':
    case 'exporting':
      return null;
    case 'exported':
      return (
        <p role="status">
          Saved {view.fileName} ({countOf(view.records, 'record')}).
          {view.skipped > 0 && ` ${countOf(view.skipped, 'damaged record')} could not be included.`}
        </p>
      );
    case 'failed':
      return (
        <p className="backup-error" role="alert">
          The backup could not be exported: {view.message}
        </p>
      );
  }
}
