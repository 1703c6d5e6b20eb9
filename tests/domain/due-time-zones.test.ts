/**
 * Calendar days are the user's: these tests pin a time zone to cover
 * daylight-saving changes and a zone far from UTC.
 */
import { describe, expect, it } from 'vitest';
import { duePhrase } from '../../lib/domain/day-phrases';
import { attentionHorizon, dueState, type ContactClock } from '../../lib/domain/due';
import { inZone } from './in-zone';

const clock = (lastGiveAt: number, cadenceDays: number): ContactClock => ({
  lastGiveAt,
  since: lastGiveAt,
  cadenceDays,
  followUps: [],
});

describe('in Stockholm, across daylight-saving changes', () => {
  inZone('Europe/Stockholm');
  // Local wall-clock times; the zone must be set before these are computed.
  const local = (...parts: [number, number, number, number, number]) => new Date(...parts).getTime();

  it('keeps a one-day cadence on the next calendar day when the night is an hour short', () => {
    // Clocks go forward on Sunday 30 March 2025: that day has 23 hours.
    const state = dueState(clock(local(2025, 2, 29, 23, 30), 1), local(2025, 2, 30, 12, 0), 3);
    expect(state.dueAt).toBe(local(2025, 2, 30, 23, 30));
    expect(state.status).toBe('due-today');
  });

  it('keeps a one-day cadence on the next calendar day when the night is an hour long', () => {
    // Clocks go back on Sunday 26 October 2025: that day has 25 hours.
    const state = dueState(clock(local(2025, 9, 26, 0, 30), 1), local(2025, 9, 26, 23, 45), 3);
    expect(state.dueAt).toBe(local(2025, 9, 27, 0, 30));
    expect(state.status).toBe('due-soon');
  });

  it('counts badly overdue in calendar days across the change', () => {
    const lastGive = local(2025, 2, 20, 9, 0);
    expect(dueState(clock(lastGive, 7), local(2025, 3, 3, 9, 0), 3).status).toBe('overdue');
    expect(dueState(clock(lastGive, 7), local(2025, 3, 4, 9, 0), 3).status).toBe('badly-overdue');
  });

  it('ends the attention horizon at local midnight', () => {
    expect(attentionHorizon(local(2025, 2, 29, 10, 0), 1)).toBe(local(2025, 2, 31, 0, 0) - 1);
  });
});

describe('in Auckland, where the calendar day differs from UTC for half the day', () => {
  inZone('Pacific/Auckland');
  const local = (...parts: [number, number, number, number, number]) => new Date(...parts).getTime();

  it('calls due today what is due later on the local calendar day', () => {
    // 08:00 and 22:00 on 10 January in Auckland are on 9 and 10 January in UTC.
    const now = local(2025, 0, 10, 8, 0);
    const state = dueState(clock(local(2025, 0, 9, 22, 0), 1), now, 3);
    expect(new Date(now).getUTCDate()).toBe(9);
    expect(state.status).toBe('due-today');
    expect(duePhrase(state.dueAt, now)).toBe('due today');
  });

  it('names the local weekday', () => {
    // Friday 17 January 2025 at 06:00 in Auckland is still Thursday in UTC.
    expect(duePhrase(local(2025, 0, 17, 6, 0), local(2025, 0, 13, 12, 0))).toBe('due Friday');
  });
});
