/**
 * Running code where Rapport's content script runs: the extension's isolated
 * world in a page (CDP Runtime.evaluate with that world's execution context,
 * which Chromium names after the extension). Messages sent from there reach
 * the background exactly as the content script's do: same sender (the tab,
 * the page URL, the extension's id), same router, same checks.
 */
import type { CDPSession, Page } from 'playwright-core';
import { cdpFor } from './browser';

interface ExecutionContext {
  id: number;
  name: string;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean };
}

export interface ContentWorld {
  cdp: CDPSession;
  /** Evaluates an expression (awaiting a promise) in the content script's world and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
}

export async function contentWorld(
  page: Page,
  extensionId: string,
  timeoutMs = 15_000,
): Promise<ContentWorld> {
  const cdp = await cdpFor(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context as ExecutionContext));
  cdp.on('Runtime.executionContextDestroyed', (event) => {
    const index = contexts.findIndex((c) => c.id === event.executionContextId);
    if (index >= 0) contexts.splice(index, 1);
  });
  await cdp.send('Runtime.enable');
  const origin = `chrome-extension://${extensionId}`;
  const deadline = Date.now() + timeoutMs;
  let world: ExecutionContext | undefined;
  while (!(world = contexts.findLast((c) => c.origin === origin && c.auxData?.type === 'isolated'))) {
    if (Date.now() > deadline) throw new Error('the content script did not start in this page');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const contextId = world.id;
  return {
    cdp,
    async evaluate<T>(expression: string): Promise<T> {
      const answer = await cdp.send('Runtime.evaluate', {
        expression,
        contextId,
        awaitPromise: true,
        returnByValue: true,
      });
      if (answer.exceptionDetails) {
        throw new Error(
          `in the content world: ${answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text}`,
        );
      }
      return answer.result.value as T;
    },
  };
}
