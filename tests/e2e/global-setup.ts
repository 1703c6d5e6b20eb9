import { existsSync } from 'node:fs';
import { chromeBuildDir, firefoxBuildDir } from './paths';

export default function checkBuilds() {
  for (const dir of [chromeBuildDir, firefoxBuildDir]) {
    if (!existsSync(`${dir}/manifest.json`)) {
      throw new Error(
        `No extension build in ${dir}: run \`npm run build && npm run build:firefox\` first (npm test does).`,
      );
    }
  }
}
