import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UndoBar } from '../../../components/common/undo-bar';

afterEach(cleanup);

describe('the undo bar', () => {
  it('announces the message politely and offers undo', async () => {
    const onUndo = vi.fn();
    const onDismiss = vi.fn();
    render(<UndoBar message="Logged: Sent something of value" onUndo={onUndo} onDismiss={onDismiss} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Logged: Sent something of value');
    expect(status).toHaveAttribute('aria-live', 'polite');
    const undo = screen.getByRole('button', { name: 'Undo' });
    // Another undo may be on screen beside this one: each says what it takes back.
    expect(undo).toHaveAccessibleDescription('Logged: Sent something of value');
    expect(screen.getByRole('button', { name: 'Dismiss' })).toHaveAccessibleDescription(
      'Logged: Sent something of value',
    );
    await userEvent.click(undo);
    expect(onUndo).toHaveBeenCalledOnce();
    expect(onDismiss).not.toHaveBeenCalled();
  });

  it('is dismissed with its button or Escape', async () => {
    const onDismiss = vi.fn();
    render(<UndoBar message="Saved" onUndo={vi.fn()} onDismiss={onDismiss} />);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
    screen.getByRole('button', { name: 'Undo' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(onDismiss).toHaveBeenCalledTimes(2);
  });
});
