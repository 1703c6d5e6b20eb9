/**
 * Wires the contact import section to lib/io and lib/db: read the file,
 * map its columns (generic CSVs), plan, import with progress, report, undo.
 * The file's rows, the plan and what undo needs stay in refs (they can be
 * 50,000 rows); the view holds only what is shown.
 */
import { useRef, useState } from 'react';
import { ImportSection } from '../../components/import/import-section';
import type {
  ContactImportView,
  ExampleRow,
  ImportFormat,
  ImportSummary,
  LevelChoice,
} from '../../components/import/import-views';
import {
  ImportConflictError,
  planContactImport,
  runContactImport,
  undoContactImport,
  type ImportPlan,
  type ImportUndo,
} from '../../lib/db/contact-import';
import type { RapportDatabase } from '../../lib/db/database';
import { getEngineSettings } from '../../lib/db/engine-settings';
import { getSetting, ladderSetting } from '../../lib/db/settings';
import type { CadenceSettings } from '../../lib/domain/cadence-settings';
import { CsvFileError } from '../../lib/io/csv-file';
import {
  mappingProblems,
  mapRows,
  rememberMapping,
  type ColumnMapping,
  type ImportField,
  type ImportRow,
} from '../../lib/io/csv-mapping';
import { readImportSource, type ImportSource } from '../../lib/io/contact-import';
import { shortestCadenceDays, spreadDays } from '../../lib/io/import-clock';

const EXAMPLES = 5;
const SAMPLE_ROWS = 5;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function summarise(plan: ImportPlan, rows: readonly ImportRow[]): ImportSummary {
  const create: ExampleRow[] = plan.create.slice(0, EXAMPLES).map(({ row, contact, company }) => ({
    row,
    name: contact.name,
    detail: [contact.headline, company].filter(Boolean).join(' · '),
  }));
  const leftOut = leftOutRows(plan, rows);
  return {
    create: plan.create.length,
    ownLevel: ownLevelCount(plan),
    merge: plan.merge.length,
    skip: plan.skip.length,
    newAccounts: plan.newAccounts.length,
    leftOut: leftOut.length,
    examples: {
      create,
      merge: plan.merge.slice(0, EXAMPLES).map(mergedRow),
      skip: plan.skip.slice(0, EXAMPLES).map(skippedRow),
      leftOut: leftOut.slice(0, EXAMPLES),
    },
  };
}

const ownLevelCount = (plan: ImportPlan) => plan.create.filter((entry) => entry.levelId !== null).length;

const mergedRow = ({ row, before, filled }: ImportPlan['merge'][number]): ExampleRow => ({
  row,
  name: before.name,
  detail: `adds ${filled.join(', ')}`,
});
const skippedRow = ({ row, name, reason }: ImportPlan['skip'][number]): ExampleRow => ({
  row,
  name,
  detail: reason,
});

/**
 * The rows the plan creates or completes without a value they give (csv-mapping.ts leftOut).
 * A skipped row is left out whole, and its reason already says why.
 */
function leftOutRows(plan: ImportPlan, rows: readonly ImportRow[]): ExampleRow[] {
  const imported = new Set([...plan.create, ...plan.merge].map((entry) => entry.row));
  return rows
    .filter((row) => row.leftOut.length > 0 && imported.has(row.row))
    .map((row) => ({ row: row.row, name: row.name, detail: row.leftOut.join('; ') }));
}

export interface ImportControlsProps {
  database: RapportDatabase;
  now: () => number;
}

export function ImportControls({ database, now }: ImportControlsProps) {
  const [view, setView] = useState<ContactImportView>({ kind: 'idle' });
  const source = useRef<ImportSource | null>(null);
  const rows = useRef<ImportRow[]>([]);
  const plan = useRef<ImportPlan | null>(null);
  /** The columns the user matched, remembered for the next file with this header once imported. */
  const chosenMapping = useRef<{ header: string[]; mapping: ColumnMapping } | null>(null);
  const undo = useRef<ImportUndo | null>(null);
  const ladder = useRef<{ levels: LevelChoice[]; cadence: CadenceSettings } | null>(null);

  async function preview(fileName: string, format: ImportFormat, notice: string | null, levelId?: string) {
    setView({ kind: 'planning', fileName });
    try {
      const [planned, stored, engine] = await Promise.all([
        planContactImport(rows.current, now(), database),
        getSetting(ladderSetting, database),
        getEngineSettings(database),
      ]);
      plan.current = planned;
      const levels = stored.levels.map(({ id, name }) => ({ id, name }));
      ladder.current = { levels, cadence: engine.cadence };
      // The lowest level unless the user already picked one that still exists.
      const chosen = levels.find((level) => level.id === levelId)?.id ?? levels[0]!.id;
      setView({
        kind: 'preview',
        fileName,
        format,
        rowCount: rows.current.length,
        summary: summarise(planned, rows.current),
        levels,
        levelId: chosen,
        spreadDays: spreadDays(planned.create.length, shortestCadenceDays(chosen, engine.cadence)),
        notice,
      });
    } catch (error) {
      setView({ kind: 'failed', fileName, message: messageOf(error) });
    }
  }

  async function chooseFile(file: File) {
    source.current = null;
    plan.current = null;
    undo.current = null;
    setView({ kind: 'reading', fileName: file.name });
    try {
      const read = await readImportSource(file, database);
      source.current = read;
      if (read.kind === 'linkedin') {
        rows.current = mapRows(read.table, read.mapping);
        await preview(file.name, 'linkedin', null);
        return;
      }
      setView({
        kind: 'mapping',
        fileName: file.name,
        header: read.table.header,
        sample: read.table.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells),
        rowCount: read.table.rows.length,
        mapping: read.mapping,
        remembered: read.remembered,
        problems: mappingProblems(read.mapping),
      });
    } catch (error) {
      const kind = error instanceof CsvFileError ? 'refused' : 'failed';
      setView({ kind, fileName: file.name, message: messageOf(error) });
    }
  }

  function changeMapping(column: number, field: ImportField | null) {
    if (view.kind !== 'mapping') return;
    const mapping = view.mapping.map((current, i) => (i === column ? field : current));
    setView({ ...view, mapping, problems: mappingProblems(mapping) });
  }

  async function confirmMapping() {
    const read = source.current;
    if (view.kind !== 'mapping' || read === null || view.problems.length > 0) return;
    const { fileName, mapping } = view;
    // Remembered once the import is done: a cancelled preview leaves nothing behind.
    chosenMapping.current = { header: read.table.header, mapping };
    rows.current = mapRows(read.table, mapping);
    await preview(fileName, 'csv', null);
  }

  function chooseLevel(levelId: string) {
    if (view.kind !== 'preview' || ladder.current === null) return;
    const days = spreadDays(view.summary.create, shortestCadenceDays(levelId, ladder.current.cadence));
    setView({ ...view, levelId, spreadDays: days });
  }

  async function importNow() {
    const planned = plan.current;
    if (view.kind !== 'preview' || planned === null) return;
    const { fileName, format, levelId, levels } = view;
    setView({ kind: 'importing', fileName, done: 0, total: 1 });
    try {
      const report = await runContactImport(
        planned,
        {
          levelId,
          now: now(),
          onProgress: ({ done, total }) => setView({ kind: 'importing', fileName, done, total }),
        },
        database,
      );
      undo.current = report.undo;
      plan.current = null;
      const chosen = chosenMapping.current;
      if (chosen) {
        // Remembering is a convenience: the import stands without it.
        await rememberMapping(chosen.header, chosen.mapping, now(), database).catch(() => {});
      }
      setView({
        kind: 'imported',
        fileName,
        undoing: false,
        report: {
          created: report.created,
          merged: report.merged.map(mergedRow),
          skipped: report.skipped.map(skippedRow),
          leftOut: leftOutRows(planned, rows.current),
          accountsCreated: report.accountsCreated,
          levelName: levels.find((level) => level.id === levelId)?.name ?? levelId,
          ownLevel: ownLevelCount(planned),
          spreadDays: report.spreadDays,
        },
      });
    } catch (error) {
      if (error instanceof ImportConflictError) {
        await preview(fileName, format, error.message, levelId);
        return;
      }
      setView({ kind: 'failed', fileName, message: messageOf(error) });
    }
  }

  async function undoImport() {
    const taken = undo.current;
    if (view.kind !== 'imported' || taken === null) return;
    setView({ ...view, undoing: true });
    try {
      const result = await undoContactImport(taken, database);
      undo.current = null;
      setView({ kind: 'undone', ...result });
    } catch (error) {
      setView({
        kind: 'failed',
        fileName: view.fileName,
        message: `The import could not be undone; the imported contacts are still there. ${messageOf(error)}`,
      });
    }
  }

  function reset() {
    source.current = null;
    chosenMapping.current = null;
    plan.current = null;
    rows.current = [];
    setView({ kind: 'idle' });
  }

  return (
    <ImportSection
      view={view}
      onFile={(file) => void chooseFile(file)}
      onMapping={changeMapping}
      onConfirmMapping={() => void confirmMapping()}
      onLevel={chooseLevel}
      onImport={() => void importNow()}
      onUndo={() => void undoImport()}
      onReset={reset}
    />
  );
}
