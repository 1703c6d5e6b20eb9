/**
 * The full popup, loaded by main.ts after the first paint: everything that
 * needs React, the database (Dexie) or the schemas (Zod) starts from here.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '../../lib/db/database';
import { parseQueueSnapshot } from '../../lib/popup/queue-snapshot';
import { watchChangesForReminders } from '../../lib/reminders/wake-on-change';
import { App } from './app';

/**
 * Renders the popup into `container`, starting from the saved list as stored
 * (checked here against its schema). React's first render replaces whatever
 * the first paint drew there.
 */
export function startApp(container: HTMLElement, storedSnapshot: unknown): void {
  // Changes made here reach the toolbar count even while the service worker sleeps.
  watchChangesForReminders(db);
  createRoot(container).render(
    <StrictMode>
      <App saved={parseQueueSnapshot(storedSnapshot)} />
    </StrictMode>,
  );
}
