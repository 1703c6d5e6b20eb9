/**
 * Content-script side of "who is on this page": answers extension pages that
 * connect on the page-people port with the overlay's current list, and
 * pushes each change to them. Only extension pages can reach a content
 * script's runtime.onConnect (tabs.connect), never the web page itself.
 */
import { browser, type Browser } from 'wxt/browser';
import { identityKey } from '../domain/identity';
import { PAGE_PEOPLE_PORT_NAME, type PagePeopleNotice, type PagePerson } from './page-people-port';

export interface PagePeopleServer {
  /** The overlay's latest list; listeners hear it only when it differs from the last one. */
  update(people: PagePerson[]): void;
}

export function servePagePeople(signal: AbortSignal): PagePeopleServer {
  const ports = new Set<Browser.runtime.Port>();
  let current: PagePerson[] = [];
  let currentKey = '';

  const post = (port: Browser.runtime.Port) => {
    const notice: PagePeopleNotice = { type: 'page-people', people: current };
    try {
      port.postMessage(notice);
    } catch {
      ports.delete(port);
    }
  };

  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== PAGE_PEOPLE_PORT_NAME || signal.aborted) return;
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    post(port);
  };
  browser.runtime.onConnect.addListener(onConnect);
  signal.addEventListener(
    'abort',
    () => {
      browser.runtime.onConnect.removeListener(onConnect);
      for (const port of ports) port.disconnect();
      ports.clear();
    },
    { once: true },
  );

  return {
    update(people) {
      const key = people
        .map((p) => `${identityKey(p.identity)}\u0000${p.name}\u0000${p.contactId}`)
        .join('\n');
      if (key === currentKey) return;
      currentKey = key;
      current = people;
      for (const port of ports) post(port);
    },
  };
}
