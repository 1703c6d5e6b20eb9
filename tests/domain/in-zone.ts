import { afterAll, beforeAll } from 'vitest';

/**
 * Pins the process time zone for the tests of the enclosing describe block:
 * calendar days are the user's, so daylight-saving changes and zones far
 * from UTC need covering. Instants from local wall-clock times must be
 * computed inside the tests, once the zone is set.
 */
export function inZone(zone: string): void {
  const originalZone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = originalZone;
  });
}
