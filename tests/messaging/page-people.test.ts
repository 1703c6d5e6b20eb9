import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { watchPagePeople } from '../../lib/messaging/page-people';
import { PAGE_PEOPLE_PORT_NAME, type PagePerson } from '../../lib/messaging/page-people-port';
import { servePagePeople } from '../../lib/messaging/page-people-server';
import { fakePort, type FakePort } from './fake-port';

const ann: PagePerson = {
  identity: { kind: 'linkedin', value: 'ann-lee' },
  name: 'Ann Lee',
  contactId: 'c1',
};
const bo: PagePerson = {
  identity: { kind: 'email', value: 'bo@globex.com' },
  name: 'Bo Chen',
  contactId: null,
};

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

describe('the content script serves who is on the page', () => {
  let onConnect: ((port: Browser.runtime.Port) => void) | null;
  beforeEach(() => {
    onConnect = null;
    // fakeBrowser does not implement runtime.onConnect; hold the listener instead.
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((listener) => {
      onConnect = listener;
    });
    vi.spyOn(fakeBrowser.runtime.onConnect, 'removeListener').mockImplementation((listener) => {
      if (onConnect === listener) onConnect = null;
    });
  });

  function connectFromSidebar(name = PAGE_PEOPLE_PORT_NAME): FakePort {
    const sidebar = fakePort(name);
    onConnect?.(sidebar.port);
    return sidebar;
  }

  it('answers a new connection with the current list, then pushes only real changes', () => {
    const controller = new AbortController();
    const server = servePagePeople(controller.signal);
    server.update([ann]);
    const sidebar = connectFromSidebar();
    expect(sidebar.postMessage).toHaveBeenLastCalledWith({ type: 'page-people', people: [ann] });
    server.update([{ ...ann }]);
    expect(sidebar.postMessage).toHaveBeenCalledTimes(1);
    server.update([ann, bo]);
    expect(sidebar.postMessage).toHaveBeenLastCalledWith({ type: 'page-people', people: [ann, bo] });
    controller.abort();
  });

  it('ignores other ports, and lets go of everyone when the content script ends', () => {
    const controller = new AbortController();
    servePagePeople(controller.signal);
    const other = connectFromSidebar('something-else');
    expect(other.postMessage).not.toHaveBeenCalled();
    const sidebar = connectFromSidebar();
    controller.abort();
    expect(sidebar.disconnect).toHaveBeenCalled();
    expect(onConnect).toBeNull();
  });
});

describe('an extension page watches a tab', () => {
  let ports: FakePort[];
  let connect: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    ports = [];
    connect = vi.fn((_tabId: number, { name }: { name: string }) => {
      const port = fakePort(name);
      ports.push(port);
      return port.port;
    });
    (fakeBrowser.tabs as unknown as { connect: typeof connect }).connect = connect;
  });

  it('connects to the tab’s top frame and hears the validated list', () => {
    const heard: PagePerson[][] = [];
    const stop = watchPagePeople(7, (people) => heard.push(people));
    expect(connect).toHaveBeenCalledWith(7, { name: PAGE_PEOPLE_PORT_NAME, frameId: 0 });
    ports[0]!.receive({ type: 'page-people', people: [ann] });
    expect(heard).toEqual([[ann]]);
    stop();
    expect(ports[0]!.disconnect).toHaveBeenCalled();
  });

  it('drops what the page context sends when it is not a valid list', () => {
    const heard: PagePerson[][] = [];
    watchPagePeople(7, (people) => heard.push(people));
    ports[0]!.receive({
      type: 'page-people',
      people: [{ ...ann, identity: { kind: 'linkedin', value: 'A B' } }],
    });
    ports[0]!.receive({ type: 'page-people', people: [ann], extra: true });
    expect(heard).toEqual([]);
  });

  it('retries a refused connection while the content script may still be starting, then gives up', () => {
    vi.useFakeTimers();
    const heard: PagePerson[][] = [];
    watchPagePeople(7, (people) => heard.push(people));
    ports[0]!.dropFromOtherEnd();
    expect(heard).toEqual([[]]);
    vi.advanceTimersByTime(250);
    expect(connect).toHaveBeenCalledTimes(2);
    ports[1]!.dropFromOtherEnd();
    vi.advanceTimersByTime(1_000);
    ports[2]!.dropFromOtherEnd();
    vi.advanceTimersByTime(3_000);
    ports[3]!.dropFromOtherEnd();
    vi.advanceTimersByTime(60_000);
    expect(connect).toHaveBeenCalledTimes(4);
    expect(heard).toEqual([[]]);
  });

  it('after a full page load in the tab, connects to the new content script', async () => {
    const heard: PagePerson[][] = [];
    watchPagePeople(7, (people) => heard.push(people));
    ports[0]!.receive({ type: 'page-people', people: [ann] });
    ports[0]!.dropFromOtherEnd();
    await fakeBrowser.tabs.onUpdated.trigger(8, { status: 'complete' }, {} as Browser.tabs.Tab);
    expect(connect).toHaveBeenCalledTimes(1);
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'complete' }, {} as Browser.tabs.Tab);
    expect(connect).toHaveBeenCalledTimes(2);
    ports[1]!.receive({ type: 'page-people', people: [bo] });
    expect(heard).toEqual([[ann], [], [bo]]);
  });
});
