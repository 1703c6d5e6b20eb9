/**
 * The relationship engine's settings as stored settings (keys `cadence`,
 * `pareto`, `evidence`): validated on read, a bad stored value falls back to
 * its default, so a broken setting never stops badges or reminders.
 */
import { cadenceSettingsSchema, defaultCadenceSettings } from '../domain/cadence-settings';
import type { EngineSettings } from '../domain/engine-settings';
import { defaultEvidenceSettings, evidenceSettingsSchema } from '../domain/evidence-settings';
import { defaultParetoSettings, paretoSettingsSchema } from '../domain/pareto-settings';
import { db, type RapportDatabase } from './database';
import { defineSetting, getSetting } from './settings';

export const cadenceSetting = defineSetting('cadence', cadenceSettingsSchema, defaultCadenceSettings);
export const paretoSetting = defineSetting('pareto', paretoSettingsSchema, defaultParetoSettings);
export const evidenceSetting = defineSetting('evidence', evidenceSettingsSchema, defaultEvidenceSettings);

export async function getEngineSettings(database: RapportDatabase = db): Promise<EngineSettings> {
  const [cadence, pareto, evidence] = await Promise.all([
    getSetting(cadenceSetting, database),
    getSetting(paretoSetting, database),
    getSetting(evidenceSetting, database),
  ]);
  return { cadence, pareto, evidence };
}
