import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Where `wxt build` put the extension: RAPPORT_OUT_DIR when the build was sent elsewhere (wxt.config.ts). */
const outputDir = process.env.RAPPORT_OUT_DIR ?? `${root}.output`;
export const chromeBuildDir = `${outputDir}/chrome-mv3`;
export const firefoxBuildDir = `${outputDir}/firefox-mv2`;
export const fixturesDir = `${root}tests/fixtures`;
/** Kept by CI: every e2e step writes a screenshot here. */
export const screenshotDir = `${root}test-results/screenshots`;
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
