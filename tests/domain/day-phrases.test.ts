import { describe, expect, it } from 'vitest';
import { agoPhrase, duePhrase } from '../../lib/domain/day-phrases';

const at = (day: number, hour = 12) => new Date(2026, 11, day, hour).getTime();
const now = at(7, 9);

describe('how long ago', () => {
  it('counts calendar days back, grouping thousands', () => {
    expect(agoPhrase(at(7, 8), now)).toBe('today');
    expect(agoPhrase(at(6, 23), now)).toBe('yesterday');
    expect(agoPhrase(at(1), now)).toBe('6 days ago');
    expect(agoPhrase(new Date(2023, 11, 21).getTime(), now)).toBe('1,082 days ago');
  });

  it('says when a day is still to come instead of calling it today', () => {
    expect(agoPhrase(at(7, 20), now)).toBe('today');
    expect(agoPhrase(at(8), now)).toBe('tomorrow');
    expect(agoPhrase(at(27), now)).toBe('in 20 days');
  });
});

describe('when due', () => {
  it('names the day ahead and counts the days late', () => {
    expect(duePhrase(at(7), now)).toBe('due today');
    expect(duePhrase(at(8), now)).toBe('due tomorrow');
    expect(duePhrase(at(4), now)).toBe('3 days overdue');
  });
});
