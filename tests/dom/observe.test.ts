import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBadgeHost } from '../../lib/dom/badge-host';
import { domChangePending, onDomChange, onLocationChange } from '../../lib/dom/observe';

/** Animation frames that run only when the test says so. */
function fakeAnimationFrames(): { flush(): Promise<void>; pending(): number } {
  let next = 1;
  const queued = new Map<number, FrameRequestCallback>();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    queued.set(next, callback);
    return next++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => queued.delete(id));
  return {
    async flush() {
      // Mutation records are delivered in a microtask; let them arrive first.
      await Promise.resolve();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const callbacks = [...queued.values()];
      queued.clear();
      for (const callback of callbacks) callback(0);
    },
    pending: () => queued.size,
  };
}

/** Counts MutationObserver instances and disconnects made by the code under test. */
function countObservers(): { created: () => number; disconnected: () => number } {
  let created = 0;
  let disconnected = 0;
  const Original = MutationObserver;
  class CountingObserver extends Original {
    constructor(callback: MutationCallback) {
      super(callback);
      created++;
    }
    override disconnect(): void {
      disconnected++;
      super.disconnect();
    }
  }
  vi.stubGlobal('MutationObserver', CountingObserver);
  return { created: () => created, disconnected: () => disconnected };
}

let frames: ReturnType<typeof fakeAnimationFrames>;
const controllers: AbortController[] = [];
function newSignal(): AbortSignal {
  const controller = new AbortController();
  controllers.push(controller);
  return controller.signal;
}

beforeEach(() => {
  frames = fakeAnimationFrames();
  document.body.replaceChildren();
});

afterEach(() => {
  for (const controller of controllers.splice(0)) controller.abort();
  vi.unstubAllGlobals();
});

describe('domChangePending', () => {
  it('says whether the page changed since the callbacks last ran, counting changes not delivered yet', async () => {
    const callback = vi.fn();
    onDomChange(callback, newSignal());
    expect(domChangePending()).toBe(false);
    // Same task: the observer has not delivered the record yet.
    document.body.append(document.createElement('div'));
    expect(domChangePending()).toBe(true);
    await frames.flush();
    expect(callback).toHaveBeenCalledTimes(1);
    expect(domChangePending()).toBe(false);
    // Rapport's own badges are not a change of the page.
    document.body.append(createBadgeHost(document, '').host);
    expect(domChangePending()).toBe(false);
  });

  it('cannot tell when nothing observes the document', () => {
    expect(domChangePending()).toBe(true);
  });
});

describe('onDomChange', () => {
  it('runs the callback once per animation frame however many mutations happened', async () => {
    const callback = vi.fn();
    onDomChange(callback, newSignal());
    for (let i = 0; i < 5; i++) document.body.append(document.createElement('div'));
    await frames.flush();
    expect(callback).toHaveBeenCalledTimes(1);

    document.body.append(document.createElement('p'));
    await frames.flush();
    expect(callback).toHaveBeenCalledTimes(2);
  });

  it('does not run when nothing changed', async () => {
    const callback = vi.fn();
    onDomChange(callback, newSignal());
    await frames.flush();
    expect(callback).not.toHaveBeenCalled();
    expect(frames.pending()).toBe(0);
  });

  it('does not run for Rapport placing or removing its own badges, only for the page’s changes', async () => {
    const callback = vi.fn();
    onDomChange(callback, newSignal());
    const { host } = createBadgeHost(document, '');
    document.body.append(host);
    await frames.flush();
    host.remove();
    await frames.flush();
    expect(callback).not.toHaveBeenCalled();

    document.body.append(host, document.createElement('div'));
    await frames.flush();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('shares one MutationObserver per document between all callbacks', async () => {
    const observers = countObservers();
    const first = vi.fn();
    const second = vi.fn();
    onDomChange(first, newSignal());
    onDomChange(second, newSignal());
    document.body.append(document.createElement('div'));
    await frames.flush();
    expect(observers.created()).toBe(1);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('reacts to identity attributes changing on reused nodes, not to class changes', async () => {
    const chip = document.createElement('span');
    chip.setAttribute('email', 'old@example.com');
    document.body.append(chip);
    const callback = vi.fn();
    onDomChange(callback, newSignal());

    chip.className = 'hovered';
    await frames.flush();
    expect(callback).not.toHaveBeenCalled();

    chip.setAttribute('email', 'new@example.com');
    await frames.flush();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('stops calling a callback once its signal aborts, and disconnects when none are left', async () => {
    const observers = countObservers();
    const controller = new AbortController();
    const kept = vi.fn();
    const dropped = vi.fn();
    const keptController = new AbortController();
    onDomChange(kept, keptController.signal);
    onDomChange(dropped, controller.signal);

    controller.abort();
    document.body.append(document.createElement('div'));
    await frames.flush();
    expect(dropped).not.toHaveBeenCalled();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(observers.disconnected()).toBe(0);

    keptController.abort();
    expect(observers.disconnected()).toBe(1);
    document.body.append(document.createElement('div'));
    await frames.flush();
    expect(kept).toHaveBeenCalledTimes(1);
  });

  it('cancels a frame already scheduled when the last callback goes away', async () => {
    const controller = new AbortController();
    const callback = vi.fn();
    onDomChange(callback, controller.signal);
    document.body.append(document.createElement('div'));
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(frames.pending()).toBe(1);
    controller.abort();
    expect(frames.pending()).toBe(0);
  });

  it('starts a fresh observer after all earlier callbacks were aborted', async () => {
    const first = new AbortController();
    onDomChange(vi.fn(), first.signal);
    first.abort();
    const callback = vi.fn();
    onDomChange(callback, newSignal());
    document.body.append(document.createElement('div'));
    await frames.flush();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('ignores a registration whose signal has already aborted', async () => {
    const observers = countObservers();
    const callback = vi.fn();
    onDomChange(callback, AbortSignal.abort());
    document.body.append(document.createElement('div'));
    await frames.flush();
    expect(callback).not.toHaveBeenCalled();
    expect(observers.created()).toBe(0);
  });

  it('keeps the same function registered twice alive until both signals abort', async () => {
    const callback = vi.fn();
    const first = new AbortController();
    onDomChange(callback, first.signal);
    onDomChange(callback, newSignal());
    first.abort();
    document.body.append(document.createElement('div'));
    await frames.flush();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('still runs the other callbacks when one throws', async () => {
    const errors: unknown[] = [];
    const queueMicrotaskSpy = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => {
      try {
        task();
      } catch (error) {
        errors.push(error);
      }
    });
    const after = vi.fn();
    onDomChange(() => {
      throw new Error('broken reader');
    }, newSignal());
    onDomChange(after, newSignal());
    document.body.append(document.createElement('div'));
    await frames.flush();
    queueMicrotaskSpy.mockRestore();
    expect(after).toHaveBeenCalledTimes(1);
    expect(errors).toEqual([new Error('broken reader')]);
  });
});

describe('onLocationChange', () => {
  const start = window.location.href;
  afterEach(() => window.history.replaceState(null, '', start));

  it('reports an in-app pushState navigation on the next DOM change', async () => {
    const callback = vi.fn();
    onLocationChange(callback, newSignal());
    window.history.pushState(null, '', '/in/someone/');
    document.body.append(document.createElement('main'));
    await frames.flush();
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback.mock.calls[0]?.[0]).toBeInstanceOf(URL);
    expect((callback.mock.calls[0]?.[0] as URL).pathname).toBe('/in/someone/');
  });

  it('does not report DOM changes that leave the address unchanged', async () => {
    const callback = vi.fn();
    onLocationChange(callback, newSignal());
    document.body.append(document.createElement('div'));
    await frames.flush();
    expect(callback).not.toHaveBeenCalled();
  });

  it('reports back/forward (popstate) and hash routes (hashchange) without waiting for the DOM', () => {
    const callback = vi.fn();
    onLocationChange(callback, newSignal());
    window.history.pushState(null, '', '/mail/u/0/#inbox');
    window.dispatchEvent(new Event('popstate'));
    window.history.pushState(null, '', '/mail/u/0/#sent');
    window.dispatchEvent(new Event('hashchange'));
    expect(callback.mock.calls.map(([url]) => (url as URL).hash)).toEqual(['#inbox', '#sent']);
  });

  it('reports each address once even when several triggers see it', async () => {
    const callback = vi.fn();
    onLocationChange(callback, newSignal());
    window.history.pushState(null, '', '/messaging/');
    window.dispatchEvent(new Event('popstate'));
    document.body.append(document.createElement('div'));
    await frames.flush();
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('stops reporting after the signal aborts', async () => {
    const controller = new AbortController();
    const callback = vi.fn();
    onLocationChange(callback, controller.signal);
    controller.abort();
    window.history.pushState(null, '', '/feed/');
    window.dispatchEvent(new Event('popstate'));
    document.body.append(document.createElement('div'));
    await frames.flush();
    expect(callback).not.toHaveBeenCalled();
  });
});
