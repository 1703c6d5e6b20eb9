import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContactSummary } from '../../lib/messaging/protocol';
import { createBadge, OPEN_SIDEBAR_YOURSELF, renderBadge, type BadgeActions } from '../../lib/overlay/badge';

const ann: ContactSummary = {
  contactId: 'c1',
  name: 'Ann Lee',
  level: { id: 'client', name: 'Client', color: '#137a4b' },
  lastGiveAt: 0,
  lastGive: '12 days ago',
  due: { at: 0, status: 'overdue', phrase: '3 days overdue' },
  gap: 'Supporter: no reference given yet',
  assumptions: [],
  openGoals: 0,
};

function renderKnown(openSidebar: BadgeActions['openSidebar']) {
  const badge = createBadge(document);
  document.body.append(badge.host);
  renderBadge(badge, { kind: 'known', contact: ann }, { capture: vi.fn(), openSidebar });
  const button = (name: string) =>
    [...badge.root.querySelectorAll('button')].find((candidate) => candidate.textContent === name)!;
  const status = () => badge.root.querySelector('[role="status"]')!.textContent;
  return { button, status };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => document.body.replaceChildren());

describe('the badge card’s buttons', () => {
  it('open the sidebar on the person’s card, or on the gesture buttons', () => {
    const openSidebar = vi.fn<BadgeActions['openSidebar']>(async () => true);
    const { button } = renderKnown(openSidebar);
    button('Open in sidebar').click();
    button('Log a gesture').click();
    expect(openSidebar.mock.calls.map(([, focus]) => focus)).toEqual(['card', 'log']);
  });

  it('say how to open the sidebar where the browser refuses to open it from the page', async () => {
    const { button, status } = renderKnown(async () => false);
    button('Log a gesture').click();
    await settle();
    expect(status()).toBe(OPEN_SIDEBAR_YOURSELF);
  });

  it('show why it failed, and clear the message on the next try', async () => {
    const openSidebar = vi.fn<BadgeActions['openSidebar']>(
      async () => 'Could not open the sidebar: rate-limited',
    );
    const { button, status } = renderKnown(openSidebar);
    button('Open in sidebar').click();
    await settle();
    expect(status()).toBe('Could not open the sidebar: rate-limited');
    openSidebar.mockResolvedValue(true);
    button('Open in sidebar').click();
    await settle();
    expect(status()).toBe('');
  });
});
