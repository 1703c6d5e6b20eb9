import { describe, expect, it } from 'vitest';
import { cadenceDays, dateInputValue, followUpDate, followUpReason } from '../../lib/domain/follow-up-inputs';
import { NOW } from './builders';

describe('follow-up inputs', () => {
  it('turns a day into that morning at nine, today or later', () => {
    const today = dateInputValue(NOW);
    const checked = followUpDate(today, NOW);
    expect(checked.ok && new Date(checked.value).getHours()).toBe(9);
    expect(checked.ok && dateInputValue(checked.value)).toBe(today);
    expect(followUpDate('2025-06-15', NOW)).toEqual({ ok: false, error: 'Choose today or a later day.' });
    expect(followUpDate('', NOW).ok).toBe(false);
    expect(followUpDate('2025-02-30', NOW)).toEqual({ ok: false, error: 'That is not a date.' });
    expect(followUpDate('2040-01-01', NOW).ok).toBe(false);
  });

  it('wants a reason of reasonable length', () => {
    expect(followUpReason('  Send the deck ')).toEqual({ ok: true, value: 'Send the deck' });
    expect(followUpReason('   ').ok).toBe(false);
    expect(followUpReason('x'.repeat(401))).toEqual({
      ok: false,
      error: 'Keep the reason to 400 characters (it has 401).',
    });
  });

  it.each(['0', '3651', '2.5', '-3', 'ten', ''])('refuses %j as a cadence', (text) => {
    expect(cadenceDays(text).ok).toBe(false);
  });

  it('accepts a whole number of days', () => {
    expect(cadenceDays(' 14 ')).toEqual({ ok: true, value: 14 });
  });
});
