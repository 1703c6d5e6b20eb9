import { describe, expect, it } from 'vitest';
import { defaultLadder } from '../../lib/domain/default-ladder';
import { defaultEngineSettings } from '../../lib/domain/engine-settings';
import { relationshipView, relationshipViews } from '../../lib/domain/relationship-view';
import { contact, day, deal, followUp, gesture, issue, NOW, snapshot } from './builders';

const settings = defaultEngineSettings;

describe('relationshipView', () => {
  const champion = contact({
    id: 'ana',
    levelId: 'supporter',
    roles: ['champion', 'decision-maker'],
    seniority: 'senior',
  });
  const colleague = contact({ id: 'ben', levelId: 'customer', roles: ['influencer'] });
  const account = snapshot({
    tier: 'top',
    contacts: [champion, colleague],
    deals: [deal(), deal()],
    gestures: [
      gesture('ana', 'article', day(-20)),
      gesture('ana', 'check-in', day(-50)),
      gesture('ana', 'referral-ask', day(-2), { outcome: 'pending' }),
      gesture('ben', 'gift', day(-200)),
    ],
    followUps: [followUp('ana', day(1), { reason: 'Send the case study' })],
    issues: [issue({ kind: 'delivery' })],
  });

  it('brings together level, evidence, gaps, assumptions, due state and health', () => {
    const view = relationshipView(champion, account, defaultLadder, settings, NOW);
    expect(view.level.level.id).toBe('supporter');
    expect(view.suggested.level.id).toBe('client');
    expect(view.next).toMatchObject({ level: { id: 'advocate' } });
    expect(view.next!.missing).toEqual([
      'no reference given yet',
      'no relationship at middle management yet',
      '0 of 1 influencers known',
      'no strategic plans or ideas shared yet',
    ]);
    expect(view.assumptions).toEqual([
      {
        kind: 'level-unsupported',
        message:
          'Set as Supporter, but the evidence supports Client: no reference given yet; influencer coverage 0%, needs 70%',
      },
    ]);
    expect(view.tier).toBe('top');
    // Supporter in a top-tier account: a 21-day cadence.
    expect(view.cadence).toEqual({ days: 21, source: 'level' });
    expect(view.due).toMatchObject({
      status: 'due-soon',
      dueAt: day(1),
      daysUntil: 1,
      followUp: { reason: 'Send the case study' },
    });
    expect(view.balance).toMatchObject({ gives: 2, asks: 1, warning: null });
    expect(view.health.score).toBe(40 + 13 + 10 + 20 - 10);
  });

  it('calls a relationship stale past its cadence, whatever its level', () => {
    const view = relationshipView(colleague, account, defaultLadder, settings, NOW);
    expect(view.assumptions).toEqual([
      { kind: 'stale', message: 'Stale: last value-adding gesture 200 days ago, the cadence is 14 days' },
    ]);
    expect(view.due.status).toBe('badly-overdue');
  });

  it('views every contact of the account at once, the same as one by one', () => {
    const views = relationshipViews(account, defaultLadder, settings, NOW);
    expect([...views.keys()]).toEqual(['ana', 'ben']);
    expect(views.get('ben')).toEqual(relationshipView(colleague, account, defaultLadder, settings, NOW));
  });

  it('views a contact with no account and no gestures', () => {
    const loner = contact({ accountId: null, createdAt: day(-2) });
    const view = relationshipView(
      loner,
      snapshot({ account: null, tier: 'low', contacts: [loner] }),
      defaultLadder,
      settings,
      NOW,
    );
    expect(view.suggested.level.id).toBe('prospect');
    expect(view.next!.missing).toEqual(['no deal yet']);
    expect(view.assumptions).toEqual([]);
    expect(view.due).toMatchObject({ status: 'upcoming', dueAt: day(88) });
    expect(view.health.reasons[0]!.text).toBe('no value-adding gesture yet');
  });

  it('shows the top of the ladder with nothing above it', () => {
    const top = contact({ levelId: 'advocate' });
    expect(
      relationshipView(top, snapshot({ contacts: [top] }), defaultLadder, settings, NOW).next,
    ).toBeNull();
  });
});
