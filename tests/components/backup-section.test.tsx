import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupSection, type BackupSectionProps } from '../../components/backup/backup-section';
import { tableNames, type TableName } from '../../lib/db/schema';

// Vitest runs without globals here, so Testing Library cannot unmount between tests by itself.
afterEach(cleanup);

function renderSection(overrides: Partial<BackupSectionProps> = {}) {
  const props: BackupSectionProps = {
    exportView: { kind: 'idle' },
    importView: { kind: 'idle' },
    onExport: vi.fn(),
    onImportFile: vi.fn(),
    onConfirmImport: vi.fn(),
    onCancelImport: vi.fn(),
    onUndoImport: vi.fn(),
    ...overrides,
  };
  render(<BackupSection {...props} />);
  return props;
}

describe('the backup section', () => {
  it('offers export and import', async () => {
    const props = renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    expect(props.onExport).toHaveBeenCalledOnce();
    const file = new File(['{}'], 'b.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Import backup'), file);
    expect(props.onImportFile).toHaveBeenCalledWith(file);
  });

  it('shows progress of a large import as a progress bar with words', () => {
    renderSection({
      importView: { kind: 'working', progress: { phase: 'validating', done: 250, total: 900 } },
    });
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('value', '250');
    expect(bar).toHaveAttribute('max', '900');
    expect(screen.getByText('Checking records: 250 of 900 records')).toBeInTheDocument();
  });

  it.each([
    [
      { phase: 'reading', done: 3 * 1024 * 1024, total: 12 * 1024 * 1024 },
      'Reading the file: 3.0 of 12.0 MB',
    ],
    [{ phase: 'validating', done: 0, total: 1 }, 'Checking records: 0 of 1 record'],
    [{ phase: 'writing', done: 5, total: 5 }, 'Writing records: 5 of 5 records'],
  ] as const)('describes the work in words: %o', (progress, words) => {
    renderSection({ importView: { kind: 'working', progress } });
    expect(screen.getByRole('progressbar', { name: words })).toBeInTheDocument();
  });

  it('keeps export and import out of reach while an import is under way', () => {
    renderSection({ importView: { kind: 'working', progress: { phase: 'writing', done: 1, total: 9 } } });
    expect(screen.getByRole('button', { name: 'Export backup' })).toBeDisabled();
    expect(screen.getByLabelText('Import backup')).toBeDisabled();
  });

  it('asks before replacing data, saying how many records go and come', async () => {
    const props = renderSection({
      importView: { kind: 'confirm', fileName: 'rapport-backup-2025-03-01.json', incoming: 16, existing: 1 },
    });
    expect(
      screen.getByText(
        'Replace the 1 record now in Rapport with the 16 records in rapport-backup-2025-03-01.json?',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Replace my data' }));
    expect(props.onConfirmImport).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(props.onCancelImport).toHaveBeenCalledOnce();
  });

  it('puts the focus on Cancel, names the choice by its question, and cancels on Escape', async () => {
    const props = renderSection({
      importView: { kind: 'confirm', fileName: 'backup.json', incoming: 16, existing: 3 },
    });
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(
      screen.getByRole('group', {
        name: 'Replace the 3 records now in Rapport with the 16 records in backup.json?',
      }),
    ).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(props.onCancelImport).toHaveBeenCalledOnce();
    expect(props.onConfirmImport).not.toHaveBeenCalled();
  });

  it('gives the focus to Undo once the restore is done, and to the file input once it is undone', () => {
    const props: BackupSectionProps = {
      exportView: { kind: 'idle' },
      importView: { kind: 'confirm', fileName: 'backup.json', incoming: 16, existing: 3 },
      onExport: vi.fn(),
      onImportFile: vi.fn(),
      onConfirmImport: vi.fn(),
      onCancelImport: vi.fn(),
      onUndoImport: vi.fn(),
    };
    const { rerender } = render(<BackupSection {...props} />);
    const counts = Object.fromEntries(tableNames.map((name) => [name, 1])) as Record<TableName, number>;
    // Replace my data goes away with its panel, and the focus with it.
    (document.activeElement as HTMLElement).blur();
    rerender(<BackupSection {...props} importView={{ kind: 'imported', fileName: 'backup.json', counts }} />);
    expect(screen.getByRole('button', { name: 'Undo import' })).toHaveFocus();
    (document.activeElement as HTMLElement).blur();
    rerender(<BackupSection {...props} importView={{ kind: 'undone' }} />);
    expect(screen.getByLabelText('Import backup')).toHaveFocus();
  });

  it('shows what an import failed on, as an alert', () => {
    renderSection({
      importView: {
        kind: 'failed',
        summary: 'b.json was not imported; your data is unchanged.',
        problems: ['tables.contacts[12].emails[0]: an email address is lower case, like name@example.com'],
      },
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('b.json was not imported; your data is unchanged.');
    expect(alert).toHaveTextContent('tables.contacts[12].emails[0]: an email address is lower case');
  });

  it('reports an export, and damaged records it had to leave out', () => {
    renderSection({
      exportView: { kind: 'exported', fileName: 'rapport-backup-2025-03-01.json', records: 40, skipped: 2 },
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Saved rapport-backup-2025-03-01.json (40 records). 2 damaged records could not be included.',
    );
  });
});
