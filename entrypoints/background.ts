import { defineBackground } from 'wxt/utils/define-background';
import { db } from '../lib/db/database';
import { registerBackgroundMessaging } from '../lib/messaging/background';
import { registerReminders } from '../lib/reminders/register';

export default defineBackground(() => {
  // Both register their listeners synchronously, here at the top level of
  // the worker: an event that wakes a stopped worker reaches only listeners
  // registered in its first turn.
  registerBackgroundMessaging(db);
  registerReminders(db);
});
