import { describe, expect, it } from 'vitest';
import { defaultLadder } from '../../lib/domain/default-ladder';
import { defaultEngineSettings } from '../../lib/domain/engine-settings';
import { buildPriorityInputs, type PriorityRecords } from '../../lib/domain/priority-inputs';
import { account, contact, day, followUp, gesture, goal, issue, NOW } from './builders';

const records = (parts: Partial<PriorityRecords>): PriorityRecords => ({
  contacts: [],
  accounts: [],
  gestures: [],
  followUps: [],
  goals: [],
  issues: [],
  ...parts,
});
const build = (parts: Partial<PriorityRecords>) =>
  new Map(
    buildPriorityInputs(records(parts), defaultLadder, defaultEngineSettings, NOW).map((i) => [
      i.contactId,
      i,
    ]),
  );

describe('buildPriorityInputs', () => {
  const big = account({ id: 'big', revenue: 900 });
  const small = account({ id: 'small', revenue: 100 });

  it("takes each contact's tier and value share from the 80/20 ranking of accounts", () => {
    const inputs = build({
      accounts: [big, small],
      contacts: [
        contact({ id: 'a', accountId: 'big' }),
        contact({ id: 'b', accountId: 'small' }),
        contact({ id: 'c', accountId: null }),
      ],
    });
    expect(inputs.get('a')).toMatchObject({ tier: 'top', valueShare: 0.9 });
    expect(inputs.get('b')).toMatchObject({ tier: 'middle', valueShare: 0.1 });
    expect(inputs.get('c')).toMatchObject({ tier: 'low', valueShare: 0 });
  });

  it('resolves the cadence for the tier, unless the contact overrides it', () => {
    const inputs = build({
      accounts: [big, small],
      contacts: [
        contact({ id: 'a', accountId: 'big', levelId: 'customer' }),
        contact({ id: 'b', accountId: 'big', levelId: 'customer', cadenceDays: 5 }),
      ],
    });
    expect(inputs.get('a')!.clock.cadenceDays).toBe(14);
    expect(inputs.get('b')!.clock.cadenceDays).toBe(5);
  });

  it('starts the clock at the latest value-adding gesture up to now', () => {
    const inputs = build({
      contacts: [contact({ id: 'a', createdAt: day(-300) }), contact({ id: 'b', createdAt: day(-300) })],
      gestures: [
        gesture('a', 'article', day(-20)),
        gesture('a', 'gift', day(-8)),
        gesture('a', 'referral-ask', day(-1)),
        gesture('a', 'thanks', day(3)),
      ],
    });
    expect(inputs.get('a')!.clock).toMatchObject({ lastGiveAt: day(-8), since: day(-300) });
    expect(inputs.get('b')!.clock.lastGiveAt).toBeNull();
  });

  it("keeps each contact's open follow-ups", () => {
    const open = followUp('a', day(2));
    const inputs = build({
      contacts: [contact({ id: 'a' })],
      followUps: [open, followUp('a', day(1), { doneAt: day(-1) })],
    });
    expect(inputs.get('a')!.clock.followUps).toEqual([open]);
  });

  it('leaves out contacts who have left', () => {
    expect([...build({ contacts: [contact({ id: 'gone', left: true })] }).keys()]).toEqual([]);
  });

  it('ranks the level from 0 at the bottom of the ladder to 1 at the top', () => {
    const inputs = build({
      contacts: [
        contact({ id: 'p', levelId: 'prospect' }),
        contact({ id: 'c', levelId: 'client' }),
        contact({ id: 'a', levelId: 'advocate' }),
        contact({ id: 'x', levelId: 'removed-level' }),
      ],
    });
    expect(['p', 'c', 'a', 'x'].map((id) => inputs.get(id)!.levelRank)).toEqual([0, 0.5, 1, 0]);
  });

  it("gives each contact the earliest open step of their goals, and an account goal's steps to its champion", () => {
    const step = (id: string, dueAt: number) => ({ id, text: id, dueAt, doneAt: null });
    const inputs = build({
      contacts: [
        contact({ id: 'a', accountId: 'acme' }),
        contact({ id: 'champ', accountId: 'acme', roles: ['champion'] }),
      ],
      goals: [
        goal({ contactId: 'a', steps: [step('s1', day(9)), step('s2', day(4))] }),
        goal({ contactId: 'a', status: 'abandoned', steps: [step('s3', day(1))] }),
        goal({ contactId: null, accountId: 'acme', steps: [step('s4', day(6))] }),
      ],
    });
    expect(inputs.get('a')!.goalStepDueAt).toBe(day(4));
    expect(inputs.get('champ')!.goalStepDueAt).toBe(day(6));
  });

  it("counts the account's open issues for each of its contacts", () => {
    const inputs = build({
      contacts: [contact({ id: 'a', accountId: 'acme' }), contact({ id: 'b', accountId: null })],
      issues: [
        issue({ accountId: 'acme' }),
        issue({ accountId: 'acme', resolvedAt: day(-1) }),
        issue({ accountId: 'acme' }),
      ],
    });
    expect(inputs.get('a')!.openIssues).toBe(2);
    expect(inputs.get('b')!.openIssues).toBe(0);
  });
});
