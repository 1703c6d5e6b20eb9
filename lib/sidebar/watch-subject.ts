/**
 * The person a badge click asked the sidebar to show for a tab
 * (lib/messaging/sidebar-subject.ts), followed through storage changes. The
 * newest request wins: a change carrying an older `at` than the one shown is
 * ignored, so two quick clicks end on the second person.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  readSidebarSubject,
  sidebarSubjectKey,
  sidebarSubjectSchema,
  type SidebarSubject,
} from '../messaging/sidebar-subject';

export function watchSidebarSubject(
  tabId: number,
  listener: (subject: SidebarSubject | null) => void,
): () => void {
  const key = sidebarSubjectKey(tabId);
  let stopped = false;
  let current: SidebarSubject | null = null;
  let heardChange = false;

  const tell = (subject: SidebarSubject | null) => {
    if (stopped) return;
    if (subject !== null && current !== null && subject.at < current.at) return;
    current = subject;
    listener(subject);
  };

  const onChanged = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area !== 'session' || !(key in changes)) return;
    heardChange = true;
    const parsed = sidebarSubjectSchema.safeParse(changes[key]!.newValue);
    if (parsed.success) tell(parsed.data);
    else if (changes[key]!.newValue == null) {
      current = null;
      tell(null);
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  void readSidebarSubject(tabId).then(
    (subject) => {
      // A change heard while reading is newer than what was read, unless `at` says otherwise.
      if (!heardChange || subject !== null) tell(subject);
    },
    () => tell(null),
  );
  return () => {
    stopped = true;
    browser.storage.onChanged.removeListener(onChanged);
  };
}
