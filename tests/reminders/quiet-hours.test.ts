import { describe, expect, it } from 'vitest';
import { quietHoursEnd, quietHoursSchema, type QuietHours } from '../../lib/reminders/quiet-hours-setting';

const at = (day: number, hours: number, minutes = 0) => new Date(2026, 10, day, hours, minutes).getTime();
const overnight: QuietHours = { enabled: true, start: '22:00', end: '07:00' };
const lunch: QuietHours = { enabled: true, start: '12:00', end: '13:30' };

describe('quietHoursEnd', () => {
  it('is null when quiet hours are off, whatever the time', () => {
    expect(quietHoursEnd({ ...overnight, enabled: false }, at(23, 23))).toBeNull();
  });

  it('across midnight: quiet from the start to the end of the next morning', () => {
    expect(quietHoursEnd(overnight, at(23, 21, 59))).toBeNull();
    expect(quietHoursEnd(overnight, at(23, 22, 0))).toBe(at(24, 7));
    expect(quietHoursEnd(overnight, at(23, 23, 59))).toBe(at(24, 7));
    expect(quietHoursEnd(overnight, at(24, 0, 30))).toBe(at(24, 7));
    expect(quietHoursEnd(overnight, at(24, 6, 59))).toBe(at(24, 7));
    expect(quietHoursEnd(overnight, at(24, 7, 0))).toBeNull();
    expect(quietHoursEnd(overnight, at(24, 12))).toBeNull();
  });

  it('within a day: quiet from the start up to the end', () => {
    expect(quietHoursEnd(lunch, at(23, 11, 59))).toBeNull();
    expect(quietHoursEnd(lunch, at(23, 12))).toBe(at(23, 13, 30));
    expect(quietHoursEnd(lunch, at(23, 13, 29))).toBe(at(23, 13, 30));
    expect(quietHoursEnd(lunch, at(23, 13, 30))).toBeNull();
  });
});

describe('the quiet hours setting', () => {
  it('takes 24-hour local times and refuses anything else', () => {
    expect(quietHoursSchema.safeParse(overnight).success).toBe(true);
    for (const bad of ['7:00', '24:00', '22:60', '10pm', '']) {
      expect(quietHoursSchema.safeParse({ ...overnight, start: bad }).success, bad).toBe(false);
    }
  });

  it('refuses a stretch that starts when it ends', () => {
    const check = quietHoursSchema.safeParse({ enabled: true, start: '22:00', end: '22:00' });
    expect(check.success).toBe(false);
    expect(check.error?.issues[0]?.message).toBe('Quiet hours must start and end at different times');
  });
});
