/** Reading a backup file the user picked: size first, then bytes, then JSON, then every record. */
import { BackupError, MAX_BACKUP_BYTES, type OnBackupProgress, type VerifiedBackup } from './backup';
import { validateBackup } from './backup-validate';

/** Bytes read per step: large enough to be quick, small enough to report progress on big files. */
const CHUNK_BYTES = 8 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

async function readText(file: Blob, onProgress: OnBackupProgress | undefined): Promise<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  onProgress?.({ phase: 'reading', done: 0, total: file.size });
  try {
    for (let start = 0; start < file.size; start += CHUNK_BYTES) {
      const end = Math.min(start + CHUNK_BYTES, file.size);
      parts.push(decoder.decode(await file.slice(start, end).arrayBuffer(), { stream: end < file.size }));
      onProgress?.({ phase: 'reading', done: end, total: file.size });
    }
  } catch (error) {
    if (error instanceof TypeError)
      throw new BackupError(['The file is not UTF-8 text, so it is not a Rapport backup.']);
    throw error;
  }
  return parts.join('');
}

/** The verified backup in `file`, or a BackupError saying what is wrong and where. Writes nothing. */
export async function readBackupFile(file: Blob, onProgress?: OnBackupProgress): Promise<VerifiedBackup> {
  if (file.size > MAX_BACKUP_BYTES) {
    throw new BackupError([
      `The file is ${megabytes(file.size)}; a Rapport backup can be at most ${megabytes(MAX_BACKUP_BYTES)}.`,
    ]);
  }
  if (file.size === 0) throw new BackupError(['The file is empty.']);
  const text = await readText(file, onProgress);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BackupError([
      `The file is not valid JSON; it may have been cut short (${error instanceof Error ? error.message : String(error)}).`,
    ]);
  }
  return validateBackup(json, onProgress);
}
