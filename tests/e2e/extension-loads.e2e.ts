import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, snap, type ExtensionSession } from './harness';

describe('the built extension in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(() => session?.close());

  it('starts its service worker and opens the dashboard from the popup', async () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    const popup = await session.context.newPage();
    await popup.goto(session.pageUrl('popup.html'));
    const [dashboard] = await Promise.all([
      session.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Open the dashboard' }).click(),
    ]);
    await dashboard.waitForLoadState();
    expect(new URL(dashboard.url()).pathname).toBe('/dashboard.html');
    await snap(dashboard, 'dashboard-opened-from-popup');
  });
});
