import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wired up in lib/messaging and lib/reminders.
});
