/**
 * Choosing the file: a real file input behind a visible label (keyboard and
 * screen readers use the input), and the whole zone accepts a dropped file.
 */
import { useId, useState, type ChangeEvent, type DragEvent } from 'react';

export interface FileDropProps {
  disabled: boolean;
  onFile: (file: File) => void;
}

export function FileDrop({ disabled, onFile }: FileDropProps) {
  const inputId = useId();
  const hintId = useId();
  const [over, setOver] = useState(false);

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) is a change too.
    event.currentTarget.value = '';
    if (file) onFile(file);
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  }

  return (
    <div
      className={`import-drop${over ? ' import-drop-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept=".csv,text/csv"
        aria-describedby={hintId}
        onChange={choose}
        disabled={disabled}
      />
      <label htmlFor={inputId} className="button">
        Choose a CSV file
      </label>
      <p id={hintId} className="import-hint">
        or drop it here. LinkedIn: Settings › Data privacy › Get a copy of your data › Connections, then
        Connections.csv from the archive. Any other CSV (a CRM&apos;s contact export) works too: you say which
        column is which.
      </p>
    </div>
  );
}
