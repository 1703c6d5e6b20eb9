import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sendFromUserAction, sendMessage } from '../../lib/messaging/client';
import type { MessageOf, UserActionMessage } from '../../lib/messaging/protocol';

beforeEach(() => {
  fakeBrowser.reset();
});

const lookup: MessageOf<'lookup'> = {
  type: 'lookup',
  identities: [{ kind: 'email', value: 'ann@acme.com' }],
};

describe('sendMessage', () => {
  it('resolves to the background’s answer', async () => {
    const answer = { ok: true, data: { results: [{ status: 'unknown' }] } };
    fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      expect(message).toEqual(lookup);
      sendResponse(answer);
      return true;
    });
    expect(await sendMessage(lookup)).toEqual(answer);
  });

  it('turns an unreachable background into an error answer instead of rejecting', async () => {
    expect(await sendMessage(lookup)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'No listeners available' },
    });
  });

  it('turns a missing or malformed answer into an error answer', async () => {
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      sendResponse({ data: 'no ok flag' });
      return true;
    });
    expect(await sendMessage(lookup)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('sendFromUserAction', () => {
  const capture: UserActionMessage = {
    type: 'capture',
    identity: { kind: 'email', value: 'ann@acme.com' },
    name: 'Ann',
  };

  it('refuses synthetic events without bothering the background', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    // A dispatched event: isTrusted is false in browsers (and absent in happy-dom).
    for (const synthetic of [new MouseEvent('click'), { isTrusted: false } as Event]) {
      expect(await sendFromUserAction(synthetic, capture)).toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'not a user action' },
      });
    }
    expect(send).not.toHaveBeenCalled();
  });

  it('sends for a real click, synchronously within the click', () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: true, data: {} } as never);
    void sendFromUserAction({ isTrusted: true } as Event, capture);
    expect(send).toHaveBeenCalledWith(capture);
  });
});
