import { captureProspect } from '../../db/capture';
import type { RapportDatabase } from '../../db/database';
import type { Handler } from '../router';

export function createCaptureHandler(db: RapportDatabase): Handler<'capture'> {
  return ({ type: _type, ...capture }, { now }) => captureProspect(capture, now, db);
}
