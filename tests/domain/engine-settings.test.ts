import { describe, expect, it } from 'vitest';
import { cadenceSettingsSchema } from '../../lib/domain/cadence-settings';
import { defaultEngineSettings } from '../../lib/domain/engine-settings';
import { evidenceSettingsSchema } from '../../lib/domain/evidence-settings';
import { paretoSettingsSchema } from '../../lib/domain/pareto-settings';

describe('engine settings', () => {
  it('has defaults that pass their own schemas, as the settings store requires', () => {
    expect(cadenceSettingsSchema.parse(defaultEngineSettings.cadence)).toEqual(defaultEngineSettings.cadence);
    expect(paretoSettingsSchema.parse(defaultEngineSettings.pareto)).toEqual(defaultEngineSettings.pareto);
    expect(evidenceSettingsSchema.parse(defaultEngineSettings.evidence)).toEqual(
      defaultEngineSettings.evidence,
    );
  });

  it('refuses stored values that would break the rules', () => {
    expect(
      cadenceSettingsSchema.safeParse({ ...defaultEngineSettings.cadence, dueSoonDays: -1 }).success,
    ).toBe(false);
    expect(cadenceSettingsSchema.safeParse({ ...defaultEngineSettings.cadence, extra: true }).success).toBe(
      false,
    );
    expect(evidenceSettingsSchema.safeParse({ relationshipWindowDays: 0 }).success).toBe(false);
    expect(paretoSettingsSchema.safeParse({ ...defaultEngineSettings.pareto, topShare: 1 }).success).toBe(
      false,
    );
  });
});
