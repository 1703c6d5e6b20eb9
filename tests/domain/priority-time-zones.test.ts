/**
 * Ranking and the attention summary settle most contacts from their nominal
 * due date (whole days of 24 hours) and skip the calendar arithmetic. These
 * properties check that they come out exactly as when every contact's due
 * date is worked out on the calendar: in UTC, across Stockholm's
 * daylight-saving changes, and across the day Samoa skipped.
 */
import { startOfDay } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseAttention } from '../../lib/db/attention-summary';
import { accountTiers } from '../../lib/domain/account-tier';
import { attentionHorizon } from '../../lib/domain/due';
import { rankPriorities, type PriorityInput } from '../../lib/domain/priority';
import { priorityColumns } from '../../lib/domain/priority-columns';
import { followUp } from './builders';
import { inZone } from './in-zone';

const DAY = 86_400_000;

/**
 * The same contacts, each with a follow-up already done: it changes no due
 * date (nextDue skips done follow-ups), but a contact with follow-ups always
 * has their due date worked out on the calendar.
 */
function everyDueDateWorkedOut(inputs: PriorityInput[]): PriorityInput[] {
  return inputs.map((input) => ({
    ...input,
    clock: {
      ...input.clock,
      followUps: [
        ...input.clock.followUps,
        followUp(input.contactId, input.clock.since, { doneAt: input.clock.since }),
      ],
    },
  }));
}

/**
 * A book at `now`: contacts whose cadence falls due anywhere from long ago
 * to weeks ahead, many of them within a day or two of where the bounds
 * decide (today, the attention horizon, the urgency cap); cadences from a
 * day to a quarter; a few shared values so that scores tie and the due date
 * decides; some goal steps, some open follow-ups, some never given to.
 */
function bookAt(now: number, dueSoonDays: number): fc.Arbitrary<PriorityInput[]> {
  const hour = 3_600_000;
  // Within a day and two hours (Samoa's skip and a daylight-saving hour), often within two hours of
  // the moment or of a day either side of it.
  const within = (moment: number, hours: number) =>
    fc.integer({ min: moment - hours * hour, max: moment + hours * hour });
  const near = (moment: number) =>
    fc.oneof(within(moment, 26), within(moment, 2), within(moment - DAY, 2), within(moment + DAY, 2));
  const today = startOfDay(now).getTime();
  const horizon = attentionHorizon(now, dueSoonDays);
  const contact = fc
    .record({
      cadenceDays: fc.oneof(fc.constantFrom(1, 7, 30, 90), fc.integer({ min: 1, max: 120 })),
      nominalDue: fc.constantFrom('anywhere', 'today', 'horizon', 'cap'),
      anywhere: fc.integer({ min: now - 500 * DAY, max: now + 30 * DAY }),
      given: fc.boolean(),
    })
    .chain(({ cadenceDays, nominalDue, anywhere, given }) => {
      const due = {
        anywhere: fc.constant(anywhere),
        today: near(today),
        horizon: near(horizon),
        cap: near(now - 3 * cadenceDays * DAY),
      }[nominalDue];
      return fc.record({
        start: due.map((dueAt) => dueAt - cadenceDays * DAY),
        given: fc.constant(given),
        cadenceDays: fc.constant(cadenceDays),
        tier: fc.constantFrom(...accountTiers),
        valueShare: fc.constantFrom(0, 0.25, 0.5),
        levelRank: fc.constantFrom(0, 0.5, 1),
        goalStepDueAt: fc.option(near(horizon), { freq: 4, nil: null }),
        openIssues: fc.nat(2),
        followUpDueAt: fc.option(near(now), { freq: 6, nil: null }),
      });
    });
  return fc.array(contact, { maxLength: 60 }).map((list) =>
    list.map(({ start, given, cadenceDays, followUpDueAt, ...rest }, i) => {
      const contactId = `c${String(i).padStart(2, '0')}`;
      const followUps = followUpDueAt === null ? [] : [followUp(contactId, followUpDueAt)];
      // The cadence runs from the last give, or from when the contact was added.
      const clock = {
        lastGiveAt: given ? start : null,
        since: given ? start - DAY : start,
        cadenceDays,
        followUps,
      };
      return { contactId, clock, ...rest };
    }),
  );
}

function checkAgainstTheCalendar(from: number, to: number): void {
  const cases = fc
    .tuple(fc.integer({ min: from, max: to }), fc.integer({ min: 0, max: 7 }))
    .chain(([now, dueSoonDays]) =>
      fc.tuple(
        fc.constant(now),
        bookAt(now, dueSoonDays),
        fc.constant(dueSoonDays),
        fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      ),
    );

  it('ranks exactly as when every due date is worked out', () => {
    fc.assert(
      fc.property(cases, ([now, inputs, dueSoonDays, limit]) => {
        const ranking = rankPriorities(inputs, now, { dueSoonDays, limit });
        expect(ranking).toEqual(rankPriorities(everyDueDateWorkedOut(inputs), now, { dueSoonDays, limit }));
        // The first `limit` are those of the whole list, ties at the cut included.
        const whole = rankPriorities(inputs, now, { dueSoonDays });
        expect(ranking.entries).toEqual(whole.entries.slice(0, limit));
      }),
      { numRuns: 300 },
    );
  });

  it('summarises exactly as when every due date is worked out', () => {
    fc.assert(
      fc.property(cases, ([now, inputs]) => {
        expect(summariseAttention(priorityColumns(inputs), now)).toEqual(
          summariseAttention(priorityColumns(everyDueDateWorkedOut(inputs)), now),
        );
      }),
      { numRuns: 300 },
    );
  });
}

describe('in UTC', () => {
  inZone('UTC');
  checkAgainstTheCalendar(Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1));
});

describe('in Stockholm, across the daylight-saving changes of 2025', () => {
  inZone('Europe/Stockholm');
  checkAgainstTheCalendar(Date.UTC(2025, 2, 20), Date.UTC(2025, 10, 10));
});

describe('in Samoa, across 30 December 2011, the day it skipped', () => {
  inZone('Pacific/Apia');
  checkAgainstTheCalendar(Date.UTC(2011, 11, 20), Date.UTC(2012, 0, 8));

  // Added at UTC-11 before daylight saving, due at UTC+14 after the skip: 25 hours before the
  // nominal due date, more than a day.
  const addedBeforeDaylightSaving = (cadenceDays: number, since: number): PriorityInput => ({
    contactId: 'ana',
    clock: { lastGiveAt: null, since, cadenceDays, followUps: [] },
    tier: 'top',
    valueShare: 0,
    levelRank: 0,
    goalStepDueAt: null,
    openIssues: 0,
  });

  it('lists a contact the calendar makes due today, 25 hours ahead of whole days', () => {
    const since = new Date(2011, 8, 14, 23, 30).getTime();
    const dueAt = new Date(2012, 0, 3, 23, 30).getTime();
    expect(since + 111 * DAY - dueAt).toBe(25 * 3_600_000);
    const ranking = rankPriorities(
      [addedBeforeDaylightSaving(111, since)],
      new Date(2012, 0, 3, 12).getTime(),
      {
        dueSoonDays: 0,
      },
    );
    expect(ranking.entries.map((entry) => entry.dueAt)).toEqual([dueAt]);
  });

  it('finds the next due time the calendar brings 25 hours ahead of whole days', () => {
    const earlier = { ...addedBeforeDaylightSaving(30, Date.UTC(2011, 11, 5, 8)), contactId: 'ben' };
    const inputs = [earlier, addedBeforeDaylightSaving(111, Date.UTC(2011, 8, 15, 8))];
    expect(summariseAttention(priorityColumns(inputs), Date.UTC(2012, 0, 2, 10)).nextDueAt).toBe(
      Date.UTC(2012, 0, 3, 7),
    );
  });
});
