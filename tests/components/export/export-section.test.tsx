import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportSection, type ExportSectionProps } from '../../../components/export/export-section';

// Vitest runs without globals here, so Testing Library cannot unmount between tests by itself.
afterEach(cleanup);

function renderSection(overrides: Partial<ExportSectionProps> = {}) {
  const props: ExportSectionProps = {
    contactCount: 3,
    view: { kind: 'idle' },
    onExport: vi.fn(),
    ...overrides,
  };
  const { rerender } = render(<ExportSection {...props} />);
  return {
    props,
    rerender: (next: Partial<ExportSectionProps>) => rerender(<ExportSection {...props} {...next} />),
  };
}

describe('the contact export section', () => {
  it('is headed "Export contacts" and offers CSV and vCard', async () => {
    const { props } = renderSection();
    expect(screen.getByRole('heading', { level: 2, name: 'Export contacts' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export vCard' }));
    expect(props.onExport).toHaveBeenNthCalledWith(1, 'csv');
    expect(props.onExport).toHaveBeenNthCalledWith(2, 'vcard');
  });

  it('with no contacts, disables both buttons and says why', async () => {
    const { props } = renderSection({ contactCount: 0 });
    for (const name of ['Export CSV', 'Export vCard']) {
      const button = screen.getByRole('button', { name });
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription(/There are no contacts to export yet/);
    }
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(props.onExport).not.toHaveBeenCalled();
  });

  it('keeps the buttons disabled while the count is not known, without the empty-state text', () => {
    renderSection({ contactCount: null });
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
    expect(screen.queryByText(/no contacts to export/)).not.toBeInTheDocument();
  });

  it('shows progress in a live region, with the buttons disabled meanwhile', () => {
    renderSection({ view: { kind: 'working', format: 'csv', phase: 'reading', done: 2000, total: 50000 } });
    const bar = screen.getByRole('progressbar', { name: 'Export progress' });
    expect(bar).toHaveAttribute('value', '2000');
    expect(bar).toHaveAttribute('max', '50000');
    const text = screen.getByText('Reading contacts: 2,000 of 50,000 contacts');
    expect(text.closest('[aria-live="polite"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Export vCard' })).toBeDisabled();
  });

  it('then shows the file being written', () => {
    renderSection({ view: { kind: 'working', format: 'vcard', phase: 'writing', done: 1000, total: 1234 } });
    expect(screen.getByText('Writing the file: 1,000 of 1,234 contacts')).toBeInTheDocument();
  });

  it('says how many contacts were exported, and to which file', () => {
    const { rerender } = renderSection({
      view: {
        kind: 'exported',
        format: 'csv',
        fileName: 'rapport-contacts-2025-06-16.csv',
        contacts: 1234,
        skipped: 0,
      },
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Exported 1,234 contacts to rapport-contacts-2025-06-16.csv.',
    );
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
    rerender({
      view: { kind: 'exported', format: 'vcard', fileName: 'r.vcf', contacts: 1, skipped: 2 },
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Exported 1 contact to r.vcf. 2 damaged contacts could not be read and were left out.',
    );
  });

  it('reports a failure as an alert naming the format', () => {
    renderSection({ view: { kind: 'failed', format: 'vcard', message: 'The disk is full.' } });
    expect(screen.getByRole('alert')).toHaveTextContent('The vCard export failed: The disk is full.');
    expect(screen.getByRole('button', { name: 'Export vCard' })).toBeEnabled();
  });
});
