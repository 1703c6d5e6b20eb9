/**
 * The channel content scripts listen on for "data changed, look again".
 * Shared by the content script and the background, so it must stay free of
 * Zod and Dexie.
 */
export const CHANGES_PORT_NAME = 'rapport-changes';

export interface ChangedNotice {
  type: 'changed';
}

export const changedNotice: ChangedNotice = { type: 'changed' };

export function isChangedNotice(message: unknown): message is ChangedNotice {
  return (
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'changed'
  );
}
