import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POPUP_INTENT_TTL_MS, takePopupIntent, writePopupIntent } from '../../lib/popup/intent';

const NOW = Date.UTC(2025, 5, 16, 12);
const page = { url: 'https://example.com/news/cloud-security', title: 'Cloud security in 2025' };

beforeEach(() => fakeBrowser.reset());

describe('the popup intent', () => {
  it('hands the page the context menu named to the popup once', async () => {
    await writePopupIntent({ kind: 'share', page, at: NOW - 500 });
    await expect(takePopupIntent(NOW)).resolves.toEqual({ kind: 'share', page, at: NOW - 500 });
    // Taken means cleared: a later toolbar click opens the usual list.
    await expect(takePopupIntent(NOW + 1_000)).resolves.toBeNull();
  });

  it('may carry no page (the shortcut): the popup then uses the page being read', async () => {
    await writePopupIntent({ kind: 'share', at: NOW });
    await expect(takePopupIntent(NOW)).resolves.toEqual({ kind: 'share', at: NOW });
  });

  it('is stale after the time limit, and cleared anyway', async () => {
    await writePopupIntent({ kind: 'share', page, at: NOW - POPUP_INTENT_TTL_MS - 1 });
    await expect(takePopupIntent(NOW)).resolves.toBeNull();
    await expect(fakeBrowser.storage.session.get(null)).resolves.toEqual({});
  });

  it('is still good right at the time limit', async () => {
    await writePopupIntent({ kind: 'share', at: NOW - POPUP_INTENT_TTL_MS });
    await expect(takePopupIntent(NOW)).resolves.not.toBeNull();
  });

  it('ignores an intent dated in the future (a clock that jumped back)', async () => {
    await writePopupIntent({ kind: 'share', at: NOW + 60_000 });
    await expect(takePopupIntent(NOW)).resolves.toBeNull();
  });

  it('is null when nothing was written', async () => {
    await expect(takePopupIntent(NOW)).resolves.toBeNull();
  });

  it('refuses what does not match the schema, and clears it', async () => {
    await fakeBrowser.storage.session.set({
      'popup-intent': { kind: 'share', page: { url: 'javascript:alert(1)', title: 'x' }, at: NOW, extra: 1 },
    });
    await expect(takePopupIntent(NOW)).resolves.toBeNull();
    await fakeBrowser.storage.session.set({ 'popup-intent': { kind: 'open-dashboard', at: NOW } });
    await expect(takePopupIntent(NOW)).resolves.toBeNull();
    await expect(fakeBrowser.storage.session.get(null)).resolves.toEqual({});
  });
});
