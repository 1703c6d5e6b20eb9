import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact, Gesture, Ladder, Role, Seniority } from '../../lib/db/schema';
import { accountFacts } from '../../lib/domain/account-facts';
import type { AccountSnapshot } from '../../lib/domain/account-snapshot';
import { defaultLadder } from '../../lib/domain/default-ladder';
import { defaultEvidenceSettings } from '../../lib/domain/evidence-settings';
import { checkLevel, levelAbove, nextLevelGap, placeLevel, suggestLevel } from '../../lib/domain/levels';
import { contact, day, deal, gesture, NOW, snapshot } from './builders';

const ladder = defaultLadder;
const facts = (parts: Partial<AccountSnapshot>) =>
  accountFacts(snapshot(parts), defaultEvidenceSettings, NOW);

/**
 * An account where `subject` is a senior decision maker, with `colleagues`
 * more people, everyone tended last week unless listed in `untended`.
 */
function account(options: {
  deals?: number;
  reference?: boolean;
  strategy?: boolean;
  colleagues?: { roles: Role[]; seniority?: Seniority; tended?: boolean }[];
  levelId?: string;
}) {
  const subject = contact({
    roles: ['decision-maker', 'influencer'],
    seniority: 'senior',
    levelId: options.levelId ?? 'prospect',
  });
  const colleagues = (options.colleagues ?? []).map((c) => ({
    person: contact({ roles: c.roles, seniority: c.seniority ?? 'staff' }),
    tended: c.tended ?? true,
  }));
  const gestures: Gesture[] = [gesture(subject.id, 'check-in', day(-7))];
  for (const { person, tended } of colleagues)
    if (tended) gestures.push(gesture(person.id, 'article', day(-7)));
  if (options.reference) gestures.push(gesture(subject.id, 'reference-ask', day(-20), { outcome: 'yes' }));
  if (options.strategy) gestures.push(gesture(subject.id, 'shared-strategy', day(-15)));
  const contacts: Contact[] = [subject, ...colleagues.map((c) => c.person)];
  return {
    subject,
    facts: facts({ contacts, gestures, deals: Array.from({ length: options.deals ?? 0 }, () => deal()) }),
  };
}

const influencers = (related: number, total: number) =>
  Array.from({ length: total }, (_, i) => ({ roles: ['influencer'] as Role[], tended: i < related }));

describe('suggestLevel on the default ladder', () => {
  it('is Prospect before any deal', () => {
    const { subject, facts } = account({});
    expect(suggestLevel(subject, facts, ladder).level.id).toBe('prospect');
  });

  it('is Customer after one deal, with that deal as the evidence', () => {
    const { subject, facts } = account({ deals: 1 });
    const suggestion = suggestLevel(subject, facts, ladder);
    expect(suggestion.level.id).toBe('customer');
    expect(suggestion.evidence.map((check) => check.text)).toEqual(['1 deal']);
  });

  it('is Client after a repeat purchase', () => {
    const { subject, facts } = account({ deals: 2 });
    expect(suggestLevel(subject, facts, ladder).level.id).toBe('client');
  });

  it('is Supporter with a reference, every decision maker and 70% of influencers', () => {
    const { subject, facts } = account({
      deals: 2,
      reference: true,
      colleagues: [{ roles: ['decision-maker'] }, ...influencers(2, 3)],
    });
    // Influencers: the subject and 2 of 3 colleagues, 75%.
    expect(suggestLevel(subject, facts, ladder).level.id).toBe('supporter');
  });

  it('is Advocate with senior and middle management, every key person known and shared strategy', () => {
    const { subject, facts } = account({
      deals: 3,
      reference: true,
      strategy: true,
      colleagues: [{ roles: ['decision-maker'], seniority: 'middle' }, ...influencers(2, 2)],
    });
    const suggestion = suggestLevel(subject, facts, ladder);
    expect(suggestion.level.id).toBe('advocate');
    expect(suggestion.evidence.every((check) => check.met)).toBe(true);
  });

  it('stays at Client when one decision maker has no relationship with us', () => {
    const { subject, facts } = account({
      deals: 2,
      reference: true,
      colleagues: [{ roles: ['decision-maker'], tended: false }, ...influencers(3, 3)],
    });
    expect(suggestLevel(subject, facts, ladder).level.id).toBe('client');
  });
});

describe('nextLevelGap', () => {
  it('lists what the level above the current one still lacks', () => {
    const { subject, facts } = account({
      deals: 2,
      levelId: 'client',
      colleagues: [{ roles: ['decision-maker'] }, ...influencers(3, 3)],
    });
    expect(nextLevelGap(subject, facts, ladder)).toEqual(['no reference given yet']);
  });

  it('says every missing piece with its numbers', () => {
    const { subject, facts } = account({
      deals: 2,
      levelId: 'client',
      colleagues: [
        { roles: ['decision-maker'] },
        { roles: ['decision-maker'], tended: false },
        ...influencers(0, 1),
      ],
    });
    expect(nextLevelGap(subject, facts, ladder)).toEqual([
      'no reference given yet',
      'relationship with 2 of 3 decision makers',
      'influencer coverage 50%, needs 70%',
    ]);
  });

  it('is empty at the top of the ladder', () => {
    const { subject, facts } = account({ levelId: 'advocate' });
    expect(nextLevelGap(subject, facts, ladder)).toEqual([]);
    expect(levelAbove(ladder, 'advocate')).toBeNull();
  });
});

describe('a contact with no account', () => {
  it('is judged on the deals naming them, and is their own only key person', () => {
    const solo = contact({ accountId: null, roles: ['decision-maker'] });
    const soloFacts = facts({
      account: null,
      contacts: [solo],
      deals: [deal({ contactId: solo.id }), deal({ contactId: solo.id })],
      gestures: [gesture(solo.id, 'gift', day(-3))],
    });
    expect(suggestLevel(solo, soloFacts, ladder).level.id).toBe('client');
    // As the only decision maker, tended last week, they cover the decision makers themselves.
    expect(nextLevelGap({ ...solo, levelId: 'client' }, soloFacts, ladder)).toEqual([
      'no reference given yet',
      'no influencers known yet',
    ]);
  });
});

describe('a ladder of two levels', () => {
  const twoLevels: Ladder = {
    levels: [
      { id: 'lead', name: 'Lead', color: '#5b6472', definition: 'Anyone.', evidence: [] },
      {
        id: 'friend',
        name: 'Friend',
        color: '#137a4b',
        definition: 'Bought and met for coffee.',
        evidence: [
          { kind: 'min-deals', count: 1 },
          { kind: 'manual', id: 'coffee', label: 'Met for coffee' },
        ],
      },
    ],
  };

  it('suggests the upper level only when all of its evidence holds', () => {
    const person = contact({ levelId: 'lead' });
    const withDeal = facts({ contacts: [person], deals: [deal()] });
    expect(suggestLevel(person, withDeal, twoLevels).level.id).toBe('lead');
    expect(nextLevelGap(person, withDeal, twoLevels)).toEqual(['not yet: Met for coffee']);
    const ticked = { ...person, evidenceTicks: ['coffee'] };
    expect(suggestLevel(ticked, withDeal, twoLevels).level.id).toBe('friend');
  });
});

describe('placeLevel', () => {
  it('finds the level the user set', () => {
    expect(placeLevel(ladder, 'client')).toMatchObject({ index: 2, level: { name: 'Client' } });
  });

  it('reads a level removed from the ladder as the lowest level', () => {
    expect(placeLevel(ladder, 'gone')).toMatchObject({ index: 0, level: { id: 'prospect' } });
  });
});

describe('suggestLevel invariants', () => {
  const scenario = fc.record({
    deals: fc.nat({ max: 3 }),
    reference: fc.boolean(),
    strategy: fc.boolean(),
    colleagues: fc.array(
      fc.record({
        roles: fc.subarray(['decision-maker', 'influencer', 'champion'] as Role[]),
        seniority: fc.constantFrom<Seniority>('senior', 'middle', 'staff', 'unknown'),
        tended: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
  });

  it('never suggests a level whose evidence is missing, nor skips a higher level whose evidence holds', () => {
    fc.assert(
      fc.property(scenario, (options) => {
        const { subject, facts } = account(options);
        const suggestion = suggestLevel(subject, facts, ladder);
        expect(checkLevel(suggestion.level, subject, facts).every((check) => check.met)).toBe(true);
        for (const higher of ladder.levels.slice(suggestion.index + 1)) {
          expect(checkLevel(higher, subject, facts).every((check) => check.met)).toBe(false);
        }
      }),
    );
  });
});
