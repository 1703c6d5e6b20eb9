import { describe, expect, it } from 'vitest';
import { giveAskBalance } from '../../lib/domain/give-ask-balance';
import { day, gesture, NOW } from './builders';

describe('giveAskBalance', () => {
  it('counts gives and asks in the last 90 days, leaving signals out', () => {
    const gestures = [
      gesture('c', 'article', day(-10)),
      gesture('c', 'introduction', day(-80)),
      gesture('c', 'referral-ask', day(-5)),
      gesture('c', 'shared-strategy', day(-4)),
    ];
    expect(giveAskBalance(gestures, NOW)).toEqual({ windowDays: 90, gives: 2, asks: 1, warning: null });
  });

  it('leaves out gestures before the window and after now', () => {
    const gestures = [gesture('c', 'article', day(-91)), gesture('c', 'referral-ask', day(1))];
    expect(giveAskBalance(gestures, NOW)).toMatchObject({ gives: 0, asks: 0 });
  });

  it('warns when asks outweigh gives', () => {
    const gestures = [
      gesture('c', 'article', day(-10)),
      gesture('c', 'referral-ask', day(-5)),
      gesture('c', 'testimonial-ask', day(-3)),
    ];
    expect(giveAskBalance(gestures, NOW).warning).toBe('2 asks but only 1 give in the last 90 days');
    expect(giveAskBalance([gesture('c', 'reference-ask', day(-1))], NOW).warning).toBe(
      '1 ask but no gives in the last 90 days',
    );
  });

  it('does not warn when asks and gives are even', () => {
    const gestures = [gesture('c', 'article', day(-10)), gesture('c', 'referral-ask', day(-5))];
    expect(giveAskBalance(gestures, NOW).warning).toBeNull();
  });

  it('takes another window when asked', () => {
    const gestures = [gesture('c', 'article', day(-20)), gesture('c', 'referral-ask', day(-5))];
    expect(giveAskBalance(gestures, NOW, 14)).toMatchObject({ windowDays: 14, gives: 0, asks: 1 });
  });
});
