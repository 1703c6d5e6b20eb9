/**
 * Reading a CSV file the user picked, before anything is imported: size
 * first, then what the bytes are (text, which encoding, or not text at all),
 * then the CSV structure. Every refusal is a CsvFileError whose message says
 * what is wrong and what to do about it; nothing here writes anything.
 *
 * Only comma-separated files are read: LinkedIn's export is one, and a file
 * re-saved by a spreadsheet set to another list separator (semicolons in
 * much of Europe) is refused with the way to save it with commas, rather
 * than guessed at and imported into the wrong fields.
 */
import Papa from 'papaparse';

/**
 * Refused before reading. LinkedIn's Connections.csv is about 120 bytes a
 * connection (30,000 connections, LinkedIn's limit, is under 4 MB), and a
 * CRM export of 100,000 contacts with a dozen columns is around 20 MB.
 */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;
/** More rows than any address book; beyond this the preview and the import would be too slow to be useful. */
export const MAX_CSV_ROWS = 200_000;

export class CsvFileError extends Error {
  override readonly name = 'CsvFileError';
}

/** A parsed CSV: the header and the data rows, each with its row number as a spreadsheet shows it. */
export interface CsvTable {
  fileName: string;
  /** Lines before the header (LinkedIn's notes), as rows of cells. */
  preamble: string[][];
  header: string[];
  /** Spreadsheet row number of the header (1-based). */
  headerRow: number;
  rows: CsvRow[];
}

export interface CsvRow {
  /** Spreadsheet row number (1-based), for messages. */
  row: number;
  cells: string[];
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

const SAVE_AS_UTF8 =
  'Save it again as "CSV UTF-8" (Excel: File › Save As › CSV UTF-8 (Comma delimited); LibreOffice: Save As › Text CSV, character set Unicode (UTF-8)) and choose the new file.';

/** Magic numbers of files people pick by mistake, with what to do instead. */
const KNOWN_BINARIES: Array<{ magic: number[]; message: string }> = [
  {
    magic: [0x50, 0x4b, 0x03, 0x04],
    message:
      'This is a ZIP archive (or an Excel .xlsx workbook, which is one), not a CSV file. LinkedIn sends your data as a ZIP: open it and choose Connections.csv inside. For a workbook, save it as "CSV UTF-8" first.',
  },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0],
    message: 'This is an old Excel (.xls) workbook, not a CSV file. ' + SAVE_AS_UTF8,
  },
  { magic: [0x25, 0x50, 0x44, 0x46], message: 'This is a PDF document, not a CSV file. Choose a .csv file.' },
];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, i) => bytes[i] === byte);

/** Control characters other than tab, line feed, form feed and carriage return: rare in text, common in binaries. */
function isControl(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d;
}

function refuseBinary(bytes: Uint8Array): void {
  for (const { magic, message } of KNOWN_BINARIES) {
    if (startsWith(bytes, magic)) throw new CsvFileError(message);
  }
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) {
      throw new CsvFileError(
        'This file is not text (it contains NUL bytes): it may be an image, a program or a spreadsheet workbook. Choose a .csv file.',
      );
    }
    if (isControl(byte)) controls += 1;
  }
  if (controls > sample.length / 20) {
    throw new CsvFileError(
      'This file does not look like text (it is mostly control characters). Choose a .csv file.',
    );
  }
}

/** The 1-based line and the byte of the first sequence that is not UTF-8, for the message. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; byte: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(lineStart, i));
      } catch {
        break;
      }
      line += 1;
      lineStart = i + 1;
    }
  }
  // The bad line is from lineStart on; find the first byte that fails within it.
  const stop = Math.min(bytes.length, lineStart + 4096);
  for (let end = lineStart + 1; end <= stop; end += 1) {
    try {
      // A fresh decoder each time: a streaming one keeps state between calls.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(lineStart, end), { stream: true });
    } catch {
      return { line, byte: bytes[end - 1]! };
    }
  }
  return { line, byte: bytes[stop - 1] ?? 0 };
}

/** The text of the file: UTF-8 (with or without a byte order mark), or UTF-16 when it says so with a BOM. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  refuseBinary(body);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const { line, byte } = firstInvalidUtf8(body);
    throw new CsvFileError(
      `This file is not UTF-8 text: line ${line} has a byte (0x${byte.toString(16).padStart(2, '0')}) that UTF-8 does not allow, as in files saved as "ANSI", Windows-1252 or Latin-1. ${SAVE_AS_UTF8}`,
    );
  }
}

function decodeWith(encoding: 'utf-16le' | 'utf-16be', bytes: Uint8Array): string {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    if (text.includes('\0')) throw new TypeError('NUL');
    return text;
  } catch {
    throw new CsvFileError(`This file says it is UTF-16 text but is not. ${SAVE_AS_UTF8}`);
  }
}

const separators: Array<{ char: string; name: string }> = [
  { char: ';', name: 'semicolons (;)' },
  { char: '\t', name: 'tabs' },
  { char: '|', name: 'vertical bars (|)' },
];

/** A header that is one cell with another separator inside: the file was saved with another list separator. */
function refuseOtherSeparator(header: readonly string[]): void {
  if (header.length !== 1) return;
  const other = separators.find(({ char }) => header[0]!.split(char).length > 1);
  if (!other) return;
  throw new CsvFileError(
    `The columns in this file are separated by ${other.name}, not commas, so Rapport cannot tell them apart. Save it again as "CSV UTF-8 (Comma delimited)" (in LibreOffice, tick "Edit filter settings" and choose the comma) and choose the new file.`,
  );
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Where the header is: the first non-blank row, or for LinkedIn's export the
 * row after its "Notes:" paragraph (the first row that names a column
 * LinkedIn uses). Returns its index in `rows`.
 */
function headerIndex(rows: readonly string[][]): number {
  const first = rows.findIndex((cells) => !isBlank(cells));
  if (first === -1) return -1;
  if (/^notes:?$/i.test(rows[first]![0]!.trim())) {
    const linkedinHeader = rows.findIndex(
      (cells, i) => i > first && cells.some((cell) => cell.trim().toLowerCase() === 'first name'),
    );
    if (linkedinHeader !== -1) return linkedinHeader;
    // Notes and then whatever follows the paragraph.
    const afterNotes = rows.findIndex((cells, i) => i > first + 1 && !isBlank(cells));
    return afterNotes;
  }
  return first;
}

/** Parses CSV text into a table, refusing malformed quoting, other separators and files without rows. */
export function parseCsvText(text: string, fileName: string): CsvTable {
  const result = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false });
  const quoteError = result.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    const row = (quoteError.row ?? 0) + 1;
    const what =
      quoteError.code === 'MissingQuotes'
        ? 'a value opens a double quote (") that is never closed'
        : 'a double quote (") closes a value but more text follows it';
    throw new CsvFileError(
      `Row ${row} is malformed: ${what}. Quotes inside a value must be doubled (""). Fix that row in a spreadsheet or text editor, save as CSV and choose the file again.`,
    );
  }
  const rows = result.data;
  if (rows.length > MAX_CSV_ROWS + 10) {
    throw new CsvFileError(
      `This file has ${rows.length.toLocaleString()} rows; Rapport imports at most ${MAX_CSV_ROWS.toLocaleString()} at a time. Split it into smaller files.`,
    );
  }
  const index = headerIndex(rows);
  if (index === -1)
    throw new CsvFileError('This file has no rows. Choose a CSV file with a header row and contacts.');
  const header = rows[index]!.map((cell) => cell.trim());
  refuseOtherSeparator(header);
  const data: CsvRow[] = [];
  for (let i = index + 1; i < rows.length; i += 1) {
    const cells = rows[i]!;
    if (!isBlank(cells)) data.push({ row: i + 1, cells });
  }
  if (data.length === 0) {
    throw new CsvFileError(
      `This file has a header row (${header.filter(Boolean).join(', ')}) but no contacts under it. Choose the file with your contacts.`,
    );
  }
  return { fileName, preamble: rows.slice(0, index), header, headerRow: index + 1, rows: data };
}

/** Reads and parses a CSV file the user picked. Refuses (CsvFileError) anything that is not a readable CSV. */
export async function readCsvFile(file: Blob & { name?: string }): Promise<CsvTable> {
  const fileName = file.name ?? 'the file';
  if (file.size > MAX_CSV_BYTES) {
    throw new CsvFileError(
      `This file is ${megabytes(file.size)}; Rapport imports CSV files of up to ${megabytes(MAX_CSV_BYTES)}. Split it into smaller files (or remove columns you do not need) and import them one by one.`,
    );
  }
  if (file.size === 0) throw new CsvFileError('This file is empty. Choose the CSV file with your contacts.');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = decodeCsvBytes(bytes);
  if (text.trim() === '')
    throw new CsvFileError('This file has no text in it. Choose the CSV file with your contacts.');
  return parseCsvText(text, fileName);
}
