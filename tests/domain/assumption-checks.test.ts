import { describe, expect, it } from 'vitest';
import type { Contact, FollowUp, Gesture } from '../../lib/db/schema';
import { accountFacts } from '../../lib/domain/account-facts';
import { assumptionChecks } from '../../lib/domain/assumption-checks';
import { defaultLadder } from '../../lib/domain/default-ladder';
import { nextDue } from '../../lib/domain/due';
import { defaultEvidenceSettings } from '../../lib/domain/evidence-settings';
import { lastGiveAt } from '../../lib/domain/gestures';
import { suggestLevel } from '../../lib/domain/levels';
import { contact, day, deal, followUp, gesture, NOW, snapshot } from './builders';

const cadenceDays = 30;

function checks(person: Contact, gestures: Gesture[], { deals = 0, followUps = [] as FollowUp[] } = {}) {
  const facts = accountFacts(
    snapshot({ contacts: [person], gestures, deals: Array.from({ length: deals }, () => deal()) }),
    defaultEvidenceSettings,
    NOW,
  );
  const last = lastGiveAt(gestures, NOW);
  return assumptionChecks({
    contact: person,
    facts,
    ladder: defaultLadder,
    suggested: suggestLevel(person, facts, defaultLadder),
    lastGiveAt: last,
    cadenceDays,
    due: nextDue({ lastGiveAt: last, since: person.createdAt, cadenceDays, followUps }),
  });
}

describe('assumptionChecks', () => {
  it('has nothing to say about a supported level tended within the cadence', () => {
    const person = contact({ levelId: 'customer' });
    expect(checks(person, [gesture(person.id, 'article', day(-5))], { deals: 1 })).toEqual([]);
  });

  it('says when the level set is above what the evidence supports, and why', () => {
    const person = contact({ levelId: 'client' });
    expect(checks(person, [gesture(person.id, 'article', day(-5))], { deals: 1 })).toEqual([
      {
        kind: 'level-unsupported',
        message: 'Set as Client, but the evidence supports Customer: 1 of 2 deals',
      },
    ]);
  });

  it('lists every missing piece of the level set', () => {
    const person = contact({ levelId: 'supporter' });
    expect(checks(person, [gesture(person.id, 'article', day(-5))], { deals: 2 })[0]!.message).toBe(
      'Set as Supporter, but the evidence supports Client: no reference given yet; no decision makers known yet; no influencers known yet',
    );
  });

  it('has nothing to say when the level set is below what the evidence supports', () => {
    const person = contact({ levelId: 'prospect' });
    expect(checks(person, [gesture(person.id, 'article', day(-5))], { deals: 2 })).toEqual([]);
  });

  it('calls a relationship stale once the cadence has run out since the last value-adding gesture, whatever its level', () => {
    const person = contact({ levelId: 'prospect' });
    expect(
      checks(person, [gesture(person.id, 'article', day(-31)), gesture(person.id, 'referral-ask', day(-1))]),
    ).toEqual([
      { kind: 'stale', message: 'Stale: last value-adding gesture 31 days ago, the cadence is 30 days' },
    ]);
  });

  it('calls a contact stale when nothing was ever given in a whole cadence since they were added', () => {
    const person = contact({ createdAt: day(-40) });
    expect(checks(person, [])).toEqual([
      { kind: 'stale', message: 'Stale: no value-adding gesture logged yet, the cadence is 30 days' },
    ]);
    expect(checks(contact({ createdAt: day(-3) }), [])).toEqual([]);
  });

  it('never calls stale someone who has left the account: nobody keeps up with them', () => {
    const person = contact({ levelId: 'prospect', left: true });
    expect(checks(person, [gesture(person.id, 'article', day(-90))])).toEqual([]);
  });

  it('still calls a relationship stale while its reminder is snoozed', () => {
    const person = contact();
    const snooze = followUp(person.id, day(-1), {
      source: 'cadence',
      createdAt: day(-1),
      snoozedUntil: day(10),
    });
    expect(
      checks(person, [gesture(person.id, 'gift', day(-31))], { followUps: [snooze] }).map((c) => c.kind),
    ).toEqual(['stale']);
  });
});
