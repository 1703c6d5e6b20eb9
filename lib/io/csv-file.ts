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

/**
 * Latin-script text in UTF-16 has a NUL in every other byte (the high byte
 * of each character) and almost none in between; a binary's NULs fall
 * anywhere.
 */
function looksLikeUtf16WithoutBom(sample: Uint8Array): boolean {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return false;
  const nuls = [0, 0];
  for (let i = 0; i < pairs * 2; i += 1) if (sample[i] === 0) nuls[i % 2]! += 1;
  const [even, odd] = nuls as [number, number];
  return Math.max(even, odd) >= pairs * 0.8 && Math.min(even, odd) <= pairs * 0.02;
}

function refuseBinary(bytes: Uint8Array): void {
  for (const { magic, message } of KNOWN_BINARIES) {
    if (startsWith(bytes, magic)) throw new CsvFileError(message);
  }
  const sample = bytes.subarray(0, 64 * 1024);
  if (looksLikeUtf16WithoutBom(sample)) {
    throw new CsvFileError(
      `This file looks like UTF-16 text without the byte order mark that says so, which Rapport cannot read safely. ${SAVE_AS_UTF8}`,
    );
  }
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

/**
 * For each lead byte, the range the byte after it must fall in (UTF-8's
 * well-formed sequences, Unicode table 3-7): it rules out overlong forms,
 * surrogates and code points past U+10FFFF. Any further byte is 0x80 to 0xBF.
 */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** How many bytes a sequence starting with `lead` has, or 0 when no sequence starts with it. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * The 1-based line and the first byte of the first sequence that is not
 * UTF-8, for the message: the byte the user's editor shows as the odd
 * character (é saved as Windows-1252 is 0xe9), not the one after it that
 * gave it away.
 */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; byte: number } {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = sequenceLength(lead);
    let valid = length > 0 && i + length <= bytes.length;
    if (valid && length > 1) {
      const [low, high] = secondByteRange(lead);
      valid = bytes[i + 1]! >= low && bytes[i + 1]! <= high;
      for (let k = 2; valid && k < length; k += 1) valid = bytes[i + k]! >= 0x80 && bytes[i + k]! <= 0xbf;
    }
    if (!valid) return { line, byte: lead };
    if (lead === 0x0a) line += 1;
    i += length;
  }
  return { line, byte: 0 };
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
