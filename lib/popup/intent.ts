/**
 * What the popup should open on, when something other than a toolbar click
 * opened it: the context menu's "Log as shared with…" and the keyboard
 * shortcut both want the "Shared this with…" picker for a tab. The opener
 * writes the intent to storage.session just before action.openPopup(); the
 * popup takes it (reads and clears it) as it starts. An intent older than a
 * few seconds is stale (the popup was opened some other way since) and is
 * ignored.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { instantSchema, MAX_NAME, MAX_URL } from '../db/schema';

const POPUP_INTENT_KEY = 'popup-intent';
/** Long enough for the popup to start, short enough that a later toolbar click opens the usual list. */
export const POPUP_INTENT_TTL_MS = 10_000;

export const popupIntentSchema = z.strictObject({
  kind: z.literal('share'),
  /** The page to log as shared; the popup falls back to the active tab when absent. */
  page: z
    .strictObject({ url: z.string().url().max(MAX_URL), title: z.string().max(MAX_NAME * 2) })
    .optional(),
  at: instantSchema,
});
export type PopupIntent = z.infer<typeof popupIntentSchema>;

export async function writePopupIntent(intent: PopupIntent): Promise<void> {
  await browser.storage.session.set({ [POPUP_INTENT_KEY]: intent });
}

/** The pending intent, if one was written in the last few seconds; it is cleared either way. */
export async function takePopupIntent(now: number): Promise<PopupIntent | null> {
  const stored: Record<string, unknown> = await browser.storage.session.get(POPUP_INTENT_KEY);
  await browser.storage.session.remove(POPUP_INTENT_KEY);
  const parsed = popupIntentSchema.safeParse(stored[POPUP_INTENT_KEY]);
  if (!parsed.success || now - parsed.data.at > POPUP_INTENT_TTL_MS || parsed.data.at > now) return null;
  return parsed.data;
}
