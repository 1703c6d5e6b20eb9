/**
 * Who sent a message or opened a port. Content scripts are untrusted (a
 * compromised page renderer can send anything its content script could), so
 * privileged messages are honoured only from the extension's own pages.
 */
import type { Browser } from 'wxt/browser';
import { matchesPattern } from './match-pattern';
import type { SenderKind } from './protocol';

export interface SenderEnvironment {
  /** browser.runtime.id */
  extensionId: string;
  /** browser.runtime.getURL('/'), e.g. chrome-extension://<id>/ */
  extensionBaseUrl: string;
  /** Match patterns of the pages the content script runs on. */
  contentUrlPatterns: readonly string[];
}

/** 'content', 'extension-page', or null for anyone else (who gets nothing). */
export function classifySender(
  sender: Browser.runtime.MessageSender,
  environment: SenderEnvironment,
): SenderKind | null {
  if (sender.id !== environment.extensionId || typeof sender.url !== 'string') return null;
  const { url, origin } = sender;
  if (url.startsWith(environment.extensionBaseUrl)) {
    // Chrome also reports the origin; when it does, it must be the extension's own.
    const extensionOrigin = new URL(environment.extensionBaseUrl).origin;
    return origin === undefined || origin === extensionOrigin ? 'extension-page' : null;
  }
  if (typeof sender.tab?.id !== 'number') return null;
  if (!environment.contentUrlPatterns.some((pattern) => matchesPattern(url, pattern))) return null;
  if (origin !== undefined && origin !== new URL(url).origin) return null;
  return 'content';
}
