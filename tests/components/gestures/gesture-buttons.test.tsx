import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GestureButtons } from '../../../components/gestures/gesture-buttons';
import { giveTypes } from '../../../lib/db/schema';
import { gestureLabel } from '../../../lib/domain/gesture-labels';

afterEach(cleanup);

describe('the gesture buttons', () => {
  it('show every give as a button in the Give group', () => {
    render(<GestureButtons onLog={vi.fn()} />);
    const give = screen.getByRole('group', { name: 'Give' });
    const names = within(give)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual(giveTypes.map(gestureLabel));
    expect(screen.getByRole('group', { name: 'They shared' })).toBeInTheDocument();
  });

  it('log a give with one click', async () => {
    const onLog = vi.fn();
    render(<GestureButtons onLog={onLog} />);
    await userEvent.click(screen.getByRole('button', { name: 'Made an introduction' }));
    expect(onLog).toHaveBeenCalledExactlyOnceWith('introduction', undefined);
  });

  it('log an ask as pending, or with its answer', async () => {
    const onLog = vi.fn();
    render(<GestureButtons onLog={onLog} />);
    const ask = screen.getByRole('group', { name: 'Ask' });
    await userEvent.click(within(ask).getByRole('button', { name: 'Asked for a referral' }));
    await userEvent.click(screen.getByRole('button', { name: 'Asked for a reference: they said yes' }));
    await userEvent.click(
      screen.getByRole('button', { name: 'Asked for a testimonial / case study: they said no' }),
    );
    expect(onLog.mock.calls).toEqual([
      ['referral-ask', 'pending'],
      ['reference-ask', 'yes'],
      ['testimonial-ask', 'no'],
    ]);
  });

  it('put focus on the first button when asked, and are reachable by keyboard', async () => {
    const onLog = vi.fn();
    render(<GestureButtons onLog={onLog} autoFocus />);
    expect(screen.getByRole('button', { name: 'Shared an article' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Made an introduction' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onLog).toHaveBeenCalledWith('introduction', undefined);
  });

  it('leave focus alone without autoFocus', () => {
    render(<GestureButtons onLog={vi.fn()} />);
    expect(document.body).toHaveFocus();
  });

  it('do nothing while disabled', async () => {
    const onLog = vi.fn();
    render(<GestureButtons onLog={onLog} disabled />);
    await userEvent.click(screen.getByRole('button', { name: 'Offered training' }));
    expect(onLog).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Offered a product idea' })).toBeDisabled();
  });
});
