import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadAttentionSummary } from '../../lib/db/attention-summary';
import type { Contact, FollowUp, Gesture } from '../../lib/db/schema';
import { dueState } from '../../lib/domain/due';
import { bookArbitrary, inputsFromWholeTables, NOW as BOOK_NOW } from './priority-arbitraries';
import { freshDatabase, seedDatabase } from './test-database';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12);
const stamps = { createdAt: NOW - 400 * DAY, updatedAt: NOW - 400 * DAY };

/** A contact on a 10-day cadence, touched `daysAgo` days ago. */
function contact(id: string, extra: Partial<Contact> = {}): Contact {
  return {
    id,
    name: id,
    linkedinSlugs: [],
    emails: [],
    accountId: null,
    roles: [],
    seniority: 'unknown',
    levelId: 'customer',
    interests: [],
    motivations: [],
    tags: [],
    cadenceDays: 10,
    evidenceTicks: [],
    left: false,
    ...stamps,
    ...extra,
  };
}

const give = (contactId: string, daysAgo: number): Gesture => ({
  id: `ges-${contactId}`,
  contactId,
  type: 'check-in',
  at: NOW - daysAgo * DAY,
  ...stamps,
});

function snooze(contactId: string, until: number): FollowUp {
  return {
    id: `fu-${contactId}`,
    contactId,
    dueAt: NOW - 5 * DAY,
    reason: 'Call back',
    source: 'manual',
    goalId: null,
    stepId: null,
    snoozedUntil: until,
    doneAt: null,
    ...stamps,
  };
}

describe('loadAttentionSummary', () => {
  it('says nothing is due in an empty database', async () => {
    expect(await loadAttentionSummary(NOW, freshDatabase())).toEqual({ overdue: 0, nextDueAt: null });
  });

  it('counts the overdue and badly overdue, and finds the next due time after now', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: [
        contact('con-late'), // due 2 days ago: overdue
        contact('con-very-late'), // due 25 days ago, more than a cadence late: badly overdue
        contact('con-today'), // due at this very moment: due today, not overdue
        contact('con-soon'), // due in 3 days: due soon
        contact('con-later'), // due in 8 days
        contact('con-snoozed'), // a follow-up 5 days late, snoozed until tomorrow
        contact('con-left', { left: true }), // 30 days late, but has left
      ],
      gestures: [
        give('con-late', 12),
        give('con-very-late', 35),
        give('con-today', 10),
        give('con-soon', 7),
        give('con-later', 2),
        give('con-snoozed', 1),
        give('con-left', 40),
      ],
      followUps: [snooze('con-snoozed', NOW + DAY)],
    });
    expect(await loadAttentionSummary(NOW, database)).toEqual({ overdue: 2, nextDueAt: NOW + DAY });
  });

  it('only looks strictly after now for the next due time', async () => {
    const database = freshDatabase();
    await seedDatabase(database, {
      contacts: [contact('con-today'), contact('con-soon')],
      gestures: [give('con-today', 10), give('con-soon', 7)],
    });
    expect(await loadAttentionSummary(NOW, database)).toEqual({ overdue: 0, nextDueAt: NOW + 3 * DAY });
    expect(await loadAttentionSummary(NOW + 3 * DAY, database)).toEqual({ overdue: 1, nextDueAt: null });
  });

  it('agrees with the due states worked out from whole tables, on random books of business', async () => {
    await fc.assert(
      fc.asyncProperty(bookArbitrary, fc.integer({ min: -3, max: 3 }), async (book, shift) => {
        const database = freshDatabase();
        try {
          await seedDatabase(database, book);
          const now = BOOK_NOW + shift * DAY;
          const { inputs, dueSoonDays } = await inputsFromWholeTables(database, now);
          const states = inputs.map((input) => dueState(input.clock, now, dueSoonDays));
          const ahead = states.map((state) => state.dueAt).filter((dueAt) => dueAt > now);
          expect(await loadAttentionSummary(now, database)).toEqual({
            overdue: states.filter((s) => s.status === 'overdue' || s.status === 'badly-overdue').length,
            nextDueAt: ahead.length === 0 ? null : Math.min(...ahead),
          });
        } finally {
          database.close();
        }
      }),
      { numRuns: 40 },
    );
    // Forty databases filled and read: seconds, and no measure of speed.
  }, 120_000);
});
