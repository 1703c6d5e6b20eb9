/**
 * The first step of a contact import: read the file the user picked and
 * tell what it is. LinkedIn's Connections.csv needs no mapping (its columns
 * are known); any other CSV gets a mapping, the one the user chose last time
 * for the same header, else a guess from the header names, for the user to
 * check. Nothing is written here (the plan and the writes are in
 * lib/db/contact-import.ts).
 */
import { db, type RapportDatabase } from '../db/database';
import { readCsvFile, type CsvTable } from './csv-file';
import { rememberedMapping, suggestMapping, type ColumnMapping } from './csv-mapping';
import { linkedinMapping, looksLikeLinkedinConnections } from './linkedin-connections';

export type ImportSource =
  | { kind: 'linkedin'; table: CsvTable; mapping: ColumnMapping }
  | {
      kind: 'csv';
      table: CsvTable;
      mapping: ColumnMapping;
      /** Whether the mapping is the one the user chose before for this header. */
      remembered: boolean;
    };

/** Reads `file` and says what it is; refuses (CsvFileError) a file that cannot be imported. */
export async function readImportSource(
  file: Blob & { name?: string },
  database: RapportDatabase = db,
): Promise<ImportSource> {
  const table = await readCsvFile(file);
  if (looksLikeLinkedinConnections(table)) {
    return { kind: 'linkedin', table, mapping: linkedinMapping(table) };
  }
  const remembered = await rememberedMapping(table.header, database);
  return {
    kind: 'csv',
    table,
    mapping: remembered ?? suggestMapping(table.header),
    remembered: remembered !== null,
  };
}
