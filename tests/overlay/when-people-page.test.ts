import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenPeoplePage } from '../../lib/overlay/when-people-page';

const isProfile = (url: URL) => url.pathname.startsWith('/in/');

/** A window whose address the test sets, with or without the Navigation API. */
function fakeWindow(href: string, withNavigation: boolean) {
  const navigation = new EventTarget();
  const win = {
    location: { href },
    document,
    addEventListener: window.addEventListener.bind(window),
    ...(withNavigation ? { navigation } : {}),
  };
  return {
    win: win as unknown as Window,
    navigate(to: string) {
      win.location.href = to;
      navigation.dispatchEvent(new Event('currententrychange'));
    },
  };
}

describe('whenPeoplePage', () => {
  const controllers: AbortController[] = [];
  const signal = () => {
    const controller = new AbortController();
    controllers.push(controller);
    return controller;
  };
  afterEach(() => controllers.splice(0).forEach((controller) => controller.abort()));

  it('starts at once on a page an adapter reads', () => {
    const start = vi.fn();
    const { win } = fakeWindow('https://www.linkedin.com/in/ann/', true);
    whenPeoplePage(isProfile, start, signal().signal, win);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('waits on other pages until an in-app navigation reaches one, then starts once', () => {
    const start = vi.fn();
    const { win, navigate } = fakeWindow('https://www.linkedin.com/feed/', true);
    whenPeoplePage(isProfile, start, signal().signal, win);
    expect(start).not.toHaveBeenCalled();
    navigate('https://www.linkedin.com/jobs/');
    expect(start).not.toHaveBeenCalled();
    navigate('https://www.linkedin.com/in/ann/');
    navigate('https://www.linkedin.com/in/bob/');
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('never starts once the content script is gone', () => {
    const start = vi.fn();
    const { win, navigate } = fakeWindow('https://www.linkedin.com/feed/', true);
    const controller = signal();
    whenPeoplePage(isProfile, start, controller.signal, win);
    controller.abort();
    navigate('https://www.linkedin.com/in/ann/');
    expect(start).not.toHaveBeenCalled();
  });

  it('follows the address without the Navigation API too (back and forward)', () => {
    const start = vi.fn();
    const { win } = fakeWindow('https://www.linkedin.com/feed/', false);
    whenPeoplePage(isProfile, start, signal().signal, win);
    (win.location as { href: string }).href = 'https://www.linkedin.com/in/ann/';
    window.dispatchEvent(new Event('popstate'));
    expect(start).toHaveBeenCalledTimes(1);
  });
});
