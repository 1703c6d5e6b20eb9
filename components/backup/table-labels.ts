import type { TableName } from '../../lib/db/schema';

/** Table names as people say them. */
export const tableLabels: Record<TableName, string> = {
  contacts: 'Contacts',
  accounts: 'Accounts',
  deals: 'Deals',
  gestures: 'Gestures',
  notes: 'Notes',
  followUps: 'Follow-ups',
  goals: 'Goals',
  accountIssues: 'Account issues',
  levelChanges: 'Level changes',
  settings: 'Settings',
};
