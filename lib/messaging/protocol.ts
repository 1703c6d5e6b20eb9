/**
 * Every message the background answers, as one Zod schema per message plus
 * the schema of its answer's data. The background imports this; content
 * scripts must only `import type` from it, because the content script stays
 * tiny and never bundles Zod (DESIGN.md).
 *
 * Each definition declares who may send it:
 * - 'content': a content script on a supported site (untrusted: read-only
 *   lookups and user-initiated captures only);
 * - 'extension-page': the popup, sidebar or dashboard (trusted).
 * `userAction` marks messages a content script sends only from a trusted
 * click (`event.isTrusted`); the background cannot verify that, so the
 * router rate-limits them per tab.
 *
 * Adding a message: add its definition below and its handler in
 * handlers/index.ts; the router, the types and the client follow.
 */
import { z } from 'zod';
import { colorSchema, idSchema, instantSchema, MAX_NAME, MAX_TEXT, MAX_URL } from '../db/schema';
import { dueStatuses } from '../domain/due';
import { normaliseEmail, normaliseLinkedinSlug, type Identity } from '../domain/identity';

export const MAX_LOOKUP_IDENTITIES = 200;

/** An identity as the page spells it (profile URL, href, mailto:, address). */
const rawIdentitySchema = z.strictObject({
  kind: z.enum(['linkedin', 'email']),
  value: z.string().min(1).max(MAX_URL),
});

function normaliseIdentity(raw: z.infer<typeof rawIdentitySchema>): Identity | null {
  const value = raw.kind === 'email' ? normaliseEmail(raw.value) : normaliseLinkedinSlug(raw.value);
  return value === null ? null : { kind: raw.kind, value };
}

/**
 * What the page says is never trusted: every identity is re-normalised here.
 * In a lookup, an identity that does not normalise is simply unknown, so one
 * odd link cannot fail the whole batch.
 */
const lookupIdentitySchema = rawIdentitySchema.transform(normaliseIdentity);

/** Where a single person is named (capture, open-sidebar), a bad identity fails the message. */
const identitySchema = rawIdentitySchema.transform((raw, ctx): Identity => {
  const identity = normaliseIdentity(raw);
  if (identity === null) {
    ctx.addIssue({ code: 'custom', message: `not a valid ${raw.kind} identity` });
    return z.NEVER;
  }
  return identity;
});

/** Free text read from the page: kept as literal text, trimmed, capped like the record it fills. */
const pageText = (max: number) => z.string().trim().min(1).max(max);

/**
 * What a badge shows about a known person. Extend it here (e.g. with the
 * relationship engine's due state and gap sentence) and in lib/db/lookup.ts.
 */
export const contactSummarySchema = z.strictObject({
  contactId: idSchema,
  name: z.string().max(MAX_NAME),
  /** Null when the contact's level is no longer on the ladder (the user removed it). */
  level: z.strictObject({ id: idSchema, name: z.string().max(40), color: colorSchema }).nullable(),
  /** When the last value-adding gesture happened; asks don't count. */
  lastGiveAt: instantSchema.nullable(),
  /** The same, in words ("12 days ago"); phrased here so the content script carries no date library. */
  lastGive: z.string().max(MAX_NAME).nullable(),
  /** When the contact is next due for a touch (cadence or explicit follow-up), with the engine's status. */
  due: z.strictObject({
    at: instantSchema,
    status: z.enum(dueStatuses),
    /** "due Friday", "3 days overdue". */
    phrase: z.string().max(MAX_NAME),
  }),
  /** The level above and the evidence it still lacks, in one line; null at the top or when nothing is missing. */
  gap: z.string().max(MAX_TEXT).nullable(),
  /** Where the evidence does not back the level set, or the relationship is stale (DOMAIN.md, "Avoid assumptions"). */
  assumptions: z.array(z.string().max(MAX_TEXT)).max(10),
  openGoals: z.number().int().min(0),
});
export type ContactSummary = z.infer<typeof contactSummarySchema>;

const lookupResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('unknown') }),
  z.strictObject({ status: z.literal('known'), contact: contactSummarySchema }),
]);
export type LookupResult = z.infer<typeof lookupResultSchema>;

export const senderKinds = ['content', 'extension-page'] as const;
export type SenderKind = (typeof senderKinds)[number];

interface MessageDefinition {
  senders: readonly SenderKind[];
  userAction: boolean;
  request: z.ZodObject<{ type: z.ZodLiteral<string> }>;
  response: z.ZodType;
}

export const messageDefinitions = {
  /** Who are these people? One batch per page scan; answers in the order asked. */
  lookup: {
    senders: ['content'],
    userAction: false,
    request: z.strictObject({
      type: z.literal('lookup'),
      identities: z.array(lookupIdentitySchema).max(MAX_LOOKUP_IDENTITIES),
    }),
    response: z.strictObject({ results: z.array(lookupResultSchema).max(MAX_LOOKUP_IDENTITIES) }),
  },
  /**
   * Add a person seen on the page as a Prospect. Their account is found by
   * the email's domain or the company name, or created. Capturing someone
   * already known returns them unchanged.
   */
  capture: {
    senders: ['content'],
    userAction: true,
    request: z.strictObject({
      type: z.literal('capture'),
      identity: identitySchema,
      name: pageText(MAX_NAME),
      headline: pageText(MAX_NAME * 2).optional(),
      company: pageText(MAX_NAME).optional(),
    }),
    response: z.strictObject({ contactId: idSchema, created: z.boolean() }),
  },
  /**
   * Show a person in the sidebar of the sender's tab. `opened` is false where
   * the browser refuses to open it from a page click (Firefox); the person is
   * remembered either way, so the sidebar shows them when the user opens it.
   */
  'open-sidebar': {
    senders: ['content'],
    userAction: true,
    request: z.strictObject({
      type: z.literal('open-sidebar'),
      person: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('contact'), contactId: idSchema }),
        z.strictObject({ kind: z.literal('identity'), identity: identitySchema }),
      ]),
      /** 'log' opens it on the gesture buttons (the badge card's "Log a gesture"); the card otherwise. */
      focus: z.enum(['card', 'log']).optional(),
    }),
    response: z.strictObject({ opened: z.boolean() }),
  },
  /** Health of the background, for extension pages and end-to-end tests. */
  'get-status': {
    senders: ['extension-page'],
    userAction: false,
    request: z.strictObject({ type: z.literal('get-status') }),
    response: z.strictObject({
      contacts: z.number().int().min(0),
      changeSubscribers: z.number().int().min(0),
    }),
  },
} as const satisfies Record<string, MessageDefinition>;

type Definitions = typeof messageDefinitions;
export type MessageType = keyof Definitions;
/** A message as a sender writes it, by type. */
export type MessageOf<T extends MessageType> = z.input<Definitions[T]['request']>;
/** Any message, as a discriminated union on `type`. */
export type Message = { [T in MessageType]: MessageOf<T> }[MessageType];
/** A message after validation and normalisation, as a handler receives it. */
export type ParsedMessageOf<T extends MessageType> = z.output<Definitions[T]['request']>;
export type ResponseOf<T extends MessageType> = z.output<Definitions[T]['response']>;
/** Messages that must come from a trusted user click in the content script. */
export type UserActionMessage = Extract<
  Message,
  { type: { [T in MessageType]: Definitions[T]['userAction'] extends true ? T : never }[MessageType] }
>;

export const errorCodes = ['invalid-message', 'forbidden', 'not-found', 'rate-limited', 'internal'] as const;
export type ErrorCode = (typeof errorCodes)[number];
export const MAX_ERROR_MESSAGE = 300;

export const errorAnswerSchema = z.strictObject({
  ok: z.literal(false),
  error: z.strictObject({ code: z.enum(errorCodes), message: z.string().max(MAX_ERROR_MESSAGE) }),
});
export type ErrorAnswer = z.infer<typeof errorAnswerSchema>;
export type Answer<T extends MessageType> = { ok: true; data: ResponseOf<T> } | ErrorAnswer;

/** The full answer schema for one message type, for callers that validate what comes back. */
export function answerSchemaFor<T extends MessageType>(type: T) {
  return z.union([
    z.strictObject({ ok: z.literal(true), data: messageDefinitions[type].response }),
    errorAnswerSchema,
  ]);
}

/** The message type named by `message`, if it names one (own keys only: `__proto__` is not a type). */
export function messageTypeOf(message: unknown): MessageType | null {
  if (typeof message !== 'object' || message === null) return null;
  const type: unknown = (message as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(messageDefinitions, type) ? (type as MessageType) : null;
}
