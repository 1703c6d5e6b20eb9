import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SavedList } from '../../../entrypoints/popup/saved-list';
import type { FirstPaint } from '../../../lib/popup/first-paint';
import { DAY_MS as DAY } from '../../../lib/domain/time';
import { entryNames, layOutViewport, resetEnvironment } from './popup-test-kit';

const AT = Date.UTC(2026, 10, 23, 12);

const saved: FirstPaint = {
  at: AT,
  total: 12,
  entries: [
    { contactId: 'ana', dueAt: AT - 3 * DAY, reasons: ['follow-up 3 days overdue', 'top-tier account'] },
    { contactId: 'li', dueAt: AT, reasons: [] },
  ],
  people: new Map([
    [
      'ana',
      {
        contactId: 'ana',
        name: 'Ana Álvarez',
        accountName: 'Globex',
        level: { id: 'client', name: 'Client', color: '#1f5fa8' },
        linkedinSlug: null,
        email: null,
      },
    ],
    [
      'li',
      {
        contactId: 'li',
        name: '李娜',
        accountName: null,
        level: { id: 'prospect', name: 'Prospect', color: '#6b7280' },
        linkedinSlug: null,
        email: null,
      },
    ],
  ]),
};

beforeEach(() => layOutViewport());
afterEach(() => {
  cleanup();
  resetEnvironment();
});

describe('the popup’s first paint', () => {
  it('shows the saved list in the popup’s frame, grouped, with names, while it updates', async () => {
    render(<SavedList saved={saved} />);
    expect(await entryNames()).toEqual(['Ana Álvarez', '李娜']);
    expect(screen.getByRole('button', { name: 'Needs attention (12)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Updating…');
    expect(screen.getByText('follow-up 3 days overdue')).toBeVisible();
    expect(screen.getByText('top-tier account')).toBeVisible();
    expect(screen.getAllByRole('listitem')[0]).toHaveAttribute('aria-setsize', '12');
  });
});
