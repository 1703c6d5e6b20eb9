import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RapportDatabase } from '../../lib/db/database';
import { findContactsByIdentities, lookupContactSummaries } from '../../lib/db/lookup';
import { defaultCadenceSettings } from '../../lib/domain/cadence-settings';
import { defaultLadder } from '../../lib/domain/default-ladder';
import { answerSchemaFor, MAX_LOOKUP_IDENTITIES } from '../../lib/messaging/protocol';
import {
  contentSender,
  DAY,
  makeAccount,
  makeContact,
  makeFollowUp,
  makeGesture,
  makeGoal,
  routerFor,
  T0,
} from './test-data';
import { freshDatabase } from '../db/test-database';

let db: RapportDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

const ann = makeContact({ id: 'ann', name: 'Ann Lee', linkedinSlugs: ['ann-lee'], emails: ['ann@acme.com'] });

async function lookup(identities: unknown[]) {
  const answer = await routerFor(db)({ type: 'lookup', identities }, contentSender());
  expect(answerSchemaFor('lookup').safeParse(answer).success).toBe(true);
  if (!answer.ok) throw new Error(answer.error.message);
  return (answer.data as { results: unknown[] }).results;
}

describe('lookup', () => {
  it('answers known and unknown identities in the order asked', async () => {
    await db.contacts.add(ann);
    const results = await lookup([
      { kind: 'email', value: 'bob@acme.com' },
      { kind: 'linkedin', value: 'ann-lee' },
      { kind: 'email', value: 'ann@acme.com' },
    ]);
    expect(results).toEqual([
      { status: 'unknown' },
      {
        status: 'known',
        contact: {
          contactId: 'ann',
          name: 'Ann Lee',
          level: { id: 'customer', name: 'Customer', color: '#1f6fb2' },
          lastGiveAt: null,
          lastGive: null,
          // Set as Customer with no purchase on record: the engine says what is missing and flags the level.
          gap: 'Client: no deals yet, needs 2',
          assumptions: ['Set as Customer, but the evidence supports Prospect: no deal yet'],
          due: expect.objectContaining({
            status: expect.stringMatching(/^(upcoming|due-soon|due-today|overdue|badly-overdue)$/),
          }),
          openGoals: 0,
        },
      },
      { status: 'known', contact: expect.objectContaining({ contactId: 'ann' }) },
    ]);
  });

  it('re-normalises what the page sent: profile URLs, mailto:, case and spaces', async () => {
    await db.contacts.add(ann);
    const results = await lookup([
      { kind: 'linkedin', value: 'https://se.linkedin.com/in/Ann-Lee/?trk=x' },
      { kind: 'email', value: '  mailto:ANN@Acme.com ' },
    ]);
    expect(results).toEqual([
      { status: 'known', contact: expect.objectContaining({ contactId: 'ann' }) },
      { status: 'known', contact: expect.objectContaining({ contactId: 'ann' }) },
    ]);
  });

  it('answers an identity that does not normalise as unknown without failing the batch', async () => {
    await db.contacts.add(ann);
    const results = await lookup([
      { kind: 'linkedin', value: 'https://www.linkedin.com/company/acme/' },
      { kind: 'email', value: 'not an address' },
      { kind: 'email', value: 'ann@acme.com' },
    ]);
    expect(results.map((r) => (r as { status: string }).status)).toEqual(['unknown', 'unknown', 'known']);
  });

  it('does not mix up kinds: a slug that looks like an email is not the email', async () => {
    await db.contacts.add(ann);
    expect(await lookup([{ kind: 'linkedin', value: 'ann@acme.com' }])).toEqual([{ status: 'unknown' }]);
  });

  it('takes the level from the stored ladder, and falls back to the default when it is invalid', async () => {
    await db.contacts.add(ann);
    const renamed = structuredClone(defaultLadder);
    renamed.levels[1] = { ...renamed.levels[1]!, name: 'Buyer', color: '#000000' };
    await db.settings.put({ key: 'ladder', value: renamed });
    expect(await lookup([{ kind: 'email', value: 'ann@acme.com' }])).toEqual([
      {
        status: 'known',
        contact: expect.objectContaining({ level: { id: 'customer', name: 'Buyer', color: '#000000' } }),
      },
    ]);
    await db.settings.put({ key: 'ladder', value: { levels: 'garbage' } });
    expect(await lookup([{ kind: 'email', value: 'ann@acme.com' }])).toEqual([
      {
        status: 'known',
        contact: expect.objectContaining({ level: { id: 'customer', name: 'Customer', color: '#1f6fb2' } }),
      },
    ]);
  });

  it('treats a damaged contact row as unknown rather than failing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await db.contacts.add({ ...ann, name: '' });
    expect(await lookup([{ kind: 'email', value: 'ann@acme.com' }])).toEqual([{ status: 'unknown' }]);
  });

  it('gives no level when the contact’s level is no longer on the ladder', async () => {
    await db.contacts.add({ ...ann, levelId: 'retired-level' });
    expect(await lookup([{ kind: 'email', value: 'ann@acme.com' }])).toEqual([
      { status: 'known', contact: expect.objectContaining({ level: null }) },
    ]);
  });

  it('reports the last value-adding gesture, ignoring asks and other contacts', async () => {
    await db.contacts.bulkAdd([ann, makeContact({ id: 'bob', emails: ['bob@acme.com'] })]);
    await db.gestures.bulkAdd([
      makeGesture({ id: 'g1', contactId: 'ann', type: 'article', at: T0 - 10 * DAY }),
      makeGesture({ id: 'g2', contactId: 'ann', type: 'check-in', at: T0 - 3 * DAY }),
      makeGesture({ id: 'g3', contactId: 'ann', type: 'referral-ask', at: T0 - DAY }),
      makeGesture({ id: 'g4', contactId: 'ann', type: 'shared-strategy', at: T0 - DAY }),
      makeGesture({ id: 'g5', contactId: 'bob', type: 'gift', at: T0 }),
    ]);
    const [annResult] = await lookup([{ kind: 'email', value: 'ann@acme.com' }]);
    expect(annResult).toMatchObject({ contact: { lastGiveAt: T0 - 3 * DAY, lastGive: '3 days ago' } });
  });

  it('reports the next open follow-up, skipping done ones and honouring snoozes', async () => {
    // A touch yesterday keeps the cadence far off, so the explicit follow-up is what falls due.
    await db.contacts.add(ann);
    await db.gestures.add(makeGesture({ id: 'g1', contactId: 'ann', type: 'check-in', at: T0 - DAY }));
    await db.followUps.bulkAdd([
      makeFollowUp({ id: 'f1', contactId: 'ann', dueAt: T0 - 5 * DAY, doneAt: T0 - 4 * DAY }),
      makeFollowUp({ id: 'f2', contactId: 'ann', dueAt: T0 - 2 * DAY, snoozedUntil: T0 + 7 * DAY }),
      makeFollowUp({ id: 'f3', contactId: 'ann', dueAt: T0 + 3 * DAY }),
      makeFollowUp({ id: 'f4', contactId: 'other', dueAt: T0 - 9 * DAY }),
    ]);
    const [annResult] = await lookup([{ kind: 'email', value: 'ann@acme.com' }]);
    expect(annResult).toMatchObject({ contact: { due: { at: T0 + 3 * DAY, status: 'due-soon' } } });
  });

  it('judges the level on the whole account: its purchases count for each of its people', async () => {
    await db.accounts.add(makeAccount({ id: 'acme', name: 'Acme' }));
    await db.contacts.add({ ...ann, accountId: 'acme', levelId: 'client' });
    const deal = { accountId: 'acme', contactId: null, amount: 1000, createdAt: T0, updatedAt: T0 };
    await db.deals.bulkAdd([
      { ...deal, id: 'd1', closedAt: T0 - 200 * DAY },
      { ...deal, id: 'd2', closedAt: T0 - 20 * DAY },
    ]);
    await db.gestures.add(makeGesture({ id: 'g1', contactId: 'ann', type: 'check-in', at: T0 - DAY }));
    const [annResult] = await lookup([{ kind: 'email', value: 'ann@acme.com' }]);
    expect(annResult).toMatchObject({
      contact: { assumptions: [], gap: expect.stringMatching(/^Supporter: .*reference/) },
    });
  });

  it('uses the stored cadence settings for the level', async () => {
    await db.contacts.add(ann);
    await db.gestures.add(makeGesture({ id: 'g1', contactId: 'ann', type: 'check-in', at: T0 - 20 * DAY }));
    const cadence = structuredClone(defaultCadenceSettings);
    cadence.byLevel['customer'] = { top: 5, middle: 5, low: 5 };
    await db.settings.put({ key: 'cadence', value: cadence });
    const [annResult] = await lookup([{ kind: 'email', value: 'ann@acme.com' }]);
    expect(annResult).toMatchObject({
      contact: { due: { status: 'badly-overdue', phrase: '15 days overdue' } },
    });
  });

  it('says a contact is overdue when the cadence has run out since the last touch', async () => {
    await db.contacts.add({ ...ann, cadenceDays: 14 });
    await db.gestures.add(makeGesture({ id: 'g1', contactId: 'ann', type: 'check-in', at: T0 - 20 * DAY }));
    const [annResult] = await lookup([{ kind: 'email', value: 'ann@acme.com' }]);
    expect(annResult).toMatchObject({ contact: { due: { status: 'overdue', phrase: '6 days overdue' } } });
  });

  it('counts open goals only', async () => {
    await db.contacts.add(ann);
    await db.goals.bulkAdd([
      makeGoal({ id: 'o1', contactId: 'ann' }),
      makeGoal({ id: 'o2', contactId: 'ann' }),
      makeGoal({ id: 'a1', contactId: 'ann', status: 'achieved' }),
      makeGoal({ id: 'x1', accountId: 'acme' }),
    ]);
    const [annResult] = await lookup([{ kind: 'email', value: 'ann@acme.com' }]);
    expect(annResult).toMatchObject({ contact: { openGoals: 2 } });
  });

  it('accepts a full batch and refuses a bigger one', async () => {
    const identities = Array.from({ length: MAX_LOOKUP_IDENTITIES }, (_, i) => ({
      kind: 'linkedin',
      value: `p${i}`,
    }));
    expect(await lookup(identities)).toHaveLength(MAX_LOOKUP_IDENTITIES);
    const tooMany = await routerFor(db)(
      { type: 'lookup', identities: [...identities, { kind: 'email', value: 'a@b.co' }] },
      contentSender(),
    );
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it('refuses values longer than a URL can be', async () => {
    const answer = await routerFor(db)(
      { type: 'lookup', identities: [{ kind: 'linkedin', value: 'a'.repeat(2049) }] },
      contentSender(),
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });
});

describe('findContactsByIdentities', () => {
  it('makes one indexed query per kind, however many identities', async () => {
    await db.contacts.add(ann);
    const where = vi.spyOn(db.contacts, 'where');
    const identities = [
      ...Array.from({ length: 50 }, (_, i) => ({ kind: 'linkedin' as const, value: `p${i}` })),
      ...Array.from({ length: 50 }, (_, i) => ({ kind: 'email' as const, value: `p${i}@acme.com` })),
    ];
    await findContactsByIdentities(identities, db);
    expect(where.mock.calls.map(([index]) => index).sort()).toEqual(['emails', 'linkedinSlugs']);
  });

  it('prefers the most recently updated contact when two share an identity', async () => {
    await db.contacts.bulkAdd([
      makeContact({ id: 'old', emails: ['dup@acme.com'], updatedAt: T0 - DAY }),
      makeContact({ id: 'new', emails: ['dup@acme.com'], updatedAt: T0 }),
    ]);
    const found = await findContactsByIdentities([{ kind: 'email', value: 'dup@acme.com' }], db);
    expect(found.get('email:dup@acme.com')?.id).toBe('new');
  });

  it('returns only the identities asked for', async () => {
    await db.contacts.add(ann);
    const found = await lookupContactSummaries([{ kind: 'email', value: 'ann@acme.com' }], T0, db);
    expect([...found.keys()]).toEqual(['email:ann@acme.com']);
  });
});
