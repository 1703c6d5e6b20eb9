/**
 * The background's one entry point for messages: validate, check the sender,
 * rate-limit user actions, dispatch to the injected handler, and always
 * answer; no exception escapes.
 *
 * Gesture-gated APIs (chrome.sidePanel.open) only work inside the message
 * listener's synchronous call chain, so nothing here awaits before the
 * handler is called: a handler's code before its first `await` still runs
 * within the user's click.
 */
import type { Browser } from 'wxt/browser';
import { MessageError } from './message-error';
import {
  MAX_ERROR_MESSAGE,
  messageDefinitions,
  messageTypeOf,
  type Answer,
  type ErrorAnswer,
  type ErrorCode,
  type MessageType,
  type ParsedMessageOf,
  type ResponseOf,
  type SenderKind,
} from './protocol';
import { createRateLimiter, type RateLimit } from './rate-limiter';
import { classifySender, type SenderEnvironment } from './sender';

export interface HandlerContext {
  sender: SenderKind;
  /** The sender's tab; always set for content scripts, null for pages outside a tab (popup, sidebar). */
  tabId: number | null;
  /** The moment the message arrived, from the router's clock. */
  now: number;
}

export type Handler<T extends MessageType> = (
  message: ParsedMessageOf<T>,
  context: HandlerContext,
) => Promise<ResponseOf<T>>;

export type Handlers = { [T in MessageType]: Handler<T> };

/** No real user clicks "add" or "open" this often in one tab; anything faster is not a user. */
export const USER_ACTION_LIMIT: RateLimit = { max: 30, windowMs: 60_000 };

export interface RouterOptions {
  handlers: Handlers;
  environment: SenderEnvironment;
  now: () => number;
}

export type Route = (message: unknown, sender: Browser.runtime.MessageSender) => Promise<Answer<MessageType>>;

function fail(code: ErrorCode, message: string): ErrorAnswer {
  // Zod messages can quote keys the sender chose; keep answers bounded.
  return { ok: false, error: { code, message: message.slice(0, MAX_ERROR_MESSAGE) } };
}

export function createRouter({ handlers, environment, now }: RouterOptions): Route {
  const userActions = createRateLimiter(USER_ACTION_LIMIT);

  return async (message, sender) => {
    // Named in the log when its handler fails; read inside the try: a message's properties may throw.
    let type: MessageType | null = null;
    try {
      type = messageTypeOf(message);
      if (type === null) return fail('invalid-message', 'not a Rapport message');
      const definition = messageDefinitions[type];
      const senderKind = classifySender(sender, environment);
      // Checked before parsing, so a privileged message's schema never sees a content script's input.
      if (senderKind === null || !(definition.senders as readonly SenderKind[]).includes(senderKind)) {
        return fail('forbidden', `'${type}' is not allowed from this sender`);
      }
      const parsed = definition.request.safeParse(message);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return fail('invalid-message', `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
      }
      const tabId = sender.tab?.id ?? null;
      const arrivedAt = now();
      if (definition.userAction && !userActions.tryAcquire(`${type}:${tabId}`, arrivedAt)) {
        return fail('rate-limited', `too many '${type}' messages from this tab; try again in a minute`);
      }
      // The map is typed per message type; TypeScript cannot correlate `type` with `parsed.data` here.
      const handler = handlers[type] as Handler<MessageType>;
      const data = await handler(parsed.data as ParsedMessageOf<MessageType>, {
        sender: senderKind,
        tabId,
        now: arrivedAt,
      });
      return { ok: true, data };
    } catch (error) {
      if (error instanceof MessageError) return fail(error.code, error.message);
      console.error(`Rapport: the '${type}' message handler failed`, error);
      return fail('internal', 'the background could not handle this message');
    }
  };
}
