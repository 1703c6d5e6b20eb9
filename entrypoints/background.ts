import { defineBackground } from 'wxt/utils/define-background';
import { db } from '../lib/db/database';
import { registerBackgroundMessaging } from '../lib/messaging/background';

export default defineBackground(() => {
  registerBackgroundMessaging(db);
});
