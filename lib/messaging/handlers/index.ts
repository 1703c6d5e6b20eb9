/** Every message's handler, built from what they need, so tests can pass a fresh database. */
import type { RapportDatabase } from '../../db/database';
import type { Handlers } from '../router';
import { createCaptureHandler } from './capture';
import { createGetStatusHandler } from './get-status';
import { createLookupHandler } from './lookup';
import { createOpenSidebarHandler, type OpenSidebar } from './open-sidebar';

export interface HandlerDependencies {
  db: RapportDatabase;
  openSidebar: OpenSidebar;
  /** How many content scripts are listening for changes. */
  changeSubscribers: () => number;
}

export function createHandlers({ db, openSidebar, changeSubscribers }: HandlerDependencies): Handlers {
  return {
    lookup: createLookupHandler(db),
    capture: createCaptureHandler(db),
    'open-sidebar': createOpenSidebarHandler(db, openSidebar),
    'get-status': createGetStatusHandler(db, changeSubscribers),
  };
}
