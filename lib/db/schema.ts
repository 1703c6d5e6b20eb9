/**
 * Zod schemas for every record Rapport stores. They are the single source of
 * truth: Dexie tables are typed from them, data read back is validated with
 * them, and the backup file format (docs/backup-format.md) is built from them.
 *
 * Conventions:
 * - ids are opaque strings (crypto.randomUUID() for records made here);
 * - instants are milliseconds since the Unix epoch (UTC), so they index and
 *   sort as numbers;
 * - every free-text field has a length cap, because records also arrive from
 *   backup files and page captures, which are untrusted.
 */
import { z } from 'zod';

export const MAX_ID = 64;
export const MAX_NAME = 200;
export const MAX_TEXT = 10_000;
export const MAX_URL = 2_048;
export const MAX_LIST = 200;
/** The largest amount of money a record holds (deals, revenues, goals' targets). */
export const MAX_AMOUNT = 1e15;

export const idSchema = z.string().min(1).max(MAX_ID);
/** Milliseconds since the epoch; bounded to years 1970..2200 to reject garbage. */
export const instantSchema = z.number().int().min(0).max(7_258_118_400_000);
const name = z.string().trim().min(1).max(MAX_NAME);
const text = z.string().max(MAX_TEXT);
const shortList = z.array(z.string().trim().min(1).max(MAX_NAME)).max(MAX_LIST);

/** A LinkedIn public profile identifier as it appears in /in/<slug>/, normalised. */
export const linkedinSlugSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[^\s/?#A-Z]+$/, 'a LinkedIn slug is lower case with no spaces, slashes, ? or #');
/** An email address, normalised (trimmed, lower case). */
export const emailSchema = z
  .string()
  .max(254)
  .regex(/^[^\s@A-Z]+@[^\s@A-Z]+\.[^\s@A-Z]+$/, 'an email address is lower case, like name@example.com');
export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb');

/**
 * A number a user types into a settings field, from `min` to `max` (whole
 * unless `whole` is false), failing with one message in words for every way
 * it can be wrong (empty, a fraction, out of range): editors show it beside
 * the field.
 */
export function settingNumber(min: number, max: number, message: string, { whole = true } = {}) {
  const number = z.number({ error: message }).min(min, message).max(max, message);
  return whole ? number.int(message) : number;
}

export const roles = ['decision-maker', 'influencer', 'champion', 'user', 'gatekeeper'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const seniorities = ['senior', 'middle', 'staff', 'unknown'] as const;
export const senioritySchema = z.enum(seniorities);
export type Seniority = z.infer<typeof senioritySchema>;

const timestamps = { createdAt: instantSchema, updatedAt: instantSchema };

export const contactSchema = z.strictObject({
  id: idSchema,
  name,
  headline: z
    .string()
    .max(MAX_NAME * 2)
    .optional(),
  linkedinSlugs: z.array(linkedinSlugSchema).max(20),
  emails: z.array(emailSchema).max(50),
  accountId: idSchema.nullable(),
  roles: z.array(roleSchema).max(roles.length),
  seniority: senioritySchema,
  /** Id of a level in the ladder settings. */
  levelId: idSchema,
  interests: shortList,
  motivations: shortList,
  personalWins: text.optional(),
  tags: shortList,
  /** Days between value-adding touches; null means the level/tier default. */
  cadenceDays: z.number().int().min(1).max(3650).nullable(),
  /** Ids of the ladder's manual criteria the user has ticked for this contact. */
  evidenceTicks: z.array(idSchema).max(MAX_LIST),
  /** Has left the account (people change; the relationship may go with them). */
  left: z.boolean(),
  ...timestamps,
});
export type Contact = z.infer<typeof contactSchema>;

export const accountSchema = z.strictObject({
  id: idSchema,
  name,
  /** Email domains of the account, lower case (acme.com), used to place captured contacts. */
  domains: z
    .array(
      z
        .string()
        .min(3)
        .max(253)
        .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/),
    )
    .max(50),
  industry: z.string().max(MAX_NAME).optional(),
  /** Revenue to date, in the user's currency. */
  revenue: z.number().min(0).max(MAX_AMOUNT),
  /** Potential further revenue. */
  potential: z.number().min(0).max(MAX_AMOUNT),
  challenges: text.optional(),
  priorities: text.optional(),
  decisionProcess: text.optional(),
  ...timestamps,
});
export type Account = z.infer<typeof accountSchema>;

export const dealSchema = z.strictObject({
  id: idSchema,
  accountId: idSchema,
  contactId: idSchema.nullable(),
  amount: z.number().min(0).max(MAX_AMOUNT),
  closedAt: instantSchema,
  description: z
    .string()
    .max(MAX_NAME * 2)
    .optional(),
  ...timestamps,
});
export type Deal = z.infer<typeof dealSchema>;

/** Value-adding gestures: they add to the relationship and reset the follow-up clock. */
export const giveTypes = [
  'article',
  'introduction',
  'check-in',
  'informal-meeting',
  'event-invite',
  'training',
  'money-advice',
  'gift',
  'thanks',
  'developed-contact',
  'cross-sell',
] as const;
/** Asks draw on the relationship; they never reset the follow-up clock. */
export const askTypes = ['referral-ask', 'reference-ask', 'testimonial-ask'] as const;
/** Signals from the customer (evidence for Advocate); neither give nor ask. */
export const signalTypes = ['shared-strategy', 'product-idea'] as const;
export const gestureTypes = [...giveTypes, ...askTypes, ...signalTypes] as const;
export const gestureTypeSchema = z.enum(gestureTypes);
export type GestureType = z.infer<typeof gestureTypeSchema>;

export const askOutcomes = ['pending', 'yes', 'no'] as const;

export const gestureSchema = z.strictObject({
  id: idSchema,
  contactId: idSchema,
  type: gestureTypeSchema,
  at: instantSchema,
  note: text.optional(),
  /** For shared articles: what was shared. */
  title: z
    .string()
    .max(MAX_NAME * 2)
    .optional(),
  url: z.string().url().max(MAX_URL).optional(),
  /** For asks only. */
  outcome: z.enum(askOutcomes).optional(),
  ...timestamps,
});
export type Gesture = z.infer<typeof gestureSchema>;

export const noteSchema = z.strictObject({
  id: idSchema,
  contactId: idSchema.nullable(),
  accountId: idSchema.nullable(),
  text: z.string().min(1).max(MAX_TEXT),
  at: instantSchema,
  ...timestamps,
});
export type Note = z.infer<typeof noteSchema>;

export const followUpSources = ['manual', 'goal', 'cadence'] as const;
export const followUpSchema = z.strictObject({
  id: idSchema,
  contactId: idSchema,
  dueAt: instantSchema,
  reason: z.string().max(MAX_NAME * 2),
  source: z.enum(followUpSources),
  /** Set when it came from a goal's action step. */
  goalId: idSchema.nullable(),
  stepId: idSchema.nullable(),
  snoozedUntil: instantSchema.nullable(),
  doneAt: instantSchema.nullable(),
  ...timestamps,
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** One line of a goal: its title, an evidence item or an action step. */
const goalLine = z
  .string()
  .trim()
  .min(1)
  .max(MAX_NAME * 2);

export const goalSchema = z
  .strictObject({
    id: idSchema,
    /** Exactly one of contactId / accountId is set. */
    contactId: idSchema.nullable(),
    accountId: idSchema.nullable(),
    title: goalLine,
    targetLevelId: idSchema.nullable(),
    targetRevenue: z.number().min(0).max(MAX_AMOUNT).nullable(),
    deadline: instantSchema,
    /** "When I have achieved this, how will I know?" */
    evidence: z
      .array(
        z.strictObject({
          id: idSchema,
          text: goalLine,
          met: z.boolean(),
        }),
      )
      .max(MAX_LIST),
    steps: z
      .array(
        z.strictObject({
          id: idSchema,
          text: goalLine,
          dueAt: instantSchema,
          doneAt: instantSchema.nullable(),
        }),
      )
      .max(MAX_LIST),
    status: z.enum(['open', 'achieved', 'abandoned']),
    ...timestamps,
  })
  .refine((g) => (g.contactId === null) !== (g.accountId === null), {
    message: 'a goal belongs to exactly one contact or one account',
  });
export type Goal = z.infer<typeof goalSchema>;

export const accountIssueKinds = ['delivery', 'quality', 'billing', 'payment', 'other'] as const;
export const accountIssueSchema = z.strictObject({
  id: idSchema,
  accountId: idSchema,
  kind: z.enum(accountIssueKinds),
  description: z.string().trim().min(1).max(MAX_TEXT),
  openedAt: instantSchema,
  resolvedAt: instantSchema.nullable(),
  ...timestamps,
});
export type AccountIssue = z.infer<typeof accountIssueSchema>;

/**
 * A contact moving from one ladder level to another: the history behind
 * "promotions and demotions over the last 90 days". Recorded by the
 * level-history middleware (lib/db/level-history.ts) whenever a write changes
 * an existing contact's levelId, whoever made it; never by hand. The level
 * ids name levels of the ladder at that time (a level may since have been
 * removed), so they are not references.
 */
export const levelChangeSchema = z.strictObject({
  id: idSchema,
  contactId: idSchema,
  fromLevelId: idSchema,
  toLevelId: idSchema,
  /** When the level changed: the write's time (the contact's updatedAt). */
  at: instantSchema,
  ...timestamps,
});
export type LevelChange = z.infer<typeof levelChangeSchema>;

/**
 * Evidence building blocks a ladder level can require (DOMAIN.md). `manual`
 * is a custom criterion the user ticks per contact.
 */
export const evidenceRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('min-deals'),
    count: settingNumber(1, 100, 'the number of deals is a whole number from 1 to 100'),
  }),
  z.strictObject({ kind: z.literal('reference-given') }),
  z.strictObject({ kind: z.literal('decision-makers-related') }),
  z.strictObject({
    kind: z.literal('influencer-coverage'),
    percent: settingNumber(1, 100, 'the share of influencers is a percentage from 1 to 100', {
      whole: false,
    }),
  }),
  z.strictObject({ kind: z.literal('all-key-people-known') }),
  z.strictObject({ kind: z.literal('senior-and-middle-management') }),
  z.strictObject({ kind: z.literal('shares-strategy') }),
  z.strictObject({
    kind: z.literal('manual'),
    id: idSchema,
    label: z
      .string()
      .trim()
      .min(1, 'a criterion needs a label')
      .max(MAX_NAME, `a criterion's label is at most ${MAX_NAME} characters`),
  }),
]);
export type EvidenceRule = z.infer<typeof evidenceRuleSchema>;

export const levelSchema = z.strictObject({
  id: idSchema,
  name: z.string().trim().min(1, 'a level needs a name').max(40, 'a level name is at most 40 characters'),
  color: colorSchema,
  definition: z.string().max(MAX_TEXT, `a definition is at most ${MAX_TEXT.toLocaleString('en')} characters`),
  evidence: z.array(evidenceRuleSchema).max(20, 'a level takes at most 20 pieces of evidence'),
});
export type Level = z.infer<typeof levelSchema>;

/** Lowest level first. Structural rules (unique names, contrast) live in lib/domain. */
export const ladderSchema = z.strictObject({
  levels: z
    .array(levelSchema)
    .min(2, 'a ladder needs at least two levels')
    .max(20, 'a ladder has at most 20 levels'),
});
export type Ladder = z.infer<typeof ladderSchema>;

/**
 * Settings are key/value records; each key has its own schema and a default
 * (lib/db/settings.ts), and a stored value that fails its schema falls back
 * to the default instead of breaking the app.
 */
export const settingSchema = z.strictObject({
  key: z.string().min(1).max(MAX_ID),
  value: z.unknown(),
});
export type Setting = z.infer<typeof settingSchema>;

/** Every table, by name, with the schema of its records. */
export const tableSchemas = {
  contacts: contactSchema,
  accounts: accountSchema,
  deals: dealSchema,
  gestures: gestureSchema,
  notes: noteSchema,
  followUps: followUpSchema,
  goals: goalSchema,
  accountIssues: accountIssueSchema,
  levelChanges: levelChangeSchema,
  settings: settingSchema,
} as const;
export type TableName = keyof typeof tableSchemas;
export const tableNames = Object.keys(tableSchemas) as TableName[];
export type TableRecord<T extends TableName> = z.infer<(typeof tableSchemas)[T]>;
