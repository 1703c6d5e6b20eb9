/** Every setting the relationship engine reads, as one value to pass around. */
import { defaultCadenceSettings, type CadenceSettings } from './cadence-settings';
import { defaultEvidenceSettings, type EvidenceSettings } from './evidence-settings';
import { defaultParetoSettings, type ParetoSettings } from './pareto-settings';

export interface EngineSettings {
  cadence: CadenceSettings;
  pareto: ParetoSettings;
  evidence: EvidenceSettings;
}

export const defaultEngineSettings: EngineSettings = {
  cadence: defaultCadenceSettings,
  pareto: defaultParetoSettings,
  evidence: defaultEvidenceSettings,
};
