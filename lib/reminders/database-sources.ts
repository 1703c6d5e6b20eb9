/** The reminders' sources in the extension: the database, and ACTIONS' snooze. */
import type { RapportDatabase } from '../db/database';
import { loadAttentionSummary } from '../db/attention-summary';
import { snoozeContact } from '../db/follow-up-actions';
import { getSetting } from '../db/settings';
import { loadDueContacts } from './due-contacts';
import { quietHoursSetting } from './quiet-hours-setting';
import type { ReminderSources } from './scheduler';

export function databaseSources(db: RapportDatabase): ReminderSources {
  return {
    loadSummary: (now) => loadAttentionSummary(now, db),
    loadDueContacts: (from, to) => loadDueContacts(from, to, db),
    loadQuietHours: () => getSetting(quietHoursSetting, db),
    snoozeContact: (contactId, until, now) => snoozeContact(contactId, until, now, db),
  };
}
