import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UndoBar } from '../../../components/common/undo-bar';

afterEach(cleanup);

describe('the undo bar', () => {
  it('is a live region before there is anything to say, so the first message is announced', () => {
    render(<UndoBar message={null} onDismiss={vi.fn()} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
  });

  it('offers no Undo for a message with nothing to take back, only its dismissal', () => {
    render(<UndoBar message="Undone: Logged “Shared an article”" onDismiss={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent('Undone: Logged “Shared an article”');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Dismiss' })).toBeTruthy();
  });

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
