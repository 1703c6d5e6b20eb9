/**
 * The full popup, loaded by main.tsx after the first paint: everything that
 * needs the database (Dexie) and the schemas (Zod) starts from here.
 */
import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { db } from '../../lib/db/database';
import { parseQueueSnapshot } from '../../lib/popup/queue-snapshot';
import { watchChangesForReminders } from '../../lib/reminders/wake-on-change';
import { App } from './app';

/** Renders the popup into `root`, starting from the saved list as stored (checked here against its schema). */
export function startApp(root: Root, storedSnapshot: unknown): void {
  // Changes made here reach the toolbar count even while the service worker sleeps.
  watchChangesForReminders(db);
  root.render(
    <StrictMode>
      <App saved={parseQueueSnapshot(storedSnapshot)} />
    </StrictMode>,
  );
}
