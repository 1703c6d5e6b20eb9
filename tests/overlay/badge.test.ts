import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContactSummary } from '../../lib/messaging/protocol';
import type { BadgeHost } from '../../lib/dom/badge-host';
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

function showKnown(contact: ContactSummary, openSidebar: BadgeActions['openSidebar'] = vi.fn()) {
  const badge = createBadge(document);
  document.body.append(badge.host);
  renderBadge(badge, { kind: 'known', contact }, { capture: vi.fn(), openSidebar });
  return badge;
}

const chipOf = (badge: BadgeHost) => badge.root.querySelector<HTMLButtonElement>('.chip')!;
const cardOf = (badge: BadgeHost) => badge.root.querySelector<HTMLElement>('[role="group"]');
/** The pointer comes to rest on the badge, as a mouse user's would. */
const hover = (badge: BadgeHost) =>
  badge.root.querySelector('.wrap')!.dispatchEvent(new PointerEvent('pointerenter'));

function renderKnown(openSidebar: BadgeActions['openSidebar']) {
  const badge = showKnown(ann, openSidebar);
  hover(badge);
  const button = (name: string) =>
    [...badge.root.querySelectorAll('button')].find((candidate) => candidate.textContent === name)!;
  const status = () => badge.root.querySelector('[role="status"]')!.textContent;
  return { button, status };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => document.body.replaceChildren());

describe('the badge’s card', () => {
  it('is built when the pointer first rests on the badge, and the chip is described by it', () => {
    const badge = showKnown(ann);
    expect(cardOf(badge)).toBeNull();
    expect(chipOf(badge).hasAttribute('aria-describedby')).toBe(false);
    hover(badge);
    const card = cardOf(badge)!;
    expect(card.getAttribute('aria-label')).toBe('Rapport: Ann Lee');
    expect(card.textContent).toContain('12 days ago');
    expect(card.textContent).toContain('3 days overdue');
    expect(chipOf(badge).getAttribute('aria-describedby')).toBe(card.id);
    hover(badge);
    expect(badge.root.querySelectorAll('[role="group"]')).toHaveLength(1);
  });

  it('is built when the chip takes the keyboard focus', () => {
    const badge = showKnown(ann);
    chipOf(badge).focus();
    expect(cardOf(badge)?.id).toBe(chipOf(badge).getAttribute('aria-describedby'));
  });

  it('shows the new facts at once when the data changes after it was opened, and only then', () => {
    const opened = showKnown(ann);
    const unopened = showKnown(ann);
    hover(opened);
    const later = { ...ann, lastGive: 'today' };
    for (const badge of [opened, unopened]) {
      renderBadge(badge, { kind: 'known', contact: later }, { capture: vi.fn(), openSidebar: vi.fn() });
    }
    expect(cardOf(opened)!.textContent).toContain('today');
    expect(chipOf(opened).getAttribute('aria-describedby')).toBe(cardOf(opened)!.id);
    expect(cardOf(unopened)).toBeNull();
  });
});

describe('dismissing the card with Escape', () => {
  const wrapOf = (badge: BadgeHost) => badge.root.querySelector<HTMLElement>('.wrap')!;
  const isDismissed = (badge: BadgeHost) => wrapOf(badge).classList.contains('dismissed');
  const escape = (target: EventTarget) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));

  it('hides it from the keyboard, puts the focus back on the chip, and shows it again once the focus comes back', () => {
    const badge = showKnown(ann);
    const outside = document.createElement('button');
    document.body.append(outside);
    chipOf(badge).focus();
    const openButton = cardOf(badge)!.querySelector('button')!;
    openButton.focus();
    escape(openButton);
    expect(isDismissed(badge)).toBe(true);
    expect(badge.root.activeElement).toBe(chipOf(badge));
    // Tabbing within the badge keeps it hidden; leaving it and coming back shows it.
    openButton.focus();
    expect(isDismissed(badge)).toBe(true);
    outside.focus();
    expect(isDismissed(badge)).toBe(false);
  });

  it('hides it while the pointer rests on the badge, wherever the focus is, until the pointer leaves', () => {
    const badge = showKnown(ann);
    hover(badge);
    escape(document.body);
    expect(isDismissed(badge)).toBe(true);
    wrapOf(badge).dispatchEvent(new PointerEvent('pointerleave'));
    expect(isDismissed(badge)).toBe(false);
    // The page's Escape means nothing to a badge the pointer has left.
    escape(document.body);
    expect(isDismissed(badge)).toBe(false);
  });
});

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

describe('a click on the badge', () => {
  it('adds the person without the page around it hearing the click', () => {
    // As placed on the logged-in profile: just after the link around the name heading.
    const trigger = document.createElement('span');
    const link = document.createElement('a');
    link.href = '/in/eduardo-alvarez-nowak/overlay/about-this-profile/';
    link.append(Object.assign(document.createElement('h1'), { textContent: 'Eduardo Alvarez Nowak' }));
    const badge = createBadge(document);
    trigger.append(link, badge.host);
    document.body.append(trigger);
    const capture = vi.fn();
    renderBadge(badge, { kind: 'unknown', name: 'Eduardo Alvarez Nowak' }, { capture, openSidebar: vi.fn() });
    let heard = 0;
    for (const type of ['click', 'mousedown', 'mouseup']) trigger.addEventListener(type, () => (heard += 1));

    const add = badge.root.querySelector('button')!;
    for (const type of ['mousedown', 'mouseup'])
      add.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
    add.click();
    expect(capture).toHaveBeenCalledTimes(1);
    expect(heard).toBe(0);
  });
});
