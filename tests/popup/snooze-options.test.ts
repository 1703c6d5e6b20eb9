import { addDays, format, setHours, startOfDay } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { MORNING_HOUR, pickedSnoozeDate, snoozeOptions } from '../../lib/popup/snooze-options';

/** Local times, so the expectations hold in any time zone. */
const at = (y: number, m: number, d: number, h: number) => new Date(y, m - 1, d, h).getTime();
const morning = (date: Date) => setHours(startOfDay(date), MORNING_HOUR).getTime();

describe('snooze options', () => {
  it('offers later today, tomorrow morning and next Monday morning', () => {
    const wednesdayNoon = at(2025, 6, 18, 12);
    expect(snoozeOptions(wednesdayNoon)).toEqual([
      { choice: 'later-today', label: 'Later today', when: 'until later today', until: at(2025, 6, 18, 15) },
      { choice: 'tomorrow', label: 'Tomorrow', when: 'until tomorrow', until: at(2025, 6, 19, 9) },
      { choice: 'next-week', label: 'Next week', when: 'until next week', until: at(2025, 6, 23, 9) },
    ]);
  });

  it('leaves out "later today" late in the evening', () => {
    const choices = snoozeOptions(at(2025, 6, 18, 22)).map((option) => option.choice);
    expect(choices).toEqual(['tomorrow', 'next-week']);
  });

  it('on a Sunday, next week is the next day', () => {
    const sunday = at(2025, 6, 22, 10);
    expect(snoozeOptions(sunday).find((o) => o.choice === 'next-week')?.until).toBe(at(2025, 6, 23, 9));
  });

  it('on a Monday, next week is a week on', () => {
    const monday = at(2025, 6, 16, 10);
    expect(snoozeOptions(monday).find((o) => o.choice === 'next-week')?.until).toBe(at(2025, 6, 23, 9));
  });
});

describe('a picked snooze date', () => {
  const now = at(2025, 6, 18, 12);

  it('snoozes until that day’s morning, said in words', () => {
    const picked = pickedSnoozeDate('2025-07-01', now);
    expect(picked).toEqual({ ok: true, until: at(2025, 7, 1, 9), when: 'until Tuesday 1 July 2025' });
  });

  it('refuses today, the past, nothing, garbage and a far future', () => {
    expect(pickedSnoozeDate(format(now, 'yyyy-MM-dd'), now)).toEqual({
      ok: false,
      error: 'Choose a day after today.',
    });
    expect(pickedSnoozeDate('2025-01-01', now)).toMatchObject({ ok: false });
    expect(pickedSnoozeDate('', now)).toEqual({ ok: false, error: 'Choose a date to snooze until.' });
    expect(pickedSnoozeDate('soon', now)).toEqual({ ok: false, error: 'That is not a date.' });
    expect(pickedSnoozeDate('9999-01-01', now)).toMatchObject({ ok: false });
  });

  it('accepts tomorrow', () => {
    const tomorrow = addDays(now, 1);
    expect(pickedSnoozeDate(format(tomorrow, 'yyyy-MM-dd'), now)).toMatchObject({
      ok: true,
      until: morning(tomorrow),
    });
  });
});
