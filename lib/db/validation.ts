/**
 * Validation shared by every write and every read: records are checked with
 * their Zod schema, and problems are described with the path to the bad value
 * (`emails[0]: an email address is lower case...`) so people can fix them.
 */
import type { z } from 'zod';
import {
  accountIssueKinds,
  askOutcomes,
  followUpSources,
  gestureTypes,
  MAX_ID,
  MAX_LIST,
  MAX_NAME,
  MAX_TEXT,
  roles,
  seniorities,
  tableSchemas,
  type TableName,
  type TableRecord,
} from './schema';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `base` followed by `path` in JavaScript accessor notation: `tables.contacts[3].emails[0]`. */
export function formatPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    if (!IDENTIFIER.test(name)) return `${out}[${JSON.stringify(name)}]`;
    return out === '' ? name : `${out}.${name}`;
  }, base);
}

/** One line per issue: where, then what is wrong. */
export function describeIssues(error: z.ZodError, base = ''): string[] {
  return error.issues.map((issue) => {
    const where = formatPath(base, issue.path);
    return where === '' ? issue.message : `${where}: ${issue.message}`;
  });
}

export type RecordCheck<T extends TableName> =
  { ok: true; record: TableRecord<T> } | { ok: false; problems: string[] };

/** Checks a value against its table's schema; the record returned is Zod's (trimmed) output. */
export function checkRecord<T extends TableName>(table: T, value: unknown, base = ''): RecordCheck<T> {
  const result = tableSchemas[table].safeParse(value);
  if (result.success) return { ok: true, record: result.data as TableRecord<T> };
  return { ok: false, problems: describeIssues(result.error, base) };
}

/**
 * A cheap check of a row read back from the database, for reads of many
 * rows (read.ts): true only when the row passes its Zod schema AND Zod's
 * output would equal the row itself (no trimming to do, no undefined-valued
 * optional key, a plain object), so the row can be used as it is. It may
 * answer false for a valid row (a gesture with a url, anything unusual):
 * the caller then runs Zod, which has the last word. Mirrors schema.ts
 * exactly; tests/db/fast-validation.test.ts proves with fast-check that it
 * never accepts what Zod would reject or change.
 */
export function isCanonicalRow(table: TableName, row: unknown): boolean {
  // A table without a cheap check here is always left to Zod.
  return canonical[table]?.(row) ?? false;
}

type Check = (value: unknown) => boolean;

const stringOf =
  (min: number, max: number, { trim = false, pattern }: { trim?: boolean; pattern?: RegExp } = {}): Check =>
  (value) =>
    typeof value === 'string' &&
    value.length >= min &&
    value.length <= max &&
    (!trim || value.trim() === value) &&
    (pattern === undefined || pattern.test(value));
const numberIn =
  (min: number, max: number, integer = false): Check =>
  (value) =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!integer || Number.isSafeInteger(value));
const isBoolean: Check = (value) => typeof value === 'boolean';
const oneOf = (values: readonly string[]): Check => {
  const set = new Set<unknown>(values);
  return (value) => set.has(value);
};
const nullable =
  (check: Check): Check =>
  (value) =>
    value === null || check(value);
const arrayOf =
  (item: Check, max: number, min = 0): Check =>
  (value) => {
    if (!Array.isArray(value) || value.length < min || value.length > max) return false;
    for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
    return true;
  };
/** A strict object: every required key valid, optional keys absent or valid (never present as undefined), no other key. */
const strictObject = (required: Record<string, Check>, optional: Record<string, Check> = {}): Check => {
  const requiredKeys = Object.keys(required);
  const known = new Map<string, Check>([...Object.entries(required), ...Object.entries(optional)]);
  return (value) => {
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) {
      return false;
    }
    const record = value as Record<string, unknown>;
    for (const key of requiredKeys) if (!Object.hasOwn(record, key)) return false;
    for (const key in record) {
      if (!Object.hasOwn(record, key)) return false;
      const check = known.get(key);
      if (check === undefined || !check(record[key])) return false;
    }
    return true;
  };
};
const never: Check = () => false;

const id = stringOf(1, MAX_ID);
const instant = numberIn(0, 7_258_118_400_000, true);
const name = stringOf(1, MAX_NAME, { trim: true });
const text = stringOf(0, MAX_TEXT);
const shortList = arrayOf(stringOf(1, MAX_NAME, { trim: true }), MAX_LIST);
const amount = numberIn(0, 1e15);
const timestamps = { createdAt: instant, updatedAt: instant };
const goalLine = stringOf(1, MAX_NAME * 2, { trim: true });
const goalShape = strictObject({
  id,
  contactId: nullable(id),
  accountId: nullable(id),
  title: goalLine,
  targetLevelId: nullable(id),
  targetRevenue: nullable(amount),
  deadline: instant,
  evidence: arrayOf(strictObject({ id, text: goalLine, met: isBoolean }), MAX_LIST),
  steps: arrayOf(strictObject({ id, text: goalLine, dueAt: instant, doneAt: nullable(instant) }), MAX_LIST),
  status: oneOf(['open', 'achieved', 'abandoned']),
  ...timestamps,
});

const canonical: Partial<Record<TableName, Check>> = {
  contacts: strictObject(
    {
      id,
      name,
      linkedinSlugs: arrayOf(stringOf(1, 100, { pattern: /^[^\s/?#A-Z]+$/ }), 20),
      emails: arrayOf(stringOf(0, 254, { pattern: /^[^\s@A-Z]+@[^\s@A-Z]+\.[^\s@A-Z]+$/ }), 50),
      accountId: nullable(id),
      roles: arrayOf(oneOf(roles), roles.length),
      seniority: oneOf(seniorities),
      levelId: id,
      interests: shortList,
      motivations: shortList,
      tags: shortList,
      cadenceDays: nullable(numberIn(1, 3650, true)),
      evidenceTicks: arrayOf(id, MAX_LIST),
      left: isBoolean,
      ...timestamps,
    },
    { headline: stringOf(0, MAX_NAME * 2), personalWins: text },
  ),
  accounts: strictObject(
    {
      id,
      name,
      domains: arrayOf(stringOf(3, 253, { pattern: /^[a-z0-9.-]+\.[a-z]{2,}$/ }), 50),
      revenue: amount,
      potential: amount,
      ...timestamps,
    },
    { industry: stringOf(0, MAX_NAME), challenges: text, priorities: text, decisionProcess: text },
  ),
  deals: strictObject(
    { id, accountId: id, contactId: nullable(id), amount, closedAt: instant, ...timestamps },
    { description: stringOf(0, MAX_NAME * 2) },
  ),
  gestures: strictObject(
    { id, contactId: id, type: oneOf(gestureTypes), at: instant, ...timestamps },
    // A url is left to Zod, which trims it and checks it with the URL parser.
    { note: text, title: stringOf(0, MAX_NAME * 2), url: never, outcome: oneOf(askOutcomes) },
  ),
  notes: strictObject({
    id,
    contactId: nullable(id),
    accountId: nullable(id),
    text: stringOf(1, MAX_TEXT),
    at: instant,
    ...timestamps,
  }),
  followUps: strictObject({
    id,
    contactId: id,
    dueAt: instant,
    reason: stringOf(0, MAX_NAME * 2),
    source: oneOf(followUpSources),
    goalId: nullable(id),
    stepId: nullable(id),
    snoozedUntil: nullable(instant),
    doneAt: nullable(instant),
    ...timestamps,
  }),
  goals: (value) =>
    goalShape(value) &&
    ((value as { contactId: unknown }).contactId === null) !==
      ((value as { accountId: unknown }).accountId === null),
  accountIssues: strictObject({
    id,
    accountId: id,
    kind: oneOf(accountIssueKinds),
    description: stringOf(1, MAX_TEXT, { trim: true }),
    openedAt: instant,
    resolvedAt: nullable(instant),
    ...timestamps,
  }),
  // A setting's value is any value (each key's own schema is applied by settings.ts).
  settings: (value) => {
    if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) {
      return false;
    }
    const keys = Object.keys(value);
    return (
      keys.length === 2 &&
      (value as { value?: unknown }).value !== undefined &&
      stringOf(1, MAX_ID)((value as { key?: unknown }).key)
    );
  },
};

export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  constructor(
    readonly table: TableName,
    readonly problems: string[],
  ) {
    super(`Not saved: the ${table} record is invalid: ${problems.join('; ')}`);
  }
}

export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';
  constructor(
    readonly table: TableName,
    readonly id: string,
  ) {
    super(`There is no ${table} record with id ${JSON.stringify(id)}`);
  }
}

/** The record as it will be stored, or an InvalidRecordError saying what is wrong. */
export function validForWrite<T extends TableName>(table: T, value: unknown): TableRecord<T> {
  const check = checkRecord(table, value);
  if (!check.ok) throw new InvalidRecordError(table, check.problems);
  return check.record;
}
