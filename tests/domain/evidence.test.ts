import { describe, expect, it } from 'vitest';
import type { Contact, EvidenceRule, Gesture } from '../../lib/db/schema';
import { accountFacts } from '../../lib/domain/account-facts';
import type { AccountSnapshot } from '../../lib/domain/account-snapshot';
import { checkEvidence } from '../../lib/domain/evidence';
import { defaultEvidenceSettings } from '../../lib/domain/evidence-settings';
import { contact, day, deal, gesture, NOW, snapshot } from './builders';

const settings = defaultEvidenceSettings;

/** A contact we have a relationship with: a value-adding gesture last week. */
function tended(person: Contact): Gesture {
  return gesture(person.id, 'check-in', day(-7));
}

function check(rule: EvidenceRule, subject: Contact, parts: Partial<AccountSnapshot>) {
  const contacts = parts.contacts ?? [subject];
  return checkEvidence(rule, subject, accountFacts(snapshot({ ...parts, contacts }), settings, NOW));
}

describe('a relationship with us', () => {
  const related = (person: Contact, gestures: Gesture[]) =>
    accountFacts(snapshot({ contacts: [person], gestures }), settings, NOW).contacts.get(person.id)!.related;

  it('needs a value-adding gesture within the relationship window', () => {
    const person = contact();
    expect(related(person, [gesture(person.id, 'article', day(-180))])).toBe(true);
    expect(related(person, [gesture(person.id, 'article', day(-181))])).toBe(false);
  });

  it('is not made by asks or by gestures dated in the future', () => {
    const person = contact();
    expect(
      related(person, [gesture(person.id, 'referral-ask', day(-1)), gesture(person.id, 'gift', day(3))]),
    ).toBe(false);
  });

  it('ends when the contact leaves the account', () => {
    const person = contact({ left: true });
    expect(related(person, [tended(person)])).toBe(false);
  });
});

describe('min-deals', () => {
  const rule = (count: number): EvidenceRule => ({ kind: 'min-deals', count });

  it("counts the account's deals closed so far", () => {
    const person = contact();
    expect(check(rule(2), person, { deals: [deal(), deal()] })).toMatchObject({ met: true, text: '2 deals' });
    expect(check(rule(1), person, { deals: [deal()] })).toMatchObject({ met: true, text: '1 deal' });
  });

  it('says how many deals are still missing', () => {
    const person = contact();
    expect(check(rule(1), person, {}).text).toBe('no deal yet');
    expect(check(rule(2), person, {}).text).toBe('no deals yet, needs 2');
    expect(check(rule(3), person, { deals: [deal()] })).toMatchObject({ met: false, text: '1 of 3 deals' });
  });

  it('does not count a deal dated in the future', () => {
    expect(check(rule(1), contact(), { deals: [deal({ closedAt: day(5) })] }).met).toBe(false);
  });
});

describe('reference-given', () => {
  const rule: EvidenceRule = { kind: 'reference-given' };

  it('holds once the contact answered a reference ask with yes', () => {
    const person = contact();
    const gestures = [gesture(person.id, 'reference-ask', day(-40), { outcome: 'yes' })];
    expect(check(rule, person, { gestures })).toMatchObject({ met: true, text: 'has given a reference' });
  });

  it('is missing while nobody asked, the answer was no, or the answer is pending', () => {
    const person = contact();
    expect(check(rule, person, {}).text).toBe('no reference given yet');
    const no = [gesture(person.id, 'reference-ask', day(-40), { outcome: 'no' })];
    expect(check(rule, person, { gestures: no }).text).toBe('no reference given yet');
    const pending = [gesture(person.id, 'reference-ask', day(-4), { outcome: 'pending' })];
    expect(check(rule, person, { gestures: pending })).toMatchObject({
      met: false,
      text: 'reference asked, no answer yet',
    });
  });

  it("is the contact's own: a colleague's reference does not count", () => {
    const person = contact();
    const colleague = contact();
    const gestures = [gesture(colleague.id, 'reference-ask', day(-40), { outcome: 'yes' })];
    expect(check(rule, person, { contacts: [person, colleague], gestures }).met).toBe(false);
  });
});

describe('decision-makers-related', () => {
  const rule: EvidenceRule = { kind: 'decision-makers-related' };

  it('holds when we have a relationship with every decision maker still at the account', () => {
    const makers = [contact({ roles: ['decision-maker'] }), contact({ roles: ['decision-maker'] })];
    const departed = contact({ roles: ['decision-maker'], left: true });
    const contacts = [...makers, departed];
    expect(check(rule, makers[0]!, { contacts, gestures: makers.map(tended) })).toMatchObject({
      met: true,
      text: 'relationship with all 2 decision makers',
    });
  });

  it('counts the decision makers without a relationship', () => {
    const makers = [1, 2, 3].map(() => contact({ roles: ['decision-maker'] }));
    expect(
      check(rule, makers[0]!, { contacts: makers, gestures: makers.slice(0, 2).map(tended) }),
    ).toMatchObject({
      met: false,
      text: 'relationship with 2 of 3 decision makers',
    });
  });

  it('is missing while no decision maker is known', () => {
    expect(check(rule, contact(), {}).text).toBe('no decision makers known yet');
  });
});

describe('influencer-coverage', () => {
  const rule: EvidenceRule = { kind: 'influencer-coverage', percent: 70 };
  const influencers = (count: number) =>
    Array.from({ length: count }, () => contact({ roles: ['influencer'] }));

  it('holds at exactly the percentage asked for', () => {
    const people = influencers(10);
    expect(
      check(rule, people[0]!, { contacts: people, gestures: people.slice(0, 7).map(tended) }),
    ).toMatchObject({
      met: true,
      text: 'influencer coverage 70%',
    });
  });

  it('says the coverage and what is needed', () => {
    const people = influencers(4);
    expect(
      check(rule, people[0]!, { contacts: people, gestures: people.slice(0, 2).map(tended) }),
    ).toMatchObject({
      met: false,
      text: 'influencer coverage 50%, needs 70%',
    });
  });

  it('is missing while no influencer is known', () => {
    expect(check(rule, contact(), {}).text).toBe('no influencers known yet');
  });
});

describe('all-key-people-known', () => {
  const rule: EvidenceRule = { kind: 'all-key-people-known' };

  it('holds when we know every decision maker and influencer', () => {
    const people = [contact({ roles: ['decision-maker', 'influencer'] }), contact({ roles: ['influencer'] })];
    expect(check(rule, people[0]!, { contacts: people, gestures: people.map(tended) })).toMatchObject({
      met: true,
      text: 'knows the decision maker and all 2 influencers',
    });
  });

  it('lists who is not known yet', () => {
    const makers = [1, 2, 3].map(() => contact({ roles: ['decision-maker'] }));
    const influencers = [1, 2].map(() => contact({ roles: ['influencer'] }));
    const contacts = [...makers, ...influencers];
    const gestures = [...makers.slice(0, 2), influencers[0]!].map(tended);
    expect(check(rule, makers[0]!, { contacts, gestures }).text).toBe(
      '2 of 3 decision makers known, 1 of 2 influencers known',
    );
  });

  it('is missing while either role is unmapped', () => {
    const maker = contact({ roles: ['decision-maker'] });
    expect(check(rule, maker, { gestures: [tended(maker)] }).text).toBe('no influencers known yet');
    expect(check(rule, contact(), {}).text).toBe('no decision makers or influencers known yet');
  });
});

describe('senior-and-middle-management', () => {
  const rule: EvidenceRule = { kind: 'senior-and-middle-management' };

  it('holds with relationships at both senior and middle management', () => {
    const people = [contact({ seniority: 'senior' }), contact({ seniority: 'middle' })];
    expect(check(rule, people[0]!, { contacts: people, gestures: people.map(tended) }).met).toBe(true);
  });

  it('names the management level still missing', () => {
    const senior = contact({ seniority: 'senior' });
    const middle = contact({ seniority: 'middle' });
    const contacts = [senior, middle];
    expect(check(rule, senior, { contacts, gestures: [tended(senior)] }).text).toBe(
      'no relationship at middle management yet',
    );
    expect(check(rule, senior, { contacts, gestures: [tended(middle)] }).text).toBe(
      'no relationship at senior management yet',
    );
    expect(check(rule, senior, { contacts }).text).toBe('no relationship at senior or middle management yet');
  });
});

describe('shares-strategy', () => {
  const rule: EvidenceRule = { kind: 'shares-strategy' };

  it('holds once the contact shared strategic plans or a product idea', () => {
    const person = contact();
    for (const type of ['shared-strategy', 'product-idea'] as const) {
      expect(check(rule, person, { gestures: [gesture(person.id, type, day(-30))] }).met).toBe(true);
    }
  });

  it('is missing otherwise', () => {
    expect(check(rule, contact(), {}).text).toBe('no strategic plans or ideas shared yet');
  });
});

describe('manual', () => {
  const rule: EvidenceRule = { kind: 'manual', id: 'intro-to-boss', label: 'Introduced me to their manager' };

  it('holds when the user ticked it for the contact', () => {
    expect(check(rule, contact({ evidenceTicks: ['intro-to-boss'] }), {})).toMatchObject({
      met: true,
      text: 'Introduced me to their manager',
    });
    expect(check(rule, contact(), {})).toMatchObject({
      met: false,
      text: 'not yet: Introduced me to their manager',
    });
  });
});
