import type { BackupProgress } from '../../lib/io/backup';
import { countOf } from './plural';

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

function describe({ phase, done, total }: BackupProgress): string {
  switch (phase) {
    case 'reading':
      return `Reading the file: ${megabytes(done)} of ${megabytes(total)} MB`;
    case 'validating':
      return `Checking records: ${done.toLocaleString()} of ${countOf(total, 'record')}`;
    case 'writing':
      return `Writing records: ${done.toLocaleString()} of ${countOf(total, 'record')}`;
  }
}

export function BackupProgressBar({ progress }: { progress: BackupProgress }) {
  const text = describe(progress);
  return (
    <div className="backup-progress">
      <progress aria-label={text} value={progress.done} max={Math.max(progress.total, 1)} />
      <p aria-live="polite">{text}</p>
    </div>
  );
}
