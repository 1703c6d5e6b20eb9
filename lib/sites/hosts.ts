/**
 * The only sites Rapport reads. Both the manifest's host permissions and the
 * content script's match patterns derive from this list, so adding a site is
 * one edit here plus its adapter.
 */
export const hostPermissions = [
  'https://www.linkedin.com/*',
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
] as const;
