import { describe, expect, it } from 'vitest';
import type { PriorityEntry } from '../../lib/domain/priority';
import {
  dueLine,
  latenessPhrase,
  reminderGroupOf,
  reminderRows,
  shownReasons,
} from '../../lib/popup/reminder-groups';
import { day, NOW } from '../domain/builders';

function entry(contactId: string, dueAt: number, reasons: string[] = []): PriorityEntry {
  return {
    contactId,
    score: 1,
    dueAt,
    next: { dueAt, followUp: null, snoozedUntil: null, cadenceDueAt: dueAt },
    reasons,
  };
}

describe('reminder groups', () => {
  it('puts yesterday and earlier in Overdue, today in Due today, later days in This week', () => {
    expect(reminderGroupOf(day(-30), NOW)).toBe('overdue');
    expect(reminderGroupOf(day(-1), NOW)).toBe('overdue');
    expect(reminderGroupOf(day(0), NOW)).toBe('today');
    // Earlier today, even hours ago, is still "due today" on the calendar.
    expect(reminderGroupOf(NOW - 5 * 3_600_000, NOW)).toBe('today');
    expect(reminderGroupOf(day(1), NOW)).toBe('week');
    expect(reminderGroupOf(day(6), NOW)).toBe('week');
  });

  it('orders the groups Overdue, Due today, This week and keeps the queue order inside each', () => {
    // The queue's order (by score) mixes groups: a high-value contact due this week ranks first.
    const queue = [
      entry('week-a', day(2)),
      entry('late-a', day(-1)),
      entry('today-a', day(0)),
      entry('late-b', day(-9)),
      entry('week-b', day(1)),
    ];
    const rows = reminderRows(queue, NOW);
    expect(
      rows.map((row) => (row.kind === 'heading' ? `# ${row.group} ${row.count}` : row.entry.contactId)),
    ).toEqual(['# overdue 2', 'late-a', 'late-b', '# today 1', 'today-a', '# week 2', 'week-a', 'week-b']);
    expect(rows.flatMap((row) => (row.kind === 'entry' ? [row.position] : []))).toEqual([0, 1, 2, 3, 4]);
  });

  it('gives no heading to an empty group', () => {
    const rows = reminderRows([entry('a', day(3))], NOW);
    expect(rows.map((row) => row.kind)).toEqual(['heading', 'entry']);
    expect(rows[0]).toMatchObject({ kind: 'heading', group: 'week' });
    expect(reminderRows([], NOW)).toEqual([]);
  });

  it('says the lateness in words', () => {
    expect(latenessPhrase(entry('a', day(-3)), NOW)).toBe('3 days overdue');
    expect(latenessPhrase(entry('a', day(0)), NOW)).toBe('due today');
    expect(latenessPhrase(entry('a', day(1)), NOW)).toBe('due tomorrow');
  });

  it('says the lateness with the engine’s reason for it, and the other reasons apart', () => {
    const e = entry('a', day(0), ['due today', 'no value-adding gesture yet', 'top-tier account']);
    expect(dueLine(e, NOW)).toBe('due today');
    expect(shownReasons(e, NOW)).toEqual(['no value-adding gesture yet', 'top-tier account']);
    const late = entry('b', day(-2), ['follow-up 2 days overdue', '2 open account issues']);
    expect(dueLine(late, NOW)).toBe('follow-up 2 days overdue');
    expect(shownReasons(late, NOW)).toEqual(['2 open account issues']);
  });

  it('keeps a multiple of the cadence as a reason beside the days late', () => {
    const cadence = entry('c', day(-12), ['1.4× overdue', 'top-tier account']);
    expect(dueLine(cadence, NOW)).toBe('12 days overdue');
    expect(shownReasons(cadence, NOW)).toEqual(['1.4× overdue', 'top-tier account']);
  });
});
