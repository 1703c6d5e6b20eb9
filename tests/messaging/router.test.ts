import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RapportDatabase } from '../../lib/db/database';
import { createHandlers } from '../../lib/messaging/handlers';
import { MessageError } from '../../lib/messaging/message-error';
import { messageDefinitions, type MessageType } from '../../lib/messaging/protocol';
import { createRouter, USER_ACTION_LIMIT, type Handlers } from '../../lib/messaging/router';
import { contentSender, environment, pageSender, routerFor, T0 } from './test-data';
import { freshDatabase } from '../db/test-database';

let db: RapportDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

function routerWith(overrides: Partial<Handlers>, now = () => T0) {
  const handlers = {
    ...createHandlers({ db, openSidebar: () => Promise.resolve(true), changeSubscribers: () => 0 }),
    ...overrides,
  };
  return createRouter({ handlers, environment, now });
}

describe('protocol definitions', () => {
  it('are keyed by the type each request schema accepts', () => {
    for (const [type, definition] of Object.entries(messageDefinitions)) {
      expect(definition.request.shape.type.value).toBe(type);
    }
  });
});

describe('router', () => {
  it('answers a valid lookup from a content script', async () => {
    const answer = await routerFor(db)({ type: 'lookup', identities: [] }, contentSender());
    expect(answer).toEqual({ ok: true, data: { results: [] } });
  });

  it.each([null, 42, 'lookup', [], {}, { type: 'nope' }, { type: '__proto__' }, { type: 'constructor' }])(
    'calls %j not a message',
    async (message) => {
      const answer = await routerFor(db)(message, contentSender());
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    },
  );

  it('rejects a message that fails its schema, saying where', async () => {
    const answer = await routerFor(db)({ type: 'lookup', identities: 'x' }, contentSender());
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-message', message: /^identities:/ } });
  });

  it('rejects extra keys', async () => {
    const answer = await routerFor(db)({ type: 'lookup', identities: [], extra: 1 }, contentSender());
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it('keeps privileged messages from content scripts, before validating them', async () => {
    const getStatus = vi.fn<Handlers['get-status']>();
    const route = routerWith({ 'get-status': getStatus });
    expect(await route({ type: 'get-status' }, contentSender())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await route({ type: 'get-status', junk: true }, contentSender())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(getStatus).not.toHaveBeenCalled();
  });

  it('answers privileged messages from extension pages', async () => {
    const answer = await routerFor(db, { changeSubscribers: () => 3 })({ type: 'get-status' }, pageSender());
    expect(answer).toEqual({ ok: true, data: { contacts: 0, changeSubscribers: 3 } });
  });

  it('keeps content-script messages from extension pages and strangers', async () => {
    const route = routerFor(db);
    const lookup = { type: 'lookup', identities: [] };
    expect(await route(lookup, pageSender())).toMatchObject({ error: { code: 'forbidden' } });
    expect(await route(lookup, contentSender('https://example.com/'))).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(await route(lookup, {})).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('hands the handler the parsed message, the sender, its tab and the clock', async () => {
    const lookup = vi.fn<Handlers['lookup']>().mockResolvedValue({ results: [] });
    await routerWith({ lookup }, () => T0 + 5)(
      { type: 'lookup', identities: [{ kind: 'email', value: ' Ann@Acme.COM ' }] },
      contentSender(undefined, 12),
    );
    expect(lookup).toHaveBeenCalledWith(
      { type: 'lookup', identities: [{ kind: 'email', value: 'ann@acme.com' }] },
      { sender: 'content', tabId: 12, now: T0 + 5 },
    );
  });

  it('calls the handler synchronously, so a user gesture is still live', () => {
    const openSidebar = vi.fn<Handlers['open-sidebar']>().mockResolvedValue({ opened: true });
    void routerWith({ 'open-sidebar': openSidebar })(
      { type: 'open-sidebar', person: { kind: 'contact', contactId: 'c1' } },
      contentSender(),
    );
    expect(openSidebar).toHaveBeenCalledTimes(1);
  });

  it('turns a MessageError into its code and anything else into internal, never rejecting', async () => {
    const route = routerWith({
      lookup: () => Promise.reject(new MessageError('not-found', 'gone')),
      'get-status': () => {
        throw new Error('database exploded');
      },
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await route({ type: 'lookup', identities: [] }, contentSender())).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'gone' },
    });
    const internal = await route({ type: 'get-status' }, pageSender());
    expect(internal).toEqual({
      ok: false,
      error: { code: 'internal', message: 'the background could not handle this message' },
    });
  });

  it('survives a message whose properties throw when read', async () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('gotcha');
        },
      },
    );
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await routerFor(db)(hostile, contentSender())).toMatchObject({ ok: false });
  });

  it('bounds error messages that quote sender-chosen keys', async () => {
    const answer = await routerFor(db)(
      { type: 'lookup', identities: [], ['k'.repeat(100_000)]: 1 },
      contentSender(),
    );
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message.length).toBeLessThanOrEqual(300);
  });

  it('rate-limits user actions per tab and type, within a sliding window', async () => {
    let now = T0;
    const route = routerWith({ 'open-sidebar': () => Promise.resolve({ opened: true }) }, () => now);
    const open = { type: 'open-sidebar', person: { kind: 'contact', contactId: 'c1' } };
    const codes = async (tabId: number, type: MessageType = 'open-sidebar') => {
      const answer = await route(
        type === 'open-sidebar' ? open : { type, identities: [] },
        contentSender(undefined, tabId),
      );
      return answer.ok ? 'ok' : answer.error.code;
    };
    for (let i = 0; i < USER_ACTION_LIMIT.max; i++) expect(await codes(1)).toBe('ok');
    expect(await codes(1)).toBe('rate-limited');
    // Another tab and a read-only lookup are not affected.
    expect(await codes(2)).toBe('ok');
    expect(await codes(1, 'lookup')).toBe('ok');
    now += USER_ACTION_LIMIT.windowMs;
    expect(await codes(1)).toBe('ok');
  });
});
