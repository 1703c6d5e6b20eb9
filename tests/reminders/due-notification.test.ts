import { describe, expect, it } from 'vitest';
import {
  dueNotificationMessage,
  dueNotificationTitle,
  type DueContact,
} from '../../lib/reminders/due-notification';
import { badgeText, toolbarTitle } from '../../lib/reminders/toolbar';

const people = (...names: string[]): DueContact[] =>
  names.map((name, index) => ({ contactId: `c${index}`, name, dueAt: index }));

describe('the due notification', () => {
  it('names one person', () => {
    expect(dueNotificationTitle(people('Ann Lee'))).toBe('Follow-up due: Ann Lee');
  });

  it('groups several, naming two and counting the rest', () => {
    expect(dueNotificationTitle(people('Ann Lee', 'Bo Chen'))).toBe('2 follow-ups due: Ann Lee and Bo Chen');
    expect(dueNotificationTitle(people('Ann Lee', 'Bo Chen', 'Cy Dean'))).toBe(
      '3 follow-ups due: Ann Lee, Bo Chen and 1 more',
    );
    expect(dueNotificationTitle(people('A', 'B', 'C', 'D', 'E'))).toBe('5 follow-ups due: A, B and 3 more');
  });

  it('says what to do, by the buttons where there are buttons and by a click where there are none', () => {
    expect(dueNotificationMessage(people('Ann Lee'), true)).toMatch(/snooze for an hour/);
    expect(dueNotificationMessage(people('Ann Lee'), false)).toMatch(/Click to open Rapport/);
  });
});

describe('the toolbar badge', () => {
  it('is empty at zero and caps what fits', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(999)).toBe('999');
    expect(badgeText(1000)).toBe('999+');
  });

  it('has a title a screen reader can announce', () => {
    expect(toolbarTitle(1)).toBe('Rapport: 1 overdue follow-up');
    expect(toolbarTitle(3)).toBe('Rapport: 3 overdue follow-ups');
  });
});
