/**
 * Content scripts are untrusted: whatever one sends, the router answers with
 * a well-formed error or a result a content script may have, no exception
 * escapes, and nothing in the database changes except what a successful
 * capture (the one write a content script may ask for) reports it added.
 */
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RapportDatabase } from '../../lib/db/database';
import { tableNames, tableSchemas, type TableName } from '../../lib/db/schema';
import { defaultLadder } from '../../lib/domain/default-ladder';
import {
  answerSchemaFor,
  errorAnswerSchema,
  messageDefinitions,
  messageTypeOf,
  type MessageType,
  type SenderKind,
} from '../../lib/messaging/protocol';
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

const RUNS = 10_000;

const allTypes = Object.keys(messageDefinitions) as MessageType[];
const allowedFrom = (kind: SenderKind) =>
  allTypes.filter((type) => (messageDefinitions[type].senders as readonly SenderKind[]).includes(kind));
const contentTypes = allowedFrom('content');
const privilegedTypes = allTypes.filter((type) => !contentTypes.includes(type));

// ---- well-formed messages -------------------------------------------------------------------

const knownIdentity = fc.constantFrom(
  { kind: 'linkedin', value: 'ann-lee' },
  { kind: 'linkedin', value: 'https://www.linkedin.com/in/Ann-Lee/?trk=feed' },
  { kind: 'email', value: 'ANN@acme.com' },
  { kind: 'email', value: 'mailto:bob@initech.io' },
);
const slug = fc.stringMatching(/^[a-z0-9-]{1,40}$/);
const identity = fc.oneof(
  knownIdentity,
  slug.map((value) => ({ kind: 'linkedin', value })),
  slug.map((value) => ({ kind: 'linkedin', value: `https://www.linkedin.com/in/${value}/` })),
  fc.emailAddress().map((value) => ({ kind: 'email', value })),
  fc.record({
    kind: fc.constantFrom('linkedin', 'email'),
    value: fc.string({ minLength: 1, maxLength: 60 }),
  }),
);
const pageText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 60 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', 'Acme', ' acme '),
);

const lookup = fc.record({ type: fc.constant('lookup'), identities: fc.array(identity, { maxLength: 30 }) });
const capture = fc.record(
  {
    type: fc.constant('capture'),
    identity,
    name: pageText,
    headline: pageText,
    company: pageText,
  },
  { requiredKeys: ['type', 'identity', 'name'] },
);
const openSidebar = fc.record({
  type: fc.constant('open-sidebar'),
  person: fc.oneof(
    fc.record({
      kind: fc.constant('contact'),
      contactId: fc.oneof(fc.constantFrom('ann', 'ghost'), fc.string()),
    }),
    fc.record({ kind: fc.constant('identity'), identity }),
  ),
});
const getStatus = fc.constant({ type: 'get-status' });
const wellFormed = fc.oneof(lookup, capture, openSidebar, getStatus);

// ---- malformed messages ---------------------------------------------------------------------

type Json = Record<string, unknown> | unknown[];

/** Every object and array inside `value`, with `value` first. */
function containers(value: unknown): Json[] {
  if (typeof value !== 'object' || value === null) return [];
  return [value as Json, ...Object.values(value).flatMap(containers)];
}

/** A key a JSON-parsed message can really carry as its own property, unlike `{ __proto__: x }` in code. */
function withOwnProtoKey(target: Json, payload: unknown) {
  Object.defineProperty(target, '__proto__', {
    value: payload,
    enumerable: true,
    configurable: true,
    writable: true,
  });
}

const hugeString = fc.integer({ min: 10_000, max: 2_000_000 }).map((length) => 'x'.repeat(length));
const wrongValue = fc.oneof(
  fc.anything(),
  hugeString,
  fc.constantFrom(null, undefined, NaN, -1, Infinity, '', [], {}, true, 'constructor', '__proto__'),
);
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('replace'), value: wrongValue }),
  fc.record({
    kind: fc.constant('extra-key'),
    key: fc.oneof(fc.string(), fc.constantFrom('constructor', 'prototype', 'k'.repeat(50_000))),
    value: wrongValue,
  }),
  fc.record({
    kind: fc.constant('proto-key'),
    value: fc.constantFrom({ polluted: true }, { type: 'get-status' }, null),
  }),
  fc.record({ kind: fc.constant('delete') }),
  fc.record({ kind: fc.constant('flood'), length: fc.integer({ min: 201, max: 20_000 }) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** `message` with one change at the container and key `pick` selects. */
function mutate(message: Json, change: Mutation, pick: number): Json {
  const copy = structuredClone(message);
  const all = containers(copy);
  const target = all[pick % all.length]!;
  const keys = Object.keys(target);
  const key = keys[pick % Math.max(keys.length, 1)];
  switch (change.kind) {
    case 'replace':
      if (key !== undefined) (target as Record<string, unknown>)[key] = change.value;
      break;
    case 'extra-key':
      (target as Record<string, unknown>)[change.key] = change.value;
      break;
    case 'proto-key':
      withOwnProtoKey(target, change.value);
      break;
    case 'delete':
      if (key !== undefined) delete (target as Record<string, unknown>)[key];
      break;
    case 'flood': {
      const flood = Array.from({ length: change.length }, () => ({ kind: 'email', value: 'a@b.co' }));
      if (Array.isArray(target)) target.push(...flood);
      else if (key !== undefined) target[key] = flood;
      break;
    }
  }
  return copy;
}

const nearValid = fc
  .tuple(wellFormed, mutation, fc.nat())
  .map(([message, change, pick]) => mutate(message, change, pick));

/** Any type the background knows that a content script may not send, with whatever fields. */
const privileged = fc
  .tuple(fc.constantFrom(...privilegedTypes), fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }))
  .map(([type, fields]) => ({ ...fields, type }));

const message = fc.oneof(
  { arbitrary: fc.jsonValue(), weight: 2 },
  { arbitrary: fc.anything(), weight: 1 },
  { arbitrary: nearValid, weight: 4 },
  { arbitrary: wellFormed, weight: 2 },
  { arbitrary: privileged, weight: 1 },
);

const supportedPage = fc.constantFrom(
  'https://www.linkedin.com/in/someone/',
  'https://mail.google.com/mail/u/0/#inbox',
  'https://outlook.office.com/mail/',
);
const sender = fc
  .tuple(supportedPage, fc.integer({ min: 1, max: 8 }))
  .map(([url, tab]) => contentSender(url, tab));

// ---- the database before and after ------------------------------------------------------------

type Snapshot = Record<TableName, Map<string, unknown>>;

async function snapshot(db: RapportDatabase): Promise<Snapshot> {
  const entries = await Promise.all(
    tableNames.map(async (name) => {
      const table = db.table(name);
      const records = (await table.toArray()) as Record<string, unknown>[];
      const key = table.schema.primKey.keyPath as string;
      return [name, new Map(records.map((record) => [String(record[key]), record]))] as const;
    }),
  );
  return Object.fromEntries(entries) as Snapshot;
}

async function seed(db: RapportDatabase) {
  await db.settings.put({ key: 'ladder', value: defaultLadder });
  await db.accounts.bulkAdd([
    makeAccount({ id: 'acme', name: 'Acme', domains: ['acme.com'] }),
    makeAccount({ id: 'initech', name: 'Initech', domains: ['initech.io'] }),
  ]);
  await db.contacts.bulkAdd([
    makeContact({
      id: 'ann',
      name: 'Ann Lee',
      linkedinSlugs: ['ann-lee'],
      emails: ['ann@acme.com'],
      accountId: 'acme',
    }),
    makeContact({
      id: 'bob',
      name: 'Bob',
      emails: ['bob@initech.io'],
      accountId: 'initech',
      levelId: 'client',
    }),
  ]);
  await db.gestures.add(makeGesture({ id: 'g1', contactId: 'ann', type: 'article', at: T0 - 4 * DAY }));
  await db.followUps.add(makeFollowUp({ id: 'f1', contactId: 'ann', dueAt: T0 + DAY }));
  await db.goals.add(makeGoal({ id: 'o1', contactId: 'bob' }));
}

describe('router fuzzing from a content-script sender', () => {
  let db: RapportDatabase;
  let before: Snapshot;
  beforeAll(async () => {
    fakeBrowser.reset();
    db = freshDatabase();
    await seed(db);
    before = await snapshot(db);
  });
  afterAll(async () => {
    await db.delete();
  });

  it(`answers ${RUNS} random and malformed messages safely and writes only reported captures`, async () => {
    const internalErrors = vi.spyOn(console, 'error');
    const openSidebar = vi.fn(() => Promise.resolve(false));
    const route = routerFor(db, { openSidebar });
    const captured = new Set<string>();
    const okByType = new Map<MessageType, number>();

    await fc.assert(
      fc.asyncProperty(message, sender, async (msg, from) => {
        const answer = await route(msg, from);
        const type = messageTypeOf(msg);
        if (!answer.ok) {
          expect(errorAnswerSchema.safeParse(answer).success).toBe(true);
          expect(answer.error.code).not.toBe('internal');
          if (type !== null && privilegedTypes.includes(type)) expect(answer.error.code).toBe('forbidden');
          return;
        }
        expect(type).not.toBeNull();
        expect(contentTypes).toContain(type);
        expect(answerSchemaFor(type!).safeParse(answer).success).toBe(true);
        okByType.set(type!, (okByType.get(type!) ?? 0) + 1);
        if (type === 'capture') {
          const { contactId, created } = answer.data as { contactId: string; created: boolean };
          if (created) captured.add(contactId);
        }
      }),
      { numRuns: RUNS, seed: 20250115 },
    );

    expect(internalErrors).not.toHaveBeenCalled();
    // The generators really reach the handlers, not just the validator.
    for (const type of contentTypes) expect(okByType.get(type) ?? 0).toBeGreaterThan(20);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const after = await snapshot(db);
    for (const name of tableNames) {
      // Nothing that existed changed or disappeared.
      for (const [id, record] of before[name]) expect(after[name].get(id)).toEqual(record);
      const added = [...after[name].keys()].filter((id) => !before[name].has(id));
      for (const id of added) expect(tableSchemas[name].safeParse(after[name].get(id)).success).toBe(true);
      if (name === 'contacts') expect(new Set(added)).toEqual(captured);
      else if (name === 'accounts') {
        // Only accounts made for the captured people.
        const accountsOfCaptured = new Set(
          [...captured].map((id) => (after.contacts.get(id) as { accountId: string | null }).accountId),
        );
        for (const id of added) expect(accountsOfCaptured).toContain(id);
      } else expect(added).toEqual([]);
    }
  }, 120_000);
});
