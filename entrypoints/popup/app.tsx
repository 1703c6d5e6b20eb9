import { browser } from 'wxt/browser';

function openDashboard() {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  window.close();
}

export function App() {
  return (
    <main className="popup">
      <h1>Rapport</h1>
      <button type="button" onClick={openDashboard}>
        Open dashboard
      </button>
    </main>
  );
}
