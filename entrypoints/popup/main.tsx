import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '../../lib/db/database';
import { watchChangesForReminders } from '../../lib/reminders/wake-on-change';
import { App } from './app';
import '../../assets/theme.css';
import './popup.css';

// Changes made here reach the toolbar count even while the service worker sleeps.
watchChangesForReminders(db);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
