/** A runtime Port for tests (fakeBrowser has no runtime.connect). */
import type { Browser } from 'wxt/browser';
import { vi } from 'vitest';

type Listener<A extends unknown[]> = (...args: A) => void;

function fakeEvent<A extends unknown[]>() {
  const listeners = new Set<Listener<A>>();
  return {
    addListener: (listener: Listener<A>) => void listeners.add(listener),
    removeListener: (listener: Listener<A>) => void listeners.delete(listener),
    hasListener: (listener: Listener<A>) => listeners.has(listener),
    fire: (...args: A) => listeners.forEach((listener) => listener(...args)),
  };
}

export interface FakePort {
  port: Browser.runtime.Port;
  postMessage: ReturnType<typeof vi.fn>;
  disconnect: ReturnType<typeof vi.fn>;
  /** The other end sends a message. */
  receive(message: unknown): void;
  /** The other end goes away. */
  dropFromOtherEnd(): void;
}

export function fakePort(name: string, sender?: Browser.runtime.MessageSender): FakePort {
  const onMessage = fakeEvent<[unknown, Browser.runtime.Port]>();
  const onDisconnect = fakeEvent<[Browser.runtime.Port]>();
  const postMessage = vi.fn();
  const disconnect = vi.fn();
  const port = {
    name,
    sender,
    postMessage,
    disconnect,
    onMessage,
    onDisconnect,
  } as unknown as Browser.runtime.Port;
  return {
    port,
    postMessage,
    disconnect,
    receive: (message) => onMessage.fire(message, port),
    dropFromOtherEnd: () => onDisconnect.fire(port),
  };
}
