import { describe, expect, it } from 'vitest';
import { resolveCadence } from '../../lib/domain/cadence';
import {
  cadenceSettingsSchema,
  defaultCadenceSettings,
  tierCadenceSchema,
} from '../../lib/domain/cadence-settings';
import { defaultLadder } from '../../lib/domain/default-ladder';
import { accountTiers } from '../../lib/domain/account-tier';

const settings = defaultCadenceSettings;

describe('resolveCadence', () => {
  it("uses the contact's own cadence when they have one", () => {
    expect(resolveCadence({ cadenceDays: 7, levelId: 'customer' }, 'low', settings)).toEqual({
      days: 7,
      source: 'contact',
    });
  });

  it("otherwise uses the level's default for the account's tier", () => {
    expect(resolveCadence({ cadenceDays: null, levelId: 'customer' }, 'top', settings)).toEqual({
      days: 14,
      source: 'level',
    });
    expect(resolveCadence({ cadenceDays: null, levelId: 'customer' }, 'low', settings)).toEqual({
      days: 60,
      source: 'level',
    });
  });

  it('falls back to the default for other levels when the level has no entry', () => {
    expect(resolveCadence({ cadenceDays: null, levelId: 'partner' }, 'middle', settings)).toEqual({
      days: settings.otherLevels.middle,
      source: 'other-levels',
    });
  });
});

describe('default cadences', () => {
  it('are valid settings', () => {
    expect(cadenceSettingsSchema.safeParse(settings).success).toBe(true);
  });

  it('cover every level of the default ladder', () => {
    expect(Object.keys(settings.byLevel).sort()).toEqual(
      defaultLadder.levels.map((level) => level.id).sort(),
    );
  });

  it('are tighter for the top tier and longer, never absent, for the rest', () => {
    for (const cadence of [...Object.values(settings.byLevel), settings.otherLevels]) {
      expect(cadence.top).toBeLessThan(cadence.middle);
      expect(cadence.middle).toBeLessThan(cadence.low);
      for (const tier of accountTiers) expect(cadence[tier]).toBeGreaterThan(0);
    }
  });
});

describe('tierCadenceSchema', () => {
  it('refuses a top tier cadence longer than a lower tier one', () => {
    expect(tierCadenceSchema.safeParse({ top: 60, middle: 30, low: 90 }).success).toBe(false);
  });

  it('refuses no cadence at all', () => {
    expect(tierCadenceSchema.safeParse({ top: 0, middle: 30, low: 90 }).success).toBe(false);
  });
});
