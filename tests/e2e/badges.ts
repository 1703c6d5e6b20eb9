/**
 * Badges live in closed shadow roots, which page scripts (and so
 * Playwright's selectors) cannot enter. Assistive technology can: these
 * helpers read the page the way a screen reader does, through Chromium's
 * accessibility tree over CDP, and click at a node's on-screen box like a
 * user's mouse.
 */
import type { CDPSession, Page } from 'playwright-core';

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
  ignored?: boolean;
}

export interface AccessibleControl {
  role: string;
  name: string;
  backendNodeId: number;
}

const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/** Every button whose accessible name matches (by default: mentions Rapport), in document order. */
export async function rapportControls(page: Page, named = /Rapport/): Promise<AccessibleControl[]> {
  const { nodes } = (await (await cdp(page)).send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  return nodes
    .filter((node) => !node.ignored && node.role?.value === 'button' && named.test(node.name?.value ?? ''))
    .map((node) => ({
      role: node.role!.value!,
      name: node.name!.value!,
      backendNodeId: node.backendDOMNodeId!,
    }));
}

/** Waits until some Rapport control's accessible name matches, and returns it. */
export async function waitForControl(
  page: Page,
  name: RegExp,
  timeoutMs = 10_000,
): Promise<AccessibleControl> {
  const deadline = Date.now() + timeoutMs;
  let seen: string[] = [];
  while (Date.now() < deadline) {
    const controls = await rapportControls(page);
    const match = controls.find((control) => name.test(control.name));
    if (match) return match;
    seen = controls.map((control) => control.name);
    await page.waitForTimeout(100);
  }
  throw new Error(`No Rapport control named ${name}; saw: ${JSON.stringify(seen)}`);
}

/** Scrolls a control into view and returns the middle of its box, in page coordinates. */
async function revealControl(page: Page, control: AccessibleControl): Promise<{ x: number; y: number }> {
  const session = await cdp(page);
  await session.send('DOM.getDocument', { depth: 0 });
  await session.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: control.backendNodeId });
  const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: control.backendNodeId })) as {
    model: { content: number[] };
  };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
}

/** Rests the mouse on a control (its hover card opens), as a user would. */
export async function hoverControl(page: Page, control: AccessibleControl): Promise<void> {
  const { x, y } = await revealControl(page, control);
  await page.mouse.move(x, y);
}

/** Clicks the middle of a control's box with the mouse, as a user would (a trusted event). */
export async function clickControl(page: Page, control: AccessibleControl): Promise<void> {
  const { x, y } = await revealControl(page, control);
  await page.mouse.click(x, y);
}

/** The colour the user sees behind a control: its computed background, or its level chip's. */
export async function controlBackground(page: Page, control: AccessibleControl): Promise<string> {
  const session = await cdp(page);
  await session.send('DOM.getDocument', { depth: 0 });
  const { object } = (await session.send('DOM.resolveNode', { backendNodeId: control.backendNodeId })) as {
    object: { objectId: string };
  };
  const { result } = (await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: `function () {
      const chip = this.classList.contains('chip') ? this : this.querySelector('.chip') ?? this;
      return getComputedStyle(chip).backgroundColor;
    }`,
    returnByValue: true,
  })) as { result: { value: string } };
  return result.value;
}
