import { browser } from 'wxt/browser';

/** Opens the dashboard in a tab and closes the popup. */
export function openDashboard(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  window.close();
}
