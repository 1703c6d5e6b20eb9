import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UndoStatus } from '../../../components/sidebar/undo-status';

afterEach(cleanup);

describe('the card’s undo status', () => {
  it('is a live region before there is anything to say, so the first message is announced', () => {
    render(<UndoStatus message={null} onDismiss={vi.fn()} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
  });

  it('describes its Undo by the change it takes back, beside any other undo on screen', async () => {
    const onUndo = vi.fn();
    render(<UndoStatus message="Level set to Advocate." onUndo={onUndo} onDismiss={vi.fn()} />);
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveAccessibleDescription('Level set to Advocate.');
    expect(screen.getByRole('button', { name: 'Dismiss' })).toHaveAccessibleDescription(
      'Level set to Advocate.',
    );
    await userEvent.click(undo);
    expect(onUndo).toHaveBeenCalledOnce();
  });
});
