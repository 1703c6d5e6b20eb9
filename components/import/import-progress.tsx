/** The import's progress: a labelled progress bar with its value, and the same in words. */
import { countOf } from '../backup/plural';

export function ImportProgressBar({ done, total }: { done: number; total: number }) {
  const max = Math.max(total, 1);
  const text = `Importing: ${done.toLocaleString()} of ${countOf(total, 'record')}`;
  return (
    <div className="import-progress">
      <div
        className="import-progress-track"
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={Math.min(done, max)}
        aria-valuetext={text}
      >
        <div className="import-progress-fill" style={{ width: `${(Math.min(done, max) / max) * 100}%` }} />
      </div>
      <p aria-live="polite">{text}</p>
    </div>
  );
}
