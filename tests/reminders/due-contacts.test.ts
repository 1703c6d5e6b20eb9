import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RapportDatabase } from '../../lib/db/database';
import { loadDueContacts } from '../../lib/reminders/due-contacts';
import { freshDatabase, seedDatabase } from '../db/test-database';
import { contact, day, followUp, NOW } from '../domain/builders';

const HOUR = 3_600_000;
let db: RapportDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('loadDueContacts', () => {
  it('lists who fell due in the stretch, with their names, soonest first', async () => {
    // Added yesterday: their cadence is far off, only the follow-ups make them due.
    const recent = { accountId: null, createdAt: day(-1), updatedAt: day(-1) };
    await seedDatabase(db, {
      contacts: [
        contact({ id: 'ann', name: 'Ann Lee', ...recent }),
        contact({ id: 'bo', name: 'Bo Chen', ...recent }),
        contact({ id: 'cy', name: 'Cy Dean', ...recent }),
        contact({ id: 'di', name: 'Di Fox', ...recent }),
        contact({ id: 'ed', name: 'Ed Gray', ...recent }),
      ],
      followUps: [
        followUp('ann', NOW - HOUR),
        followUp('bo', NOW - 2 * HOUR),
        followUp('cy', NOW - 5 * HOUR), // before the stretch
        followUp('di', NOW + HOUR), // not yet
        followUp('ed', NOW - HOUR, { snoozedUntil: NOW + HOUR }), // snoozed
      ],
    });
    expect(await loadDueContacts(NOW - 3 * HOUR, NOW, db)).toEqual([
      { contactId: 'bo', name: 'Bo Chen', dueAt: NOW - 2 * HOUR },
      { contactId: 'ann', name: 'Ann Lee', dueAt: NOW - HOUR },
    ]);
  });

  it('includes a contact whose cadence ran out in the stretch', async () => {
    await seedDatabase(db, {
      contacts: [
        contact({ id: 'ann', name: 'Ann Lee', accountId: null, cadenceDays: 7, createdAt: day(-7) }),
      ],
    });
    const due = await loadDueContacts(day(-7), NOW + 1, db);
    expect(due.map((entry) => entry.contactId)).toEqual(['ann']);
    expect(await loadDueContacts(NOW + 1, NOW + 2, db)).toEqual([]);
  });
});
