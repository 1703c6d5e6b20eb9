import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '../../lib/db/database';
import { watchChangesForReminders } from '../../lib/reminders/wake-on-change';
import { pinnedTabId } from '../../lib/sidebar/active-tab';
import { App } from './app';
import '../../assets/theme.css';
import './sidepanel.css';
import '../../components/contact/sidebar-look.css';

// Changes made here reach the toolbar count even while the service worker sleeps.
watchChangesForReminders(db);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App pinnedTab={pinnedTabId(window.location.search)} />
  </StrictMode>,
);
