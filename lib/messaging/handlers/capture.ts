import { captureProspect } from '../../db/capture';
import type { RapportDatabase } from '../../db/database';
import type { Handler } from '../router';

export function createCaptureHandler(db: RapportDatabase): Handler<'capture'> {
  return async ({ type: _type, ...capture }, { now }) => {
    const { contactId, created } = await captureProspect(capture, now, db);
    return { contactId, created };
  };
}
