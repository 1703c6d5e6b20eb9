import { defineConfig } from 'wxt';
import { hostPermissions } from './lib/sites/hosts';

// Only what Rapport uses; tests/e2e/manifest.e2e.ts fails if this drifts. 'tabs' lets
// the popup and the sidebar read the title and address of the page being read on any
// site, to log it as an article shared ("Shared this with…").
const apiPermissions = ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'contextMenus', 'tabs'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  webExt: { disabled: true },
  // Several builds can live side by side (e.g. one per working copy of the
  // tests); the default is WXT's own.
  outDir: process.env.RAPPORT_OUT_DIR ?? '.output',
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  zip: {
    // The sources zip (for store review) leaves out tests and screenshots: the
    // saved LinkedIn pages in them are a real person's profile, kept out of
    // anything shipped (tests/fixtures/sites/SOURCES.md).
    excludeSources: ['tests/**', 'test-results/**', 'bench/**', 'docs/images/**', 'tmp/**'],
  },
  manifest: ({ browser }) => ({
    name: 'Rapport',
    description:
      'Keep customer relationships moving: relationship level and follow-ups right on LinkedIn, Gmail and Outlook.',
    permissions: browser === 'firefox' ? apiPermissions : [...apiPermissions, 'sidePanel'],
    host_permissions: [...hostPermissions],
    action: { default_title: 'Rapport' },
    // The dashboard doubles as the options page, opened in a full tab.
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    // lib/reminders/share-page.ts: opens the "Shared this with…" picker for the page being read.
    commands: {
      'share-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Log the page as shared with…',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rapport@rapport.invalid',
              // 140 is the first release that reads data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
