/**
 * fast-check arbitraries for whole, consistent Rapport databases, built from
 * the record schemas' shapes: the same fields, enums, caps and references.
 * backup-arbitraries.test.ts checks that every generated record passes its
 * schema and that every schema field gets generated, so they cannot drift.
 */
import fc from 'fast-check';
import {
  accountIssueKinds,
  askOutcomes,
  emailSchema,
  followUpSources,
  gestureTypes,
  MAX_ID,
  MAX_NAME,
  roles,
  seniorities,
  type Account,
  type AccountIssue,
  type Contact,
  type Deal,
  type FollowUp,
  type Gesture,
  type Goal,
  type LevelChange,
  type Note,
  type Setting,
} from '../../lib/db/schema';
import type { AllTables } from '../../lib/db/tables';

/** Small lists and strings keep runs fast; the caps themselves are tested on their own. */
const SOME = 3;

/**
 * Plain objects (IndexedDB and JSON both give records back with Object's
 * prototype); keys outside `requiredKeys` are sometimes absent, like an
 * optional field. Without `requiredKeys`, every key is present.
 */
function record<T>(
  model: { [K in keyof T]: fc.Arbitrary<T[K]> },
  requiredKeys?: Array<keyof T>,
): fc.Arbitrary<T> {
  return fc.record(
    model,
    requiredKeys ? { requiredKeys, noNullPrototype: true } : { noNullPrototype: true },
  ) as fc.Arbitrary<T>;
}

const instant = fc.integer({ min: 0, max: 7_258_118_400_000 });
const money = fc.double({ min: 0, max: 1e15, noNaN: true, noDefaultInfinity: true });
const anyText = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength });
/** Stored text that the schema trims is generated already trimmed (what a valid record holds). */
const trimmedText = (maxLength: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength })
    .map((text) => text.trim())
    .filter((text) => text.length > 0 && text.length <= maxLength);
const shortList = fc.array(trimmedText(40), { maxLength: SOME });
const id = fc.string({ minLength: 1, maxLength: MAX_ID });
const ids = (maxLength: number) => fc.uniqueArray(id, { maxLength });
const nullableOf = (values: readonly string[]) => fc.constantFrom<string | null>(null, ...values);
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);
const email = fc
  .emailAddress()
  .map((address) => address.toLowerCase())
  .filter((address) => emailSchema.safeParse(address).success);
const domain = fc
  .domain()
  .map((name) => name.toLowerCase())
  .filter((name) => name.length <= 253 && /^[a-z0-9.-]+\.[a-z]{2,}$/.test(name));
const url = fc.webUrl().filter((address) => address.length <= 2048 && URL.canParse(address));
const timestamps = { createdAt: instant, updatedAt: instant };

const account = (accountId: string) =>
  record<Account>(
    {
      id: fc.constant(accountId),
      name: trimmedText(MAX_NAME),
      domains: fc.array(domain, { maxLength: SOME }),
      industry: anyText(MAX_NAME),
      revenue: money,
      potential: money,
      challenges: anyText(200),
      priorities: anyText(200),
      decisionProcess: anyText(200),
      ...timestamps,
    },
    ['id', 'name', 'domains', 'revenue', 'potential', 'createdAt', 'updatedAt'],
  );

const contact = (contactId: string, accountIds: string[]) =>
  record<Contact>(
    {
      id: fc.constant(contactId),
      name: trimmedText(MAX_NAME),
      headline: anyText(MAX_NAME * 2),
      linkedinSlugs: fc.array(slug, { maxLength: SOME }),
      emails: fc.array(email, { maxLength: SOME }),
      accountId: nullableOf(accountIds),
      roles: fc.subarray([...roles]),
      seniority: fc.constantFrom(...seniorities),
      levelId: id,
      interests: shortList,
      motivations: shortList,
      personalWins: anyText(200),
      tags: shortList,
      cadenceDays: fc.option(fc.integer({ min: 1, max: 3650 }), { nil: null }),
      evidenceTicks: fc.array(id, { maxLength: SOME }),
      left: fc.boolean(),
      ...timestamps,
    },
    [
      'id',
      'name',
      'linkedinSlugs',
      'emails',
      'accountId',
      'roles',
      'seniority',
      'levelId',
      'interests',
      'motivations',
      'tags',
      'cadenceDays',
      'evidenceTicks',
      'left',
      'createdAt',
      'updatedAt',
    ],
  );

const deal = (dealId: string, accountIds: string[], contactIds: string[]) =>
  record<Deal>(
    {
      id: fc.constant(dealId),
      accountId: fc.constantFrom(...accountIds),
      contactId: nullableOf(contactIds),
      amount: money,
      closedAt: instant,
      description: anyText(MAX_NAME * 2),
      ...timestamps,
    },
    ['id', 'accountId', 'contactId', 'amount', 'closedAt', 'createdAt', 'updatedAt'],
  );

const gesture = (gestureId: string, contactIds: string[]) =>
  record<Gesture>(
    {
      id: fc.constant(gestureId),
      contactId: fc.constantFrom(...contactIds),
      type: fc.constantFrom(...gestureTypes),
      at: instant,
      note: anyText(200),
      title: anyText(MAX_NAME * 2),
      url,
      outcome: fc.constantFrom(...askOutcomes),
      ...timestamps,
    },
    ['id', 'contactId', 'type', 'at', 'createdAt', 'updatedAt'],
  );

const note = (noteId: string, contactIds: string[], accountIds: string[]) =>
  record<Note>(
    {
      id: fc.constant(noteId),
      contactId: nullableOf(contactIds),
      accountId: nullableOf(accountIds),
      text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
      at: instant,
      ...timestamps,
    },
    ['id', 'contactId', 'accountId', 'text', 'at', 'createdAt', 'updatedAt'],
  );

const goal = (goalId: string, contactIds: string[], accountIds: string[]) => {
  // Exactly one owner: a contact or an account.
  const owners = [
    ...contactIds.map((contactId) => ({ contactId, accountId: null })),
    ...accountIds.map((accountId) => ({ contactId: null, accountId })),
  ];
  return fc.constantFrom(...owners).chain((owner) =>
    record<Goal>({
      id: fc.constant(goalId),
      contactId: fc.constant(owner.contactId),
      accountId: fc.constant(owner.accountId),
      title: trimmedText(MAX_NAME * 2),
      targetLevelId: fc.option(id, { nil: null }),
      targetRevenue: fc.option(money, { nil: null }),
      deadline: instant,
      evidence: fc.array(record({ id, text: trimmedText(80), met: fc.boolean() }), { maxLength: SOME }),
      steps: fc.array(
        record({ id, text: trimmedText(80), dueAt: instant, doneAt: fc.option(instant, { nil: null }) }),
        {
          maxLength: SOME,
        },
      ),
      status: fc.constantFrom('open', 'achieved', 'abandoned'),
      ...timestamps,
    }),
  );
};

const followUp = (followUpId: string, contactIds: string[], goals: Goal[]) =>
  record<FollowUp>(
    {
      id: fc.constant(followUpId),
      contactId: fc.constantFrom(...contactIds),
      dueAt: instant,
      reason: anyText(MAX_NAME * 2),
      source: fc.constantFrom(...followUpSources),
      goalId: nullableOf(goals.map((g) => g.id)),
      stepId: fc.option(id, { nil: null }),
      snoozedUntil: fc.option(instant, { nil: null }),
      doneAt: fc.option(instant, { nil: null }),
      ...timestamps,
    },
    [
      'id',
      'contactId',
      'dueAt',
      'reason',
      'source',
      'goalId',
      'stepId',
      'snoozedUntil',
      'doneAt',
      'createdAt',
      'updatedAt',
    ],
  );

const accountIssue = (issueId: string, accountIds: string[]) =>
  record<AccountIssue>(
    {
      id: fc.constant(issueId),
      accountId: fc.constantFrom(...accountIds),
      kind: fc.constantFrom(...accountIssueKinds),
      description: trimmedText(200),
      openedAt: instant,
      resolvedAt: fc.option(instant, { nil: null }),
      ...timestamps,
    },
    ['id', 'accountId', 'kind', 'description', 'openedAt', 'resolvedAt', 'createdAt', 'updatedAt'],
  );

const levelChange = (changeId: string, contactIds: string[]) =>
  record<LevelChange>({
    id: fc.constant(changeId),
    contactId: fc.constantFrom(...contactIds),
    fromLevelId: id,
    toLevelId: id,
    at: instant,
    ...timestamps,
  });

const level = record({
  id,
  name: trimmedText(40),
  color: fc.stringMatching(/^#[0-9a-fA-F]{6}$/),
  definition: anyText(200),
  evidence: fc.array(
    fc.oneof(
      record({ kind: fc.constant('min-deals' as const), count: fc.integer({ min: 1, max: 100 }) }),
      record({ kind: fc.constant('reference-given' as const) }),
      record({
        kind: fc.constant('influencer-coverage' as const),
        percent: fc.integer({ min: 1, max: 100 }),
      }),
      record({ kind: fc.constant('manual' as const), id, label: trimmedText(40) }),
    ),
    { maxLength: SOME },
  ),
});

/** Any JSON another module might keep in a setting, as JSON gives it back, minus prototype-reaching keys. */
const settingValue = fc
  .jsonValue({ maxDepth: 3 })
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown)
  .filter((value) => !/"(__proto__|constructor|prototype)":/.test(JSON.stringify(value)));

/** The ladder, plus a few settings of other modules. */
const settings = fc
  .tuple(
    fc.array(level, { minLength: 2, maxLength: 4 }),
    fc.uniqueArray(
      fc.string({ minLength: 1, maxLength: MAX_ID }).filter((key) => key !== 'ladder'),
      { maxLength: 2 },
    ),
    fc.array(settingValue, { minLength: 2, maxLength: 2 }),
  )
  .map(([levels, keys, values]): Setting[] => [
    { key: 'ladder', value: { levels } },
    ...keys.map((key, i) => ({ key, value: values[i] })),
  ]);

/** One record per key. */
const forEachKey = <T>(keys: string[], make: (key: string) => fc.Arbitrary<T>): fc.Arbitrary<T[]> =>
  keys.length === 0 ? fc.constant([]) : fc.tuple(...keys.map(make));

/** A whole database whose every reference resolves, with ids unique per table. */
export const databaseArbitrary: fc.Arbitrary<AllTables> = fc
  .record({
    accountIds: ids(4),
    contactIds: ids(5),
    dealIds: ids(4),
    gestureIds: ids(6),
    noteIds: ids(4),
    goalIds: ids(3),
    followUpIds: ids(4),
    issueIds: ids(3),
    levelChangeIds: ids(3),
  })
  .chain(
    ({
      accountIds,
      contactIds,
      dealIds,
      gestureIds,
      noteIds,
      goalIds,
      followUpIds,
      issueIds,
      levelChangeIds,
    }) =>
      fc
        .record({
          accounts: forEachKey(accountIds, (key) => account(key)),
          contacts: forEachKey(contactIds, (key) => contact(key, accountIds)),
          deals: forEachKey(accountIds.length ? dealIds : [], (key) => deal(key, accountIds, contactIds)),
          gestures: forEachKey(contactIds.length ? gestureIds : [], (key) => gesture(key, contactIds)),
          notes: forEachKey(noteIds, (key) => note(key, contactIds, accountIds)),
          goals: forEachKey(contactIds.length + accountIds.length ? goalIds : [], (key) =>
            goal(key, contactIds, accountIds),
          ),
          accountIssues: forEachKey(accountIds.length ? issueIds : [], (key) =>
            accountIssue(key, accountIds),
          ),
          levelChanges: forEachKey(contactIds.length ? levelChangeIds : [], (key) =>
            levelChange(key, contactIds),
          ),
          settings,
        })
        .chain((tables) =>
          forEachKey(contactIds.length ? followUpIds : [], (key) =>
            followUp(key, contactIds, tables.goals),
          ).map((followUps): AllTables => ({ ...tables, followUps })),
        ),
  );
