/**
 * "The person to show" in the sidebar, per tab, kept in storage.session: a
 * badge click records it before (or while) the sidebar opens, and the sidebar
 * reads it for its tab and follows storage.session.onChanged for later clicks.
 * storage.session is in memory only, cleared with the browser session, and in
 * Chrome not readable by content scripts (default access level).
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { emailSchema, idSchema, instantSchema, linkedinSlugSchema } from '../db/schema';

export const sidebarPersonSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('contact'), contactId: idSchema }),
  /** Someone not in Rapport yet: the sidebar offers to add them. */
  z.strictObject({
    kind: z.literal('identity'),
    identity: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('linkedin'), value: linkedinSlugSchema }),
      z.strictObject({ kind: z.literal('email'), value: emailSchema }),
    ]),
  }),
]);
export type SidebarPerson = z.infer<typeof sidebarPersonSchema>;

/** What the sidebar opens on first: the person's card, or the gesture buttons ("log a gesture"). */
export const sidebarFocuses = ['card', 'log'] as const;
export type SidebarFocus = (typeof sidebarFocuses)[number];

export const sidebarSubjectSchema = z.strictObject({
  person: sidebarPersonSchema,
  focus: z.enum(sidebarFocuses),
  /** When it was asked for: a second click on the same person is still a change the sidebar hears. */
  at: instantSchema,
});
export type SidebarSubject = z.infer<typeof sidebarSubjectSchema>;

export function sidebarSubjectKey(tabId: number): string {
  return `sidebar-subject:${tabId}`;
}

export async function writeSidebarSubject(tabId: number, subject: SidebarSubject): Promise<void> {
  await browser.storage.session.set({ [sidebarSubjectKey(tabId)]: subject });
}

/** The person to show for a tab, or null when there is none or what is stored is not valid. */
export async function readSidebarSubject(tabId: number): Promise<SidebarSubject | null> {
  const key = sidebarSubjectKey(tabId);
  const stored: Record<string, unknown> = await browser.storage.session.get(key);
  const parsed = sidebarSubjectSchema.safeParse(stored[key]);
  return parsed.success ? parsed.data : null;
}

export async function forgetSidebarSubject(tabId: number): Promise<void> {
  await browser.storage.session.remove(sidebarSubjectKey(tabId));
}
