/** What the contact import section shows, as data: the dashboard decides, the components render. */
import type { ColumnMapping } from '../../lib/io/csv-mapping';

export type ImportFormat = 'linkedin' | 'csv';

/** One row shown as an example of what will happen (or happened) to it. */
export interface ExampleRow {
  row: number;
  name: string;
  /** What happens and why: the account, what is filled in, the reason for a skip, the values left out. */
  detail: string;
}

export interface ImportSummary {
  create: number;
  /** New contacts whose row names their level (the others start at the level chosen). */
  ownLevel: number;
  merge: number;
  skip: number;
  newAccounts: number;
  /** Rows created or completed without a value they give that the import does not take. */
  leftOut: number;
  examples: { create: ExampleRow[]; merge: ExampleRow[]; skip: ExampleRow[]; leftOut: ExampleRow[] };
}

export interface LevelChoice {
  id: string;
  name: string;
}

export interface ContactImportReport {
  created: number;
  merged: ExampleRow[];
  skipped: ExampleRow[];
  /** Rows created or completed without a value they gave that the import does not take. */
  leftOut: ExampleRow[];
  accountsCreated: number;
  levelName: string;
  /** New contacts whose row named their level. */
  ownLevel: number;
  spreadDays: number;
}

export type ContactImportView =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'refused'; fileName: string; message: string }
  | {
      kind: 'mapping';
      fileName: string;
      header: string[];
      /** The first rows, as read. */
      sample: string[][];
      rowCount: number;
      mapping: ColumnMapping;
      remembered: boolean;
      problems: string[];
    }
  | { kind: 'planning'; fileName: string }
  | {
      kind: 'preview';
      fileName: string;
      format: ImportFormat;
      rowCount: number;
      summary: ImportSummary;
      levels: LevelChoice[];
      levelId: string;
      /** Over how many days the new contacts' first follow-ups would be spread at this level. */
      spreadDays: number;
      /** Why the preview is shown again, e.g. the data changed in between. */
      notice: string | null;
    }
  | { kind: 'importing'; fileName: string; done: number; total: number }
  | { kind: 'imported'; fileName: string; report: ContactImportReport; undoing: boolean }
  | { kind: 'undone'; removed: number; restored: number; accountsRemoved: number; kept: number }
  | { kind: 'failed'; fileName: string; message: string };
