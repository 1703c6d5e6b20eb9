import { describe, expect, it } from 'vitest';
import { findAccountsByDomain } from '../../lib/db/accounts';
import { listIssuesOfAccount } from '../../lib/db/account-issues';
import { listContactsOfAccount } from '../../lib/db/contacts';
import { listDealsOfAccount } from '../../lib/db/deals';
import { listFollowUpsOfContact, listOpenFollowUpsDueBetween } from '../../lib/db/follow-ups';
import { createGesture, listGesturesOfContact } from '../../lib/db/gestures';
import { listGoalsOfAccount, listGoalsOfContact } from '../../lib/db/goals';
import { listNotesOfAccount, listNotesOfContact } from '../../lib/db/notes';
import { updateRecord } from '../../lib/db/records';
import { recordsV1 } from './fixtures/records-v1';
import { freshDatabase, seedDatabase } from './test-database';

const ids = (records: Array<{ id: string }>) => records.map((record) => record.id);

async function seeded() {
  const database = freshDatabase();
  await seedDatabase(database, recordsV1);
  return database;
}

describe('queries by index', () => {
  it("lists a contact's gestures newest first", async () => {
    const database = await seeded();
    const late = await createGesture(
      { contactId: 'con-ada', type: 'thanks', at: 1700000900000 },
      1,
      database,
    );
    const early = await createGesture({ contactId: 'con-ada', type: 'gift', at: 1600000000000 }, 1, database);
    await createGesture({ contactId: 'con-ben', type: 'thanks', at: 1700000950000 }, 1, database);
    expect(ids(await listGesturesOfContact('con-ada', database))).toEqual([
      late.id,
      'ges-2',
      'ges-1',
      early.id,
    ]);
  });

  it('lists open follow-ups due in a range, soonest first, leaving out done ones', async () => {
    const database = await seeded();
    expect(ids(await listOpenFollowUpsDueBetween(1700000000000, 1703000000000, database))).toEqual([
      'fu-2',
      'fu-1',
    ]);
    expect(ids(await listOpenFollowUpsDueBetween(1701500000000, 1703000000000, database))).toEqual(['fu-1']);
    expect(ids(await listOpenFollowUpsDueBetween(1702000000000, 1702000000000, database))).toEqual(['fu-1']);
    await updateRecord('followUps', 'fu-1', { doneAt: 1702000000001 }, 1702000000001, database);
    expect(ids(await listOpenFollowUpsDueBetween(1700000000000, 1703000000000, database))).toEqual(['fu-2']);
  });

  it('finds the contacts of an account', async () => {
    const database = await seeded();
    expect(ids(await listContactsOfAccount('acc-acme', database))).toEqual(['con-ada']);
    expect(await listContactsOfAccount('acc-borealis', database)).toEqual([]);
  });

  it('finds accounts by any of their email domains, whatever the letter case', async () => {
    const database = await seeded();
    expect(ids(await findAccountsByDomain('acme-logistics.co.uk', database))).toEqual(['acc-acme']);
    expect(ids(await findAccountsByDomain(' ACME.com', database))).toEqual(['acc-acme']);
    expect(await findAccountsByDomain('acme.org', database)).toEqual([]);
  });

  it('lists notes of a contact and of an account, newest first', async () => {
    const database = await seeded();
    expect(ids(await listNotesOfContact('con-ada', database))).toEqual(['note-1']);
    expect(ids(await listNotesOfAccount('acc-acme', database))).toEqual(['note-1']);
    expect(ids(await listNotesOfAccount('acc-borealis', database))).toEqual(['note-2']);
  });

  it('lists goals, deals, follow-ups and issues by owner', async () => {
    const database = await seeded();
    expect(ids(await listGoalsOfContact('con-ada', database))).toEqual(['goal-1']);
    expect(ids(await listGoalsOfAccount('acc-borealis', database))).toEqual(['goal-2']);
    expect(ids(await listDealsOfAccount('acc-acme', database))).toEqual(['deal-1', 'deal-2']);
    expect(ids(await listFollowUpsOfContact('con-ben', database))).toEqual(['fu-2']);
    expect(ids(await listIssuesOfAccount('acc-acme', database))).toEqual(['iss-1']);
  });
});
