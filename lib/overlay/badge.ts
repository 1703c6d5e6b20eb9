/**
 * The badge beside a person's name: level chip, follow-up dot and goal
 * marker, with a small card on hover or focus. Plain DOM (no framework) so
 * the content script stays tiny; every string from the page or the database
 * goes in as text, never as markup.
 */
import type { ContactSummary } from '../messaging/protocol';
import { createBadgeHost, type BadgeHost } from '../dom/badge-host';
import { badgeCss } from './badge-css';

export interface BadgeActions {
  capture(event: Event): void;
  /**
   * Opens the sidebar on this person, on their card or on the gesture
   * buttons; resolves to whether the browser opened it (Firefox refuses
   * from a page), or to an error message.
   */
  openSidebar(event: Event, focus: 'card' | 'log'): Promise<boolean | string>;
}

/** Where the browser will not open the sidebar from a page click, the card says how to open it. */
export const OPEN_SIDEBAR_YOURSELF =
  'Open Rapport’s sidebar from the browser’s sidebar menu (View › Sidebar › Rapport): it is ready on this person.';

export type BadgeState =
  | { kind: 'known'; contact: ContactSummary }
  | { kind: 'unknown'; name: string }
  | { kind: 'saving'; name: string }
  | { kind: 'failed'; name: string; message: string };

/** How each follow-up state reads in the badge's accessible name; states not listed need no mention. */
const followUpWords: Record<string, (phrase: string) => string> = {
  'due-soon': (phrase) => `follow-up ${phrase}`,
  'due-today': (phrase) => `follow-up ${phrase}`,
  overdue: (phrase) => `follow-up ${phrase}`,
  'badly-overdue': (phrase) => `follow-up badly overdue (${phrase})`,
};

/** The badge's accessible name says in words everything its colours and marks say. */
export function badgeLabel(contact: ContactSummary): string {
  const parts = [`Rapport: ${contact.level?.name ?? 'level not on the ladder'}`];
  const due = contact.due;
  const words = followUpWords[due.status];
  if (words) parts.push(words(due.phrase));
  if (contact.openGoals > 0)
    parts.push(contact.openGoals === 1 ? '1 open goal' : `${contact.openGoals} open goals`);
  return parts.join(', ');
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function sidebarButton(
  doc: Document,
  label: string,
  focus: 'card' | 'log',
  status: HTMLElement,
  actions: BadgeActions,
): HTMLButtonElement {
  const button = el(doc, 'button', 'action', label);
  button.type = 'button';
  button.addEventListener('click', (event) => {
    status.textContent = '';
    void actions.openSidebar(event, focus).then((opened) => {
      if (opened === true) return;
      status.textContent = opened === false ? OPEN_SIDEBAR_YOURSELF : opened;
    });
  });
  return button;
}

function renderCard(
  doc: Document,
  contact: ContactSummary,
  cardId: string,
  actions: BadgeActions,
): HTMLElement {
  const card = el(doc, 'div', 'card');
  card.id = cardId;
  card.setAttribute('role', 'group');
  card.setAttribute('aria-label', `Rapport: ${contact.name}`);
  const rows: Array<[string, string]> = [
    ['Level', contact.level?.name ?? 'Not on the ladder'],
    ['Last value-adding touch', contact.lastGive ?? 'none logged yet'],
    ['Next follow-up', contact.due.phrase],
  ];
  if (contact.gap) rows.push(['Next level', contact.gap]);
  for (const assumption of contact.assumptions) rows.push(['Check', assumption]);
  const list = el(doc, 'dl', 'facts');
  for (const [term, value] of rows) list.append(el(doc, 'dt', '', term), el(doc, 'dd', '', value));
  const status = el(doc, 'p', 'status');
  status.setAttribute('role', 'status');
  const buttons = el(doc, 'div', 'actions');
  buttons.append(
    sidebarButton(doc, 'Open in sidebar', 'card', status, actions),
    sidebarButton(doc, 'Log a gesture', 'log', status, actions),
  );
  card.append(el(doc, 'p', 'name', contact.name), list, buttons, status);
  return card;
}

/**
 * Escape hides the card without moving the pointer or the focus away (WCAG
 * 1.4.13: content shown on hover or focus is dismissible): pressed in the
 * badge, where the focus goes back to the chip, or anywhere while the
 * pointer rests on it (the page keeps its own use of the key). The card
 * shows again once the pointer or the focus has left the badge and comes
 * back.
 */
function dismissibleWithEscape(wrap: HTMLElement, chip: HTMLButtonElement): void {
  const doc = wrap.ownerDocument;
  const dismissed = () => wrap.classList.contains('dismissed');
  const show = () => wrap.classList.remove('dismissed');
  wrap.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || dismissed()) return;
    event.preventDefault();
    wrap.classList.add('dismissed');
    if (event.target !== chip) chip.focus();
  });
  wrap.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && wrap.contains(event.relatedTarget))) show();
  });
  const onPageKey = (event: KeyboardEvent) => {
    if (!wrap.isConnected) doc.removeEventListener('keydown', onPageKey);
    else if (event.key === 'Escape') wrap.classList.add('dismissed');
  };
  wrap.addEventListener('pointerenter', () => doc.addEventListener('keydown', onPageKey));
  wrap.addEventListener('pointerleave', () => {
    doc.removeEventListener('keydown', onPageKey);
    show();
  });
}

let cardCounter = 0;

/** Replaces the shadow root's content with the badge for `state`. */
export function renderBadge(badge: BadgeHost, state: BadgeState, actions: BadgeActions): void {
  const doc = badge.host.ownerDocument;
  const hadCard = badge.root.querySelector('.card') !== null;
  const wrap = el(doc, 'span', 'wrap');
  if (state.kind === 'known') {
    const { contact } = state;
    const chip = el(doc, 'button', 'chip');
    chip.type = 'button';
    chip.setAttribute('aria-label', badgeLabel(contact));
    chip.style.setProperty('--level', contact.level?.color ?? '#5b6472');
    if (contact.due.status in followUpWords) {
      const dot = el(doc, 'span', `dot ${contact.due.status}`);
      dot.setAttribute('aria-hidden', 'true');
      chip.append(dot);
    }
    chip.append(el(doc, 'span', 'level', contact.level?.name ?? '?'));
    if (contact.openGoals > 0) {
      const goal = el(doc, 'span', 'goal', '◎');
      goal.setAttribute('aria-hidden', 'true');
      chip.append(goal);
    }
    wrap.append(chip);
    // The card is built the first time the badge is hovered or focused: a
    // page listing many people (an inbox, search results) then pays for the
    // chips alone. A badge whose card was already built (its person seen, or
    // being read while the data changed) gets its new card straight away.
    let built = false;
    const buildCard = () => {
      if (built) return;
      built = true;
      const cardId = `rapport-card-${++cardCounter}`;
      chip.setAttribute('aria-describedby', cardId);
      wrap.append(renderCard(doc, contact, cardId, actions));
    };
    if (hadCard) buildCard();
    else {
      wrap.addEventListener('pointerenter', buildCard, { once: true });
      wrap.addEventListener('focusin', buildCard, { once: true });
    }
    dismissibleWithEscape(wrap, chip);
  } else {
    const add = el(doc, 'button', `add ${state.kind}`, state.kind === 'saving' ? 'Adding…' : '+ Rapport');
    add.type = 'button';
    add.disabled = state.kind === 'saving';
    add.setAttribute('aria-label', `Add ${state.name} to Rapport`);
    add.addEventListener('click', actions.capture);
    wrap.append(add);
    if (state.kind === 'failed') {
      const error = el(doc, 'span', 'error', state.message);
      error.setAttribute('role', 'alert');
      wrap.append(error);
    }
  }
  badge.show(wrap);
}

export function createBadge(doc: Document): BadgeHost {
  const badge = createBadgeHost(doc, badgeCss);
  // The page must not see our clicks as clicks on the name (LinkedIn and
  // Gmail open profiles and threads from them).
  for (const type of ['click', 'mousedown', 'mouseup', 'keydown']) {
    badge.host.addEventListener(type, (event) => event.stopPropagation());
  }
  return badge;
}
