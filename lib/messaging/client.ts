/**
 * Sending messages to the background, for content scripts and extension
 * pages. Types only come from protocol.ts (`import type` is erased), so a
 * content script importing this bundles no Zod.
 */
import { browser } from 'wxt/browser';
import type { Answer, ErrorAnswer, Message, UserActionMessage } from './protocol';

function failure(message: string): ErrorAnswer {
  return { ok: false, error: { code: 'internal', message } };
}

/**
 * Sends a message and resolves to the background's typed answer; never
 * rejects. A dead connection (the extension was updated or reloaded under
 * this page) becomes an 'internal' error answer.
 */
export async function sendMessage<M extends Message>(message: M): Promise<Answer<M['type']>> {
  try {
    const answer: unknown = await browser.runtime.sendMessage(message);
    // The background validates what it receives; here a cheap shape check is enough.
    if (
      typeof answer === 'object' &&
      answer !== null &&
      typeof (answer as { ok?: unknown }).ok === 'boolean'
    ) {
      return answer as Answer<M['type']>;
    }
    return failure('the background did not answer');
  } catch (error) {
    return failure(error instanceof Error ? error.message : 'the background is unreachable');
  }
}

/**
 * Sends a capture or open-sidebar message only for a real user click. The
 * page can dispatch synthetic events on our badge; those have `isTrusted`
 * false and are refused here, before anything reaches the background.
 */
export function sendFromUserAction<M extends UserActionMessage>(
  event: Event,
  message: M,
): Promise<Answer<M['type']>> {
  if (!event.isTrusted) {
    return Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'not a user action' } });
  }
  return sendMessage(message);
}
