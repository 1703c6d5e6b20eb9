import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clockSentence } from '../../../components/import/import-preview';
import { ImportSection, type ImportSectionProps } from '../../../components/import/import-section';
import type { ContactImportView } from '../../../components/import/import-views';

afterEach(cleanup);

function renderSection(view: ContactImportView, overrides: Partial<ImportSectionProps> = {}) {
  const props: ImportSectionProps = {
    view,
    onFile: vi.fn(),
    onMapping: vi.fn(),
    onConfirmMapping: vi.fn(),
    onLevel: vi.fn(),
    onImport: vi.fn(),
    onUndo: vi.fn(),
    onReset: vi.fn(),
    ...overrides,
  };
  const result = render(<ImportSection {...props} />);
  return { ...result, props };
}

const preview: ContactImportView = {
  kind: 'preview',
  fileName: 'Connections.csv',
  format: 'linkedin',
  rowCount: 3,
  summary: {
    create: 1,
    ownLevel: 0,
    merge: 1,
    skip: 1,
    newAccounts: 1,
    leftOut: 0,
    examples: {
      create: [{ row: 5, name: 'Anna Berg', detail: 'Head of Procurement · Nordkraft' }],
      merge: [{ row: 6, name: 'Wei Zhang', detail: 'adds headline' }],
      skip: [{ row: 7, name: '', detail: 'No name.' }],
      leftOut: [],
    },
  },
  levels: [
    { id: 'prospect', name: 'Prospect' },
    { id: 'customer', name: 'Customer' },
  ],
  levelId: 'prospect',
  spreadDays: 1,
  notice: null,
};

describe('the import section', () => {
  it('starts with a file chooser a keyboard reaches', async () => {
    renderSection({ kind: 'idle' });
    expect(screen.getByRole('heading', { name: 'Import contacts' })).toBeInTheDocument();
    await userEvent.tab();
    expect(screen.getByLabelText('Choose a CSV file')).toHaveFocus();
  });

  it('shows progress as a progressbar with its value', () => {
    renderSection({ kind: 'importing', fileName: 'Connections.csv', done: 4_000, total: 10_000 });
    const bar = screen.getByRole('progressbar', { name: 'Import progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '4000');
    expect(bar).toHaveAttribute('aria-valuemax', '10000');
    expect(screen.getByText('Importing: 4,000 of 10,000 records')).toBeInTheDocument();
    expect(screen.getByLabelText('Choose a CSV file')).toBeDisabled();
  });

  it('moves focus to the new step’s heading', () => {
    const { rerender, props } = renderSection({ kind: 'idle' });
    rerender(<ImportSection {...props} view={preview} />);
    expect(screen.getByRole('heading', { name: 'Preview: nothing is saved yet' })).toHaveFocus();
  });

  it('gives the focus back to the file input when a step took it away (a refusal, an undone import)', () => {
    const { rerender, props } = renderSection({ kind: 'idle' });
    // The focus was on the file input, which the browser drops once it is disabled while the file is read.
    rerender(<ImportSection {...props} view={{ kind: 'reading', fileName: 'x.csv' }} />);
    expect(document.activeElement).toBe(document.body);
    rerender(
      <ImportSection {...props} view={{ kind: 'refused', fileName: 'x.csv', message: 'Not a CSV file.' }} />,
    );
    expect(screen.getByLabelText('Choose a CSV file')).toHaveFocus();

    // Where the focus still is somewhere, it stays there.
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    elsewhere.focus();
    rerender(<ImportSection {...props} view={{ kind: 'idle' }} />);
    expect(elsewhere).toHaveFocus();
    elsewhere.remove();
  });

  it('says what the undo took back, or that nothing of the import was left to take back', () => {
    const { rerender, props } = renderSection({
      kind: 'undone',
      removed: 17,
      restored: 1,
      accountsRemoved: 11,
      kept: 2,
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Import undone: 17 contacts removed, 1 contact put back as they were, 11 accounts removed. 2 imported contacts you changed or logged gestures for since were kept.',
    );
    rerender(
      <ImportSection
        {...props}
        view={{ kind: 'undone', removed: 0, restored: 0, accountsRemoved: 0, kept: 0 }}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Nothing of this import was left to undo: what it added or changed is no longer in Rapport.',
    );
  });

  it('passes the chosen level and the import click up', async () => {
    const { props } = renderSection(preview);
    await userEvent.selectOptions(screen.getByLabelText('Level for the new contacts'), 'customer');
    expect(props.onLevel).toHaveBeenCalledWith('customer');
    await userEvent.click(screen.getByRole('button', { name: 'Import 2 contacts' }));
    expect(props.onImport).toHaveBeenCalledOnce();
  });

  it('shows a notice when the preview had to be made again', () => {
    renderSection({ ...preview, notice: 'Your contacts changed since the preview.' });
    expect(screen.getByRole('status')).toHaveTextContent('Your contacts changed since the preview.');
  });

  it('offers no import when there is nothing to create or complete', () => {
    renderSection({
      ...preview,
      summary: {
        ...preview.summary,
        create: 0,
        merge: 0,
        examples: { ...preview.summary.examples, create: [], merge: [] },
      },
    });
    expect(screen.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
    expect(screen.queryByLabelText('Level for the new contacts')).not.toBeInTheDocument();
  });

  it('a refused file is an alert, and says nothing changed', () => {
    renderSection({ kind: 'refused', fileName: 'big.csv', message: 'This file is 100.0 MB; …' });
    expect(screen.getByRole('alert')).toHaveTextContent('big.csv cannot be imported; nothing was changed.');
  });

  it('the report lists skipped rows with reasons and offers Undo', async () => {
    const { props } = renderSection({
      kind: 'imported',
      fileName: 'Connections.csv',
      undoing: false,
      report: {
        created: 1,
        merged: [],
        skipped: [{ row: 7, name: '', detail: 'No name.' }],
        leftOut: [],
        accountsCreated: 0,
        levelName: 'Prospect',
        ownLevel: 0,
        spreadDays: 1,
      },
    });
    expect(screen.getByRole('list', { name: 'Skipped, with reasons (1)' })).toHaveTextContent(
      'Row 7 (no name) — No name.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Undo import' }));
    expect(props.onUndo).toHaveBeenCalledOnce();
  });

  it('the preview counts and lists the rows imported with a value left out, saying what each column takes', () => {
    const leftOut = [
      {
        row: 5,
        name: 'Anna Berg',
        detail: 'Buying role: the role "VP" is not one of Decision maker, Influencer',
      },
      {
        row: 6,
        name: 'Wei Zhang',
        detail:
          'Seniority level: the seniority "Chief" is not one of Staff; Left company: "maybe" for having left the account is not Yes or No',
      },
    ];
    const { rerender, props } = renderSection({
      ...preview,
      summary: { ...preview.summary, leftOut: 2, examples: { ...preview.summary.examples, leftOut } },
    });
    expect(screen.getByRole('list', { name: 'What the import will do' })).toHaveTextContent(
      '2 imported with a value left out',
    );
    const list = screen.getByRole('list', { name: 'Values left out (2)' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Row 5 Anna Berg — Buying role: the role "VP" is not one of Decision maker, Influencer',
      'Row 6 Wei Zhang — Seniority level: the seniority "Chief" is not one of Staff; Left company: "maybe" for having left the account is not Yes or No',
    ]);
    expect(
      screen.getByText(
        'A role, seniority, cadence, “left account”, account revenue or potential value that Rapport does not recognise is left out, as if its cell were empty; the rest of the row is imported.',
      ),
    ).toBeInTheDocument();
    // Still two contacts to import: the rows are not skipped.
    expect(screen.getByRole('button', { name: 'Import 2 contacts' })).toBeEnabled();

    rerender(<ImportSection {...props} view={preview} />);
    expect(screen.queryByRole('list', { name: /^Values left out/ })).toBeNull();
    expect(screen.getByRole('list', { name: 'What the import will do' })).not.toHaveTextContent('left out');
  });

  it('the report says how many rows were imported with a value left out, and lists them', () => {
    renderSection({
      kind: 'imported',
      fileName: 'crm.csv',
      undoing: false,
      report: {
        created: 2,
        merged: [],
        skipped: [],
        leftOut: [
          {
            row: 3,
            name: 'Ada',
            detail: 'Every: the cadence "30 days" is not a whole number of days from 1 to 3650',
          },
        ],
        accountsCreated: 0,
        levelName: 'Prospect',
        ownLevel: 0,
        spreadDays: 1,
      },
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Imported crm.csv: 2 contacts created, 0 merged, 0 skipped, 1 row with a value left out.',
    );
    expect(screen.getByRole('list', { name: 'What the import did' })).toHaveTextContent(
      '1 row imported with a value left out',
    );
    expect(screen.getByRole('list', { name: 'Values left out (1)' })).toHaveTextContent(
      'Row 3 Ada — Every: the cadence "30 days" is not a whole number of days from 1 to 3650',
    );
  });

  it('says which new contacts start at the level their row names, and asks a level only for the others', () => {
    const { rerender, props } = renderSection({
      ...preview,
      summary: { ...preview.summary, create: 3, ownLevel: 2 },
    });
    expect(screen.getByText('2 new contacts start at the level their row names.')).toBeInTheDocument();
    expect(screen.getByLabelText('Level for the other new contacts')).toBeInTheDocument();
    rerender(
      <ImportSection
        {...props}
        view={{ ...preview, summary: { ...preview.summary, create: 3, ownLevel: 3 } }}
      />,
    );
    expect(screen.getByText('Every new contact starts at the level its row names.')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).toBeNull();
    rerender(
      <ImportSection
        {...props}
        view={{
          kind: 'imported',
          fileName: 'rapport-contacts.csv',
          undoing: false,
          report: {
            created: 5,
            merged: [],
            skipped: [],
            leftOut: [],
            accountsCreated: 0,
            levelName: 'Prospect',
            ownLevel: 2,
            spreadDays: 1,
          },
        }}
      />,
    );
    expect(screen.getByRole('list', { name: 'What the import did' })).toHaveTextContent(
      '5 new contacts: 2 at the level their row named, 3 at level Prospect',
    );
  });

  it('says how the first follow-ups are spread', () => {
    expect(clockSentence(3, 1)).toBe('Their follow-up clocks start today.');
    expect(clockSentence(3_000, 30)).toBe(
      'So that they do not all fall due on the same day, their first follow-ups are spread over 30 days (about 100 a day), first rows first.',
    );
  });
});
